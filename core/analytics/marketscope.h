#pragma once

#include "analytics/marketfilter.h"

#include <QString>
#include <QVariantList>

// The SQL that every market figure shares: which tenders a filter keeps, which of their bids it
// keeps, and the expressions the sections group by. The sections and drillDown() build their
// statements from these same pieces, so a point of a chart and the tenders behind it agree.
namespace td::analytics {

// A piece of SQL with the values of its `?` placeholders, in order.
struct SqlPart
{
    QString sql;
    QVariantList values;

    SqlPart& operator+=(const SqlPart& other)
    {
        sql += other.sql;
        values += other.values;
        return *this;
    }
    SqlPart& operator+=(const QString& text)
    {
        sql += text;
        return *this;
    }
};

// The market's currency: money figures add up the tenders and awards in it (cardinal-rs's "main
// currency" likewise); counts take every tender.
inline constexpr const char* marketCurrency = "CNY";

// A bid is submitted when it was received: pending, valid or disqualified (cardinal-rs's
// glossary), not a vendor's draft nor withdrawn.
inline constexpr const char* submittedStatuses = "('pending', 'valid', 'disqualified')";

// "2024-03": the month of a tender's publication, in UTC, as stored.
inline constexpr const char* monthOfTender = "substr(t.published_at, 1, 7)";

// "2024-Q1": the quarter of an award's decision (its tender's publication when undated).
QString quarterOfAward();

// The decile of a winning price against its lot's budget: 8 for 80% to 90%, capped at 12 (120%
// and more). Only for lots with a budget.
inline constexpr const char* priceBucketOfAward =
    "CASE WHEN (a.amount_minor * 10) / l.budget_minor "
    "> 12 THEN 12 ELSE (a.amount_minor * 10) / "
    "l.budget_minor END";

// The model a bid `alias` offers, by family: the family the bid declares, or the model it names
// when it declares none (bids imported from published results name the model only).
QString modelOfBid(const QString& alias);

// The conditions on tenders `t` that the filter keeps: published ones, in the period, of the
// buyers and categories; with the vendor, model or accelerator filters, those with a submitted
// bid that matches them. Starts with "t.published_at IS NOT NULL": append it after WHERE.
SqlPart tenderScope(const MarketFilter& filter);

// The conditions on a bid `alias` that the vendor, model and accelerator filters keep, each
// starting with " AND " (empty without those filters): bid-level figures (shares, models,
// costs) count only the bids the analyst asked about.
SqlPart bidScope(const MarketFilter& filter, const QString& alias);

// " JOIN bids b ON b.id = a.bid_id" when the filter has bid conditions, else nothing: the
// award-level figures need an award's bid only to filter it, and reading a wide bid row per
// award would cost more than the aggregate.
QString bidOfAward(const MarketFilter& filter);

// "?, ?, ?" for n values.
QString placeholders(qsizetype n);

} // namespace td::analytics
