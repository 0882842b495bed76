#include "deployments.h"

#include "bench/suiteitems.h"
#include "bench/sweepsearch.h"
#include "cost/sustainedconcurrency.h"
#include "exchange/benchmarksuite.h"
#include "rng.h"
#include "tenderfactory.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace td::demo {
namespace {

// Deployments draw from their own streams, apart from the tenders'.
constexpr quint64 deploymentStreams = 0xD3B1'0E5D'0000'0000ull;

// The latency objectives every deployment was swept against: the strictest a demo tender sets
// per output token (50 ms), and a first token within 1.5 s. A deployment that holds them holds
// every demo tender's.
constexpr bench::ServiceObjectives sweepObjectives{1500, 50};
constexpr int requestsPerStep = 100;

// What serving a model takes, read from its name: the memory its weights fill and the
// parameters each output token goes through (a mixture of experts activates a few of them).
struct ModelSize
{
    double weightsGb = 0;
    double activeBillions = 0;
    bool small = false;
};

ModelSize sizeOf(const QString& model)
{
    static const QRegularExpression billions(QStringLiteral("(\\d+)B\\b"));
    const bool int8 =
        model.contains(QLatin1String("INT8")) || model.contains(QLatin1String("W8A8"));
    const QRegularExpressionMatch m = billions.match(model);
    if (m.hasMatch()) {
        const double n = m.captured(1).toDouble();
        if (n >= 300) // DeepSeek-V3 and R1: 671B in all, 37B active per token, served in INT8
            return {n, 37, false};
        return {n * (int8 ? 1 : 2), n, n < 20};
    }
    // Vendors do not publish the size of their own flagships: about a 240 GB mixture of experts
    // with 40B active; their light editions, about 14B dense.
    static const QStringList light = {QStringLiteral("Turbo"),     QStringLiteral("Speed"),
                                      QStringLiteral("Lightning"), QStringLiteral("Standard"),
                                      QStringLiteral("MiniCPM"),   QStringLiteral("abab6.5s"),
                                      QStringLiteral("32k"),       QStringLiteral("9B")};
    for (const QString& word : light)
        if (model.contains(word))
            return {28, 14, true};
    return {240, 40, false};
}

int nextPowerOfTwo(double x)
{
    int n = 1;
    while (n < x && n < 64)
        n *= 2;
    return n;
}

double round1(double x)
{
    return std::round(x * 10) / 10;
}

// A latency distribution around its p95, shaped as serving latencies are (a long right tail).
bench::Distribution around(double p95, int count)
{
    bench::Distribution d;
    d.count = count;
    d.mean = round1(p95 * 0.8);
    d.min = round1(p95 * 0.45);
    d.p50 = round1(p95 * 0.76);
    d.p90 = round1(p95 * 0.93);
    d.p95 = round1(p95);
    d.p99 = round1(p95 * 1.12);
    d.max = round1(p95 * 1.3);
    return d;
}

// One step of a sweep at `concurrency`, `load` being its share of what one replica sustains
// within the objectives (above 1: past it, and the objectives fail).
bench::LoadSummary stepAt(int concurrency, double load, double tpotAtBest, int outputPerRequest)
{
    const bool holds = load <= 1.0;
    const double tpot = holds ? tpotAtBest * (0.6 + 0.4 * load) : 52 + 25 * (load - 1);
    const double ttft = holds ? 220 + 650 * load : 1600 + 900 * (load - 1);
    bench::LoadSummary s;
    s.requests = requestsPerStep;
    s.failed = holds ? 0 : std::min(requestsPerStep, int(std::floor(4 * (load - 1))));
    s.succeeded = s.requests - s.failed;
    s.errorRate = double(s.failed) / s.requests;
    const double e2eMs = ttft * 0.8 + outputPerRequest * tpot * 0.85;
    s.durationS = round1(s.requests * e2eMs / 1000.0 / concurrency + 1.5);
    s.outputTokens = qint64(s.succeeded) * outputPerRequest;
    s.requestsPerS = std::round(s.requests / s.durationS * 1000) / 1000;
    s.outputTokensPerS = round1(double(s.outputTokens) / s.durationS);
    s.ttftMs = around(ttft, s.succeeded);
    s.ttfbMs = around(ttft * 0.9, s.succeeded);
    s.tpotMs = around(tpot, s.succeeded);
    s.itlMs = around(tpot * 1.05, s.succeeded);
    s.e2eMs = around(e2eMs * 1.15, s.succeeded);
    s.requestOutputTokensPerS = around(outputPerRequest / (e2eMs / 1000.0) * 1.2, s.succeeded);
    s.goodRequests = holds ? s.succeeded : s.succeeded / 3;
    s.goodputPerS = std::round(s.goodRequests / s.durationS * 1000) / 1000;
    s.goodFraction = double(s.goodRequests) / s.requests;
    return s;
}

const bench::Suite& suiteNamed(const QString& name)
{
    static QHash<QString, bench::Suite> suites;
    auto it = suites.find(name);
    if (it == suites.end())
        it = suites.insert(name, bench::parseSuite(benchmarkSuiteJson(name)));
    return *it;
}

// One pass over the suite, each item right with probability `accuracy`.
QList<bench::ItemScore> answer(const bench::Suite& suite, double accuracy, Rng& rng)
{
    QList<bench::ItemScore> items;
    for (const bench::SuiteItem& item : suite.items) {
        bench::ItemScore s;
        s.itemId = item.id;
        s.language = item.language;
        const bool right = rng.chance(accuracy);
        if (suite.scoring == bench::Scoring::CodeTests) {
            s.outcome = right ? bench::ItemOutcome::Correct : bench::ItemOutcome::Wrong;
            s.detail = right ? QStringLiteral("passed") : QStringLiteral("AssertionError");
        } else if (right) {
            s.outcome = bench::ItemOutcome::Correct;
            s.extracted = item.answer;
        } else if (rng.chance(0.1)) {
            s.outcome = bench::ItemOutcome::Unanswered;
        } else {
            s.outcome = bench::ItemOutcome::Wrong;
            QStringList others = item.choices.keys();
            others.removeAll(item.answer);
            s.extracted =
                others.isEmpty() ? QString() : others.at(rng.between(0, others.size() - 1));
        }
        items.append(s);
    }
    return items;
}

} // namespace

MarketDeployments::MarketDeployments(const MarketCatalog& catalog,
                                     const QList<Accelerator>& accelerators,
                                     const QList<HostingOption>& hosting,
                                     const QList<ComputeVoucher>& vouchers, quint64 seed, int year)
    : m_accelerators(accelerators)
{
    QHash<QString, const Accelerator*> byModel;
    QStringList domestic;
    for (const Accelerator& a : m_accelerators) {
        byModel.insert(a.model, &a);
        if (a.domestic && a.hourlyPrice)
            domestic.append(a.model);
    }
    // In one order on every engine: the database lists models in its own collation's order.
    std::sort(domestic.begin(), domestic.end());
    for (const HostingOption& h : hosting)
        m_hosting.insert(h.id, h);
    for (const ComputeVoucher& v : vouchers)
        m_vouchers.insert(v.city, v);

    for (qsizetype v = 0; v < catalog.vendors.size(); ++v) {
        const MarketVendor& vendor = catalog.vendors.at(v);
        // Where an SME's compute voucher can be spent: the first hosting option that takes it.
        const QString voucherCity = catalog.cityVouchers.value(vendor.city);
        if (vendor.sme && m_vouchers.contains(voucherCity))
            for (const HostingOption& h : hosting)
                if (h.acceptsVouchersOf(voucherCity)) {
                    m_voucherHosting.insert(int(v), {h.id, voucherCity});
                    break;
                }

        Rng rng = Rng::forStream(seed ^ deploymentStreams, quint64(v));
        // The model sizes the vendor serves, smallest last: its light edition serves the small
        // tenders that its flagship would cost too much to reserve for.
        QStringList bySize = vendor.models;
        std::stable_sort(bySize.begin(), bySize.end(), [](const QString& a, const QString& b) {
            return sizeOf(a).weightsGb > sizeOf(b).weightsGb;
        });
        for (TenderCategory category : Codes<TenderCategory>::all()) {
            const QString suite = TenderFactory::suiteOf(category);
            const bool knowledge = category == TenderCategory::KnowledgeAssistant;
            QStringList models;
            if (knowledge)
                models = {bySize.constFirst(), bySize.constLast()};
            else if (rng.chance(category == TenderCategory::CodeGeneration ? 0.7 : 0.6))
                models = {vendor.models.at(rng.between(0, vendor.models.size() - 1))};
            for (const QString& model : std::as_const(models)) {
                Deployment d;
                d.vendor = int(v);
                d.model = model;
                QString card;
                if (!vendor.accelerators.isEmpty())
                    card = vendor.accelerators.size() == 1 || rng.chance(0.7)
                               ? vendor.accelerators.constFirst()
                               : vendor.accelerators.at(
                                     rng.between(1, vendor.accelerators.size() - 1));
                else
                    card = rng.chance(0.7) ? QStringLiteral("Huawei Ascend 910B")
                                           : domestic.at(rng.between(0, domestic.size() - 1));
                const Accelerator* a = byModel.value(card);
                if (!a || !a->hourlyPrice || a->memoryGb <= 0)
                    continue; // a catalog edited without this card: the vendor does not use it
                const ModelSize size = sizeOf(model);
                int cards = nextPowerOfTwo(size.weightsGb * 1.25 / a->memoryGb);
                if (rng.chance(0.25))
                    cards = std::min(64, cards * 2); // room for a larger batch
                d.hardware = {{card, cards}};

                // Decode throughput of the replica at the objectives, from the card's INT8 peak
                // and the parameters each token goes through; many cards scale less than evenly.
                const double perCard =
                    std::min(2500.0, 17.0 * a->peakInt8Tops / size.activeBillions);
                const double scaling = cards <= 8 ? 1.0 : cards <= 16 ? 0.85 : 0.75;
                const double throughput = cards * perCard * scaling * (0.85 + 0.3 * rng.uniform());
                const double tpotAtBest = 36 + 12 * rng.uniform();
                const int outputPerRequest = int(rng.between(200, 240));
                const double perRequest = 1000.0 / (0.85 * tpotAtBest);
                const double most = std::max(1.0, throughput / perRequest);

                bench::BenchmarkResult& run = d.run;
                run.config.endpoint.baseUrl = QStringLiteral("http://10.%1.%2.20:8000/v1")
                                                  .arg(v + 1)
                                                  .arg(m_deployments.size() % 250 + 1);
                run.config.endpoint.model = model;
                run.config.shape = bench::LoadShape::Sweep;
                run.config.requests = requestsPerStep;
                run.config.warmup = 4;
                run.config.sweepMaxConcurrency = 1024;
                run.config.suite = suite;
                run.config.objectives = sweepObjectives;
                QList<int> levels;
                bench::sweepSearch(
                    run.config.sweepMaxConcurrency,
                    [&](int concurrency) {
                        levels.append(concurrency);
                        return concurrency <= most;
                    },
                    [] { return false; });
                for (int level : std::as_const(levels)) {
                    bench::SweepStep step;
                    step.concurrency = level;
                    step.summary = stepAt(level, level / most, tpotAtBest, outputPerRequest);
                    step.meetsObjectives = bench::meetsObjectives(step.summary, sweepObjectives);
                    run.sweep.append(step);
                    if (step.meetsObjectives &&
                        (run.sweepBest < 0 || level > run.sweep.at(run.sweepBest).concurrency))
                        run.sweepBest = int(run.sweep.size()) - 1;
                }
                if (run.sweepBest >= 0)
                    run.load = run.sweep.at(run.sweepBest).summary;

                // Accuracy: flagships answer more than light editions, and vary by vendor.
                const double skill = size.small              ? 0.62 + 0.12 * rng.uniform()
                                     : size.weightsGb >= 200 ? 0.78 + 0.12 * rng.uniform()
                                                             : 0.70 + 0.12 * rng.uniform();
                run.accuracyItems = answer(suiteNamed(suite), skill, rng);
                run.accuracy = bench::summarize(run.accuracyItems);

                // Benchmarked in the autumn before the market's year, in working hours (UTC+8).
                const QDate day = QDate(year - 1, 9, 1).addDays(rng.between(0, 110));
                run.startedAt = QDateTime(day, QTime(int(rng.between(1, 8)), 0), Qt::UTC)
                                    .addSecs(rng.between(0, 3599));
                run.finishedAt = run.startedAt.addSecs(240 * run.sweep.size() + 600);
                run.status = bench::RunStatus::Completed;

                const SustainedConcurrency sustained = sustainedConcurrencyOf(run);
                d.sustainedConcurrency = sustained.concurrency;
                d.withinObjectives = sustained.withinObjectives;
                d.accuracy = run.accuracy->accuracy;
                m_offered[{int(v), suite}].append(int(m_deployments.size()));
                m_deployments.append(d);
            }
        }
    }
}

QList<int> MarketDeployments::offered(int vendor, const QString& suite) const
{
    return m_offered.value({vendor, suite});
}

CostAssumptions MarketDeployments::assumptionsFor(int vendor, bool deliversHardware) const
{
    CostAssumptions a;
    const auto it = m_voucherHosting.find(vendor);
    if (!deliversHardware && it != m_voucherHosting.end()) {
        a.hostingId = it->first;
        a.voucherCity = it->second;
    }
    return a;
}

CostToServe MarketDeployments::cost(int deployment, const Tender& tender, const Bid& bid,
                                    const CostAssumptions& assumptions) const
{
    // The inputs costOfBid assembles from the database (bidcost.cpp), without the sentences
    // that say where each comes from: the figures are not kept.
    const Deployment& d = m_deployments.at(deployment);
    const Workload& w = tender.workload;
    CostInputs in;
    in.tokensPerYear = w.contractedTokensPerYear;
    in.contractYears = assumptions.contractYears;
    in.measuredOutputTokensPerSecond = d.run.load.outputTokensPerS;
    in.peakConcurrentRequests = w.effectivePeakConcurrentRequests();
    in.availabilityPercent = w.sloAvailabilityPercent;
    in.sustainedConcurrency = d.sustainedConcurrency;
    in.sustainedWithinObjectives = d.withinObjectives;
    in.deliversHardware = bid.deliversHardware;
    in.hardware = bid.hardware;
    in.catalog = m_accelerators;
    in.hosting = m_hosting.value(assumptions.hostingId);
    if (!assumptions.voucherCity.isEmpty())
        in.voucher = m_vouchers.value(assumptions.voucherCity);
    in.fixedCosts = assumptions.fixedCosts;
    in.breakdown = bid.breakdown;
    in.bidPrice = bid.totalPrice;
    return computeCostToServe(in, CostDetail::AmountsOnly);
}

} // namespace td::demo
