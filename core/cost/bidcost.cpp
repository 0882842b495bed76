#include "bidcost.h"

#include "bench/benchmarkrunrepository.h"
#include "costjson.h"
#include "domain/error.h"
#include "provenance.h"
#include "store/acceleratorrepository.h"
#include "store/costassumptionrepository.h"
#include "store/costcatalogrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "sustainedconcurrency.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace td {

namespace {

// Costs `offer` on `run` into `result`, whose assumptions are set: the part that a stored bid
// and a vendor's draft share.
void costOnRun(const QSqlDatabase& db, const Tender& tender, const PricedOffer& offer,
               const bench::BenchmarkResult& run, const QList<Accelerator>& catalog,
               BidCost& result)
{
    result.benchmarkRunId = run.id;
    const SustainedConcurrency sustained = sustainedConcurrencyOf(run);
    result.throughputMeetsObjectives = sustained.withinObjectives;
    if (run.load.outputTokensPerS <= 0) {
        result.problem =
            QCoreApplication::translate(
                "td::cost", "Benchmark run %1 measured no output tokens (every request failed?), "
                            "so there is no throughput to cost. Run the benchmark again.")
                .arg(run.id);
        return;
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
        return;
    }
    const Workload& w = tender.workload;
    CostInputs inputs;
    inputs.tokensPerYear = w.contractedTokensPerYear;
    inputs.contractYears = result.assumptions.contractYears;
    // The throughput of the load that counts: the run's load, or the sweep's best step.
    inputs.measuredOutputTokensPerSecond = run.load.outputTokensPerS;
    inputs.throughputSource =
        QCoreApplication::translate("td::cost", "benchmark run %1 (%2, %3), %4")
            .arg(run.id)
            .arg(run.config.endpoint.model, run.config.loadLabel(),
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
    inputs.deliversHardware = offer.deliversHardware;
    inputs.hardware = offer.hardware;
    inputs.catalog = catalog;
    inputs.hosting = *hosting;
    if (!result.assumptions.voucherCity.isEmpty())
        inputs.voucher = catalogs.voucher(result.assumptions.voucherCity);
    inputs.fixedCosts = result.assumptions.fixedCosts;
    inputs.breakdown = offer.breakdown;
    inputs.bidPrice = offer.totalPrice;
    try {
        result.cost = computeCostToServe(inputs);
    } catch (const Error& e) {
        result.problem = e.message();
    }
}

// The parts of BidCost that come from the offer itself.
BidCost costOfOfferHead(const QString& tenderReference, const PricedOffer& offer,
                        const CostAssumptions& assumptions, const QList<Accelerator>& catalog)
{
    BidCost result;
    result.tenderReference = tenderReference;
    result.vendorName = offer.vendorName;
    result.assumptions = assumptions;
    result.breakdownFixedCosts = fixedCostLines(offer.breakdown);
    result.currency = offer.totalPrice.currency();
    result.provenanceRisks = provenanceRisks(offer.hardware, catalog);
    return result;
}

} // namespace

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

    const PricedOffer offer{bid->vendorName, bid->totalPrice, bid->breakdown, bid->hardware,
                            bid->deliversHardware};
    const QList<Accelerator> catalog = AcceleratorRepository(db).all();
    BidCost result = costOfOfferHead(tender->reference, offer,
                                     CostAssumptionRepository(db).forBid(bidId), catalog);
    result.bidId = bidId;

    // The bid's own runs (the buyer measured this bid), where the sweep shows what one replica
    // sustains within the SLOs: the newest sweep wins over a newer run of another shape. Else
    // the run of the deployment the bid offers, when it names one (one run shared by every bid
    // that offers that deployment), as the evaluation desk takes them.
    const bench::BenchmarkRunRepository runs(db);
    std::optional<bench::BenchmarkResult> run = runs.latestForBid(bidId, bench::LoadShape::Sweep);
    if (!run)
        run = runs.latestForBid(bidId);
    if (!run) {
        const QVariant offered = sql::scalar(
            db, QStringLiteral("SELECT benchmark_run_id FROM bids WHERE id = ?"), {bidId});
        if (offered.isValid() && !offered.isNull())
            run = runs.load(offered.toLongLong(), false);
    }
    if (!run) {
        result.problem =
            QCoreApplication::translate(
                "td::cost", "Bid %1 has no completed benchmark run, so its throughput is not "
                            "known. Benchmark the vendor's deployment with this bid selected (or "
                            "tenderdesk-cli bench --bid %1 ...).")
                .arg(bidId);
        return result;
    }
    costOnRun(db, *tender, offer, *run, catalog, result);
    return result;
}

BidCost costOfOffer(const QSqlDatabase& db, const Tender& tender, const PricedOffer& offer,
                    const CostAssumptions& assumptions, std::optional<qint64> runId)
{
    const QList<Accelerator> catalog = AcceleratorRepository(db).all();
    BidCost result = costOfOfferHead(tender.reference, offer, assumptions, catalog);
    const bench::BenchmarkRunRepository runs(db);
    std::optional<bench::BenchmarkResult> run;
    if (runId) {
        run = runs.load(*runId, false);
        if (!run)
            throw Error(QCoreApplication::translate(
                            "td::cost", "There is no benchmark run %1 on this desk. Give the "
                                        "number of a run this desk made, or none to take the "
                                        "newest run of the tender's suite.")
                            .arg(*runId));
    } else {
        run = runs.latestWithoutBid(tender.benchmarkSuite, bench::LoadShape::Sweep);
        if (!run)
            run = runs.latestWithoutBid(tender.benchmarkSuite);
    }
    if (!run) {
        result.problem =
            QCoreApplication::translate(
                "td::cost", "No completed benchmark run of the suite \"%1\" is on this desk, so "
                            "the cost to serve this offer is not known. Benchmark your deployment "
                            "on that suite first (tenderdesk-cli bench --suite %1 ...).")
                .arg(tender.benchmarkSuite);
        return result;
    }
    costOnRun(db, tender, offer, *run, catalog, result);
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
