#pragma once

#include "costmodel.h"
#include "domain/costassumptions.h"
#include "domain/tender.h"

#include <QSqlDatabase>

#include <optional>

namespace td {

// The cost-to-serve of one bid, put together from the database: the tender's contracted
// volume, the bid's price and declared accelerators, the catalogs, the buyer's assumptions for
// the bid and the throughput of a benchmark run: the bid's newest completed run, else the run
// of the deployment the bid offers (bids.benchmark_run_id) when it names one.
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

// What a price offers, for costing one that is not a stored bid yet: a vendor's draft.
struct PricedOffer
{
    QString vendorName;
    Money totalPrice;
    QList<PriceItem> breakdown;
    QList<HardwareLine> hardware;
    bool deliversHardware = false;
};

// The cost-to-serve of `offer` for `tender`, as costOfBid computes it for a bid, on the
// benchmark run `runId`, or when none is given on the newest completed run of the tender's
// benchmark suite that no bid is attached to (a sweep before any other shape): what a vendor
// measured on its own deployment. BidCost::bidId is 0. Problems are reported in
// BidCost::problem; throws td::Error only when `runId` names no run.
BidCost costOfOffer(const QSqlDatabase& db, const Tender& tender, const PricedOffer& offer,
                    const CostAssumptions& assumptions, std::optional<qint64> runId = {});

QJsonObject toJson(const BidCost& bidCost);

} // namespace td
