#pragma once

#include "dialect.h"
#include "domain/codes.h"
#include "domain/money.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace td {

// The columns of the tender list; each one sortable through an index ending in the tender id.
enum class TenderColumn
{
    Reference,
    Title,
    Buyer,
    Category,
    Method,
    Status,
    Budget,
    Published,
    BidDeadline,
};
constexpr int tenderColumnCount = 9;

struct TenderFilter
{
    QString text;     // full-text words over title and description
    QString status;   // a TenderStatus code, or empty for any
    QString category; // a TenderCategory code, or empty for any
    qint64 buyerId = 0;
    int year = 0; // of publication, in China Standard Time; 0 for any
    bool operator==(const TenderFilter&) const = default;
};

struct TenderOrder
{
    TenderColumn column = TenderColumn::Published;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const TenderOrder&) const = default;
};

// One row of the tender list.
struct TenderRow
{
    qint64 id = 0;
    QString reference;
    QString title;
    QString buyerName;
    TenderCategory category = TenderCategory::KnowledgeAssistant;
    ProcurementMethod method = ProcurementMethod::OpenTender;
    TenderStatus status = TenderStatus::Draft;
    Money budget;
    QDateTime publishedAt;
    QDateTime bidDeadline;
    QVariantList sortKey; // the raw values the list is sorted on, for keyset paging
};

// Where the previous page ended: the next page starts strictly after (sortKey, id).
struct KeysetAnchor
{
    QVariantList sortKey;
    qint64 id = 0;
};

// A filtered, sorted view of the tenders, read page by page. Pages are found by keyset (the
// sort key and id of the row before) rather than by a deep OFFSET, so that page 4,000 of a
// million tenders costs what page 1 costs.
class TenderQuery
{
public:
    TenderQuery(const Dialect& dialect, TenderFilter filter, TenderOrder order);

    qint64 count(const QSqlDatabase& db) const;
    // `limit` rows after `after` (or from the start), skipping `skip` rows first: a jump
    // far ahead of every known anchor costs a bounded skip from the nearest one.
    QList<TenderRow> page(const QSqlDatabase& db, const std::optional<KeysetAnchor>& after,
                          qint64 skip, int limit) const;

    const TenderFilter& filter() const { return m_filter; }
    const TenderOrder& order() const { return m_order; }

private:
    // `dense`: the words match a large share of all tenders, so walking the sort index and
    // keeping the matches finds a page sooner than fetching every match and sorting them.
    QString whereClause(QVariantList& values, bool dense = false) const;
    bool onlyText() const;
    // Matches of the full-text words alone, read once per query object.
    qint64 textMatches(const QSqlDatabase& db) const;
    bool textIsDense(const QSqlDatabase& db) const;
    // The ORDER BY terms before the tender id: one column, or for the buyer its name and id,
    // so that rows come in the order of the two indexes walked (no sort of the whole table).
    QStringList sortExpressions() const;
    bool sortKeyNullable() const;

    Dialect m_dialect;
    TenderFilter m_filter;
    TenderOrder m_order;
    QString m_text; // the words in the engine's query syntax, empty for none
    mutable std::optional<qint64> m_textMatches;
};

} // namespace td
