#pragma once

#include "domain/costassumptions.h"

#include <QSqlDatabase>

namespace td {

// What the buyer assumes when costing each bid (one row per bid, deleted with the bid).
class CostAssumptionRepository
{
public:
    explicit CostAssumptionRepository(QSqlDatabase db);

    // The bid's stored assumptions, or the defaults when none were saved: on the buyer's
    // premises, no voucher, no fixed costs (in the bid's currency), one year. Throws td::Error
    // when there is no such bid.
    CostAssumptions forBid(qint64 bidId) const;

    // Writes them (replacing earlier ones) and appends them to the audit log: they decide
    // whether a bid is found below cost. Runs in the caller's transaction: open one so that
    // both are written together. Throws td::Error for impossible values.
    void save(const CostAssumptions& assumptions, const QString& actor);

private:
    QSqlDatabase m_db;
};

} // namespace td
