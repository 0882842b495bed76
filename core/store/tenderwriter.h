#pragma once

#include "dialect.h"
#include "domain/tender.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace td {

// Writes tenders with everything they hold (lots, criteria, hardware rules, clarifications,
// bids with their breakdown and hardware, awards) and keeps the full-text index in step.
// Statements are prepared once and reused: the demo market writes millions of rows through
// one writer. Callers own the transaction.
class TenderWriter
{
public:
    TenderWriter(QSqlDatabase db, const Dialect& dialect);

    // Sets the ids of the tender, its lots, criteria, clarifications, bids and awards, so that a
    // whole new tender is written in one call: bids and awards name their lot by lotId, or by
    // -n for the n-th lot of tender.lots; awards name their bid by bidId, or by -n for the n-th
    // bid of tender.bids.
    void insert(Tender& tender);
    // Rewrites `before` as `after` (same id): the tender's fields, hardware rules, lots (kept by
    // id, added when new, removed when gone) and criteria, and its search text. Refuses, with
    // a td::Error, to remove a lot that has bids or to change criteria that have been scored.
    // Clarifications, bids and awards have their own writers.
    void update(const Tender& before, Tender& after);
    void insertBid(Bid& bid);
    void insertAward(Award& award);

private:
    QSqlQuery& bind(QSqlQuery& query, const QVariantList& values);
    qint64 execReturningId(QSqlQuery& query);
    qint64 resolveLot(const Tender& tender, qint64 lotId) const;
    void insertBidDocuments(const Tender& tender);

    QSqlDatabase m_db;
    const Dialect& m_dialect;
    QSqlQuery m_tender, m_excluded, m_bidDocument, m_lot, m_criterion, m_clarification, m_search;
    QSqlQuery m_bid, m_priceItem, m_hardware, m_award;
};

} // namespace td
