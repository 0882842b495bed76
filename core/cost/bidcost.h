#pragma once

#include "costmodel.h"
#include "domain/costassumptions.h"

#include <QSqlDatabase>

#include <optional>

namespace td {

// The cost-to-serve of one bid, put together from the database: the tender's contracted
// volume, the bid's price and declared accelerators, the catalogs, the buyer's assumptions for
// the bid and the throughput of the bid's newest completed benchmark run.
struct BidCost
{
    qint64 bidId = 0;
    QString tenderReference;
    QString vendorName;
    CostAssumptions assumptions;
    // What the fixed costs are when the buyer states none: the bid's licence, deployment and
    // annual service lines (each in the bid's currency).
    QList<PriceItem> breakdownFixedCosts;
    QString currency; // the bid's
    std::optional<qint64> benchmarkRunId;
    bool throughputMeetsObjectives = false; // the run's load met the tender's SLOs
    QStringList provenanceRisks;            // declared export-controlled accelerators
    std::optional<CostToServe> cost;        // empty when `problem` says why
    QString problem; // what is missing and what to do (no benchmark, no price...)
};

// Throws td::Error only when there is no such bid; everything else that stops the computation
// is reported in BidCost::problem.
BidCost costOfBid(const QSqlDatabase& db, qint64 bidId);

QJsonObject toJson(const BidCost& bidCost);

} // namespace td
