#include "bidcost.h"

#include "bench/benchmarkrunrepository.h"
#include "costjson.h"
#include "domain/error.h"
#include "provenance.h"
#include "store/acceleratorrepository.h"
#include "store/costassumptionrepository.h"
#include "store/costcatalogrepository.h"
#include "store/tenderreader.h"
#include "sustainedconcurrency.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace td {

BidCost costOfBid(const QSqlDatabase& db, qint64 bidId)
{
    const std::optional<Tender> tender = TenderReader(db).byBidId(bidId);
    if (!tender)
        throw Error(QCoreApplication::translate(
                        "td::cost",
                        "There is no bid %1. List a tender's bids with \"tenderdesk-cli tenders "
                        "show REFERENCE\" or in the Tenders workspace.")
                        .arg(bidId));
    const auto bid = std::find_if(tender->bids.cbegin(), tender->bids.cend(),
                                  [&](const Bid& b) { return b.id == bidId; });
    Q_ASSERT(bid != tender->bids.cend());

    BidCost result;
    result.bidId = bidId;
    result.tenderReference = tender->reference;
    result.vendorName = bid->vendorName;
    result.assumptions = CostAssumptionRepository(db).forBid(bidId);
    result.breakdownFixedCosts = fixedCostLines(bid->breakdown);
    result.currency = bid->totalPrice.currency();
    const QList<Accelerator> catalog = AcceleratorRepository(db).all();
    result.provenanceRisks = provenanceRisks(bid->hardware, catalog);

    // The sweep shows what one replica sustains within the SLOs: the newest sweep wins over a
    // newer run of another shape.
    const bench::BenchmarkRunRepository runs(db);
    std::optional<bench::BenchmarkResult> run = runs.latestForBid(bidId, bench::LoadShape::Sweep);
    if (!run)
        run = runs.latestForBid(bidId);
    if (!run) {
        result.problem =
            QCoreApplication::translate(
                "td::cost", "Bid %1 has no completed benchmark run, so its throughput is not "
                            "known. Benchmark the vendor's deployment with this bid selected (or "
                            "tenderdesk-cli bench --bid %1 ...).")
                .arg(bidId);
        return result;
    }
    result.benchmarkRunId = run->id;
    const SustainedConcurrency sustained = sustainedConcurrencyOf(*run);
    result.throughputMeetsObjectives = sustained.withinObjectives;
    if (run->load.outputTokensPerS <= 0) {
        result.problem =
            QCoreApplication::translate(
                "td::cost", "Benchmark run %1 measured no output tokens (every request failed?), "
                            "so there is no throughput to cost. Run the benchmark again.")
                .arg(run->id);
        return result;
    }

    CostCatalogRepository catalogs(db);
    const std::optional<HostingOption> hosting =
        catalogs.hostingOption(result.assumptions.hostingId);
    if (!hosting) {
        result.problem =
            QCoreApplication::translate(
                "td::cost", "The hosting option \"%1\" chosen for this bid is no longer in the "
                            "catalog. Choose another in the bid's cost assumptions.")
                .arg(result.assumptions.hostingId);
        return result;
    }
    const Workload& w = tender->workload;
    CostInputs inputs;
    inputs.tokensPerYear = w.contractedTokensPerYear;
    inputs.contractYears = result.assumptions.contractYears;
    // The throughput of the load that counts: the run's load, or the sweep's best step.
    inputs.measuredOutputTokensPerSecond = run->load.outputTokensPerS;
    inputs.throughputSource =
        QCoreApplication::translate("td::cost", "benchmark run %1 (%2, %3), %4")
            .arg(run->id)
            .arg(run->config.endpoint.model, run->config.loadLabel(),
                 result.throughputMeetsObjectives
                     ? QCoreApplication::translate("td::cost", "within the tender's SLOs")
                     : QCoreApplication::translate("td::cost", "NOT within the tender's SLOs"));
    inputs.peakConcurrentRequests = w.effectivePeakConcurrentRequests();
    inputs.peakSource =
        w.peakIsDerived()
            ? QCoreApplication::translate("td::cost",
                                          "derived from the tender's %1 concurrent users (one in "
                                          "%2 waiting on an answer at the peak); the tender "
                                          "states no peak")
                  .arg(w.concurrentUsers)
                  .arg(Workload::usersPerDerivedConcurrentRequest)
            : QCoreApplication::translate("td::cost", "the tender's workload");
    inputs.availabilityPercent = w.sloAvailabilityPercent;
    inputs.sustainedConcurrency = sustained.concurrency;
    inputs.sustainedWithinObjectives = sustained.withinObjectives;
    inputs.sustainedSource = sustained.source;
    inputs.deliversHardware = bid->deliversHardware;
    inputs.hardware = bid->hardware;
    inputs.catalog = catalog;
    inputs.hosting = *hosting;
    if (!result.assumptions.voucherCity.isEmpty())
        inputs.voucher = catalogs.voucher(result.assumptions.voucherCity);
    inputs.fixedCosts = result.assumptions.fixedCosts;
    inputs.breakdown = bid->breakdown;
    inputs.bidPrice = bid->totalPrice;
    try {
        result.cost = computeCostToServe(inputs);
    } catch (const Error& e) {
        result.problem = e.message();
    }
    return result;
}

QJsonObject toJson(const BidCost& b)
{
    QJsonObject o{
        {QStringLiteral("bid"), b.bidId},
        {QStringLiteral("tender"), b.tenderReference},
        {QStringLiteral("vendor"), b.vendorName},
        {QStringLiteral("hosting"), b.assumptions.hostingId},
        {QStringLiteral("voucherCity"), b.assumptions.voucherCity},
        {QStringLiteral("contractYears"), b.assumptions.contractYears},
        {QStringLiteral("fixedCosts"), b.assumptions.fixedCosts
                                           ? QJsonValue(b.assumptions.fixedCosts->toPlainString())
                                           : QJsonValue()},
        {QStringLiteral("benchmarkRun"),
         b.benchmarkRunId ? QJsonValue(*b.benchmarkRunId) : QJsonValue()},
        {QStringLiteral("throughputMeetsObjectives"), b.throughputMeetsObjectives},
        {QStringLiteral("provenanceRisks"), QJsonArray::fromStringList(b.provenanceRisks)}};
    if (b.cost)
        o.insert(QStringLiteral("cost"), toJson(*b.cost));
    if (!b.problem.isEmpty())
        o.insert(QStringLiteral("problem"), b.problem);
    return o;
}

} // namespace td
