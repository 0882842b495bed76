// The wiring of a bid's cost-to-serve from the database, on SQLite and PostgreSQL: which
// benchmark run counts, the tender's volume and peak, the bid's hardware, delivery and price
// lines, the buyer's hosting and voucher. Every expected figure is worked out by hand below,
// from the built-in catalogs (Huawei Ascend 910B at ¥4.66/h and 400 W; the Wuhu cluster at
// ¥0.58/kWh with PUE 1.25, taking Shanghai vouchers; Shanghai: 80%, capped at ¥2,000,000.00).
//
// The tender: 3,600,000,000 output tokens a year, 250 concurrent users and no stated peak
// (so N = ⌈250 / 10⌉ = 25), 99.9% availability (so at least two replicas).
// The bid: ¥500,000.00 for 16 × Ascend 910B, hosted; its price lines: licences ¥100,000.00,
// hardware ¥300,000.00, deployment ¥60,000.00, annual service ¥40,000.00.
// The buyer's assumptions: Wuhu, Shanghai vouchers, 2 contract years, no fixed costs stated.
// The runs: an older sweep whose best step within the SLOs is concurrency 8 at 1,000 output
// tokens/s, and a newer fixed-concurrency run at 32 (5,000 tokens/s, within the SLOs).
//
// From the sweep (it wins over the newer run of another shape):
//   V = 3,600,000,000 × 2 = 7,200,000,000; H = 7.2e9 / (1,000 × 3,600) = 2,000 h
//   R = 2,000 × 16 × ¥4.66 = ¥149,120.00
//   E = 2,000 × 16 × 400 W / 1000 × 1.25 = 16,000 kWh; P = 16,000 × ¥0.58 = ¥9,280.00
//   R + P = ¥158,400.00
//   r = max(⌈25 / 8⌉, 2) = 4; h = 2 × 8,760 = 17,520 h
//   K = 4 × 16 × ¥4.66 × 17,520 = ¥5,225,164.80 (binds)
//   F = 100,000 + 60,000 + 40,000 = ¥200,000.00
//   C₀ = 5,225,164.80 + 200,000.00 = ¥5,425,164.80
//   S = min(80% × 5,225,164.80 = 4,180,131.84, 2,000,000.00) = ¥2,000,000.00
//   C₁ = ¥3,425,164.80: the ¥500,000.00 bid is loss-making even with the voucher.
#include "bench/benchmarkrunner.h"
#include "bench/benchmarkrunrepository.h"
#include "cost/bidcost.h"
#include "moneytesting.h"
#include "store/acceleratorrepository.h"
#include "store/costassumptionrepository.h"
#include "store/costcatalogrepository.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QTest>

using namespace td;
using td::test::yuan;

namespace {

// The tender and its one bid, as described at the top. Returns the bid's id.
qint64 insertTenderAndBid(const QSqlDatabase& db, int statedPeak, bool deliversHardware)
{
    sql::run(db, QStringLiteral("INSERT INTO organizations (name, short_name, uscc, kind) VALUES "
                                "('国家电网有限公司', '国家电网', '91110108551385082Q', "
                                "'centralSoe')"));
    sql::run(db, QStringLiteral("INSERT INTO organizations (name, short_name, uscc, kind) VALUES "
                                "('某智能科技有限公司', '某智能', '91310000MA1FL4X13K', "
                                "'modelVendor')"));
    sql::run(db,
             QStringLiteral("INSERT INTO tenders (reference, title, buyer_id, category, "
                            "procurement_method, budget_minor, status, tokens_per_year, "
                            "concurrent_users, peak_concurrent_requests, slo_ttft_ms, "
                            "slo_tpot_ms, slo_availability_percent, created_at, updated_at) "
                            "VALUES ('WIRE-1', '接线测试', 1, 'knowledgeAssistant', 'openTender', "
                            "100000000, 'tendering', 3600000000, 250, ?, 2000, 80, 99.9, "
                            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
             {statedPeak});
    sql::run(db, QStringLiteral("INSERT INTO lots (tender_id, number, title, budget_minor, "
                                "currency) VALUES (1, 1, '第1包', 100000000, 'CNY')"));
    sql::run(db,
             QStringLiteral("INSERT INTO bids (tender_id, lot_id, vendor_id, "
                            "total_price_minor, currency, status, delivers_hardware) VALUES "
                            "(1, 1, 2, 50000000, 'CNY', 'valid', ?)"),
             {int(deliversHardware)});
    const qint64 bid = sql::scalar(db, QStringLiteral("SELECT MAX(id) FROM bids")).toLongLong();
    sql::run(db,
             QStringLiteral("INSERT INTO bid_hardware_lines (bid_id, accelerator_model, "
                            "unit_count) VALUES (?, 'Huawei Ascend 910B', 16)"),
             {bid});
    const QVariantList lines[] = {
        {1, QStringLiteral("模型授权"), 10'000'000, QStringLiteral("licences")},
        {2, QStringLiteral("算力硬件"), 30'000'000, QStringLiteral("hardware")},
        {3, QStringLiteral("集成实施"), 6'000'000, QStringLiteral("deployment")},
        {4, QStringLiteral("运维服务"), 4'000'000, QStringLiteral("annualService")}};
    for (const QVariantList& line : lines)
        sql::run(db,
                 QStringLiteral("INSERT INTO bid_price_items (bid_id, position, label, "
                                "amount_minor, kind) VALUES (?, ?, ?, ?, ?)"),
                 QVariantList{bid} + line);
    return bid;
}

bench::BenchmarkResult run(qint64 bid, bench::LoadShape shape, const QDateTime& startedAt)
{
    bench::BenchmarkResult r;
    r.config.endpoint.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    r.config.endpoint.model = QStringLiteral("deepseek-v3");
    r.config.shape = shape;
    r.config.objectives = {2000, 80};
    r.config.bidId = bid;
    r.startedAt = startedAt;
    r.finishedAt = startedAt.addSecs(600);
    r.status = bench::RunStatus::Completed;
    bench::LoadSummary within;
    within.requests = within.succeeded = 100;
    within.ttftMs.p95 = 900;
    within.tpotMs.p95 = 40;
    if (shape == bench::LoadShape::Sweep) {
        bench::LoadSummary missed = within;
        missed.ttftMs.p95 = 2500;
        within.outputTokensPerS = 1000;
        r.sweep = {{1, within, true}, {8, within, true}, {16, missed, false}};
        r.sweepBest = 1;
        r.load = within;
    } else {
        r.config.concurrency = 32;
        within.outputTokensPerS = 5000;
        r.load = within;
    }
    return r;
}

struct Fixture
{
    qint64 bid = 0;
    qint64 sweepRun = 0;
    qint64 fixedRun = 0;
};

Fixture prepare(const QSqlDatabase& db, int statedPeak = 0, bool deliversHardware = false)
{
    AcceleratorRepository::addBuiltInCatalog(db);
    CostCatalogRepository::addBuiltInCatalog(db);
    Fixture f;
    f.bid = insertTenderAndBid(db, statedPeak, deliversHardware);
    CostAssumptions a;
    a.bidId = f.bid;
    a.hostingId = QStringLiteral("wuhu");
    a.voucherCity = QStringLiteral("Shanghai");
    a.contractYears = 2;
    CostAssumptionRepository(db).save(a, QStringLiteral("buyer"));
    bench::BenchmarkRunRepository runs(db);
    bench::BenchmarkResult sweep =
        run(f.bid, bench::LoadShape::Sweep, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    runs.insert(sweep, QStringLiteral("buyer"));
    bench::BenchmarkResult fixed = run(f.bid, bench::LoadShape::Concurrency,
                                       QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    runs.insert(fixed, QStringLiteral("buyer"));
    f.sweepRun = sweep.id;
    f.fixedRun = fixed.id;
    return f;
}

} // namespace

class TestBidCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wiredAsWorkedByHand_data() { test::addEngineRows(); }
    void wiredAsWorkedByHand()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        const Fixture f = prepare(db);

        const BidCost b = costOfBid(db, f.bid);
        QVERIFY2(b.cost, qPrintable(b.problem));
        QCOMPARE(b.benchmarkRunId, std::optional<qint64>(f.sweepRun));
        QVERIFY(b.throughputMeetsObjectives);
        const CostToServe& c = *b.cost;
        QCOMPARE(c.contractedTokens, 7'200'000'000);
        QCOMPARE(c.deploymentHours, 2000.0);
        QCOMPARE(c.rental, yuan("149120.00"));
        QCOMPARE(c.power, yuan("9280.00"));
        QCOMPARE(c.volumeCost, yuan("158400.00"));
        QCOMPARE(c.peakConcurrentRequests, 25);
        QCOMPARE(c.sustainedConcurrency, 8);
        QCOMPARE(c.replicas, 4);
        QCOMPARE(c.contractHours, 17'520);
        QCOMPARE(c.capacityCost, yuan("5225164.80"));
        QCOMPARE(c.binding, CostBound::Capacity);
        QCOMPARE(c.fixedCosts, yuan("200000.00"));
        QVERIFY(c.fixedCostsFromBreakdown);
        QCOMPARE(c.costWithoutVoucher, yuan("5425164.80"));
        QCOMPARE(c.voucherSubsidy, yuan("2000000.00"));
        QCOMPARE(c.costWithVoucher, yuan("3425164.80"));
        QVERIFY(c.lossMakingWithVoucher);
        // The peak says it was derived, and from what.
        const CostFigure* peak = c.figure(QStringLiteral("peakConcurrency"));
        QVERIFY2(peak->inputs.at(0).source.contains(QLatin1String("250 concurrent users")),
                 qPrintable(peak->inputs.at(0).source));
    }

    // A stated peak replaces the derived one: r = max(⌈40 / 8⌉, 2) = 5,
    // K = 5 × 16 × ¥4.66 × 17,520 = ¥6,531,456.00; stated fixed costs of ¥0.00 replace the
    // breakdown: C₀ = ¥6,531,456.00.
    void statedPeakAndFixedCosts_data() { test::addEngineRows(); }
    void statedPeakAndFixedCosts()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        const Fixture f = prepare(db, 40);
        CostAssumptionRepository assumptions(db);
        CostAssumptions a = assumptions.forBid(f.bid);
        a.fixedCosts = yuan("0.00");
        assumptions.save(a, QStringLiteral("buyer"));

        const BidCost b = costOfBid(db, f.bid);
        QVERIFY2(b.cost, qPrintable(b.problem));
        QCOMPARE(b.cost->peakConcurrentRequests, 40);
        QCOMPARE(b.cost->replicas, 5);
        QCOMPARE(b.cost->capacityCost, yuan("6531456.00"));
        QCOMPARE(b.cost->costWithoutVoucher, yuan("6531456.00"));
        QVERIFY(!b.cost->fixedCostsFromBreakdown);
    }

    // Without a sweep the newest run counts, with its own concurrency (32, within the SLOs):
    //   H = 7.2e9 / (5,000 × 3,600) = 400 h; R = 400 × 16 × ¥4.66 = ¥29,824.00;
    //   E = 400 × 16 × 0.4 × 1.25 = 3,200 kWh, P = ¥1,856.00; R + P = ¥31,680.00
    //   r = max(⌈25 / 32⌉, 2) = 2; K = 2 × 16 × ¥4.66 × 17,520 = ¥2,612,582.40
    //   C₀ = 2,612,582.40 + 200,000.00 = ¥2,812,582.40
    void withoutASweepTheNewestRunCounts_data() { test::addEngineRows(); }
    void withoutASweepTheNewestRunCounts()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        const Fixture f = prepare(db);
        sql::run(db, QStringLiteral("DELETE FROM benchmark_runs WHERE id = ?"), {f.sweepRun});

        const BidCost b = costOfBid(db, f.bid);
        QVERIFY2(b.cost, qPrintable(b.problem));
        QCOMPARE(b.benchmarkRunId, std::optional<qint64>(f.fixedRun));
        QCOMPARE(b.cost->rental, yuan("29824.00"));
        QCOMPARE(b.cost->volumeCost, yuan("31680.00"));
        QCOMPARE(b.cost->sustainedConcurrency, 32);
        QCOMPARE(b.cost->replicas, 2);
        QCOMPARE(b.cost->capacityCost, yuan("2612582.40"));
        QCOMPARE(b.cost->costWithoutVoucher, yuan("2812582.40"));
    }

    // A bid that was not benchmarked itself but names the benchmark run of the deployment it
    // offers is costed on that run, attached to no bid: a sweep whose best step within the SLOs
    // is concurrency 64 at 2,000 output tokens/s. Once the bid has runs of its own, they count.
    //   H = 7.2e9 / (2,000 × 3,600) = 1,000 h; R = 1,000 × 16 × ¥4.66 = ¥74,560.00;
    //   E = 1,000 × 16 × 0.4 × 1.25 = 8,000 kWh, P = 8,000 × ¥0.58 = ¥4,640.00;
    //   R + P = ¥79,200.00
    //   r = max(⌈25 / 64⌉, 2) = 2; K = 2 × 16 × ¥4.66 × 17,520 = ¥2,612,582.40 (binds)
    //   C₀ = 2,612,582.40 + 200,000.00 = ¥2,812,582.40
    //   S = min(80% × 2,612,582.40 = 2,090,065.92, 2,000,000.00) = ¥2,000,000.00
    //   C₁ = ¥812,582.40
    void theOfferedDeploymentsRunCounts_data() { test::addEngineRows(); }
    void theOfferedDeploymentsRunCounts()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        const Fixture f = prepare(db);
        bench::BenchmarkResult deployment =
            run(0, bench::LoadShape::Sweep, QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
        deployment.config.bidId.reset();
        deployment.sweep[1].concurrency = 64;
        deployment.sweep[1].summary.outputTokensPerS = 2000;
        deployment.load = deployment.sweep[1].summary;
        bench::BenchmarkRunRepository(db).insert(deployment, QStringLiteral("vendor"));
        sql::run(db, QStringLiteral("UPDATE bids SET benchmark_run_id = ? WHERE id = ?"),
                 {deployment.id, f.bid});
        sql::run(db, QStringLiteral("UPDATE benchmark_runs SET bid_id = NULL WHERE id IN (?, ?)"),
                 {f.sweepRun, f.fixedRun});

        const BidCost b = costOfBid(db, f.bid);
        QVERIFY2(b.cost, qPrintable(b.problem));
        QCOMPARE(b.benchmarkRunId, std::optional<qint64>(deployment.id));
        QCOMPARE(b.cost->volumeCost, yuan("79200.00"));
        QCOMPARE(b.cost->sustainedConcurrency, 64);
        QCOMPARE(b.cost->replicas, 2);
        QCOMPARE(b.cost->capacityCost, yuan("2612582.40"));
        QCOMPARE(b.cost->costWithoutVoucher, yuan("2812582.40"));
        QCOMPARE(b.cost->voucherSubsidy, yuan("2000000.00"));
        QCOMPARE(b.cost->costWithVoucher, yuan("812582.40"));

        // With runs of its own, the bid's newest sweep counts again.
        sql::run(db, QStringLiteral("UPDATE benchmark_runs SET bid_id = ? WHERE id IN (?, ?)"),
                 {f.bid, f.sweepRun, f.fixedRun});
        QCOMPARE(costOfBid(db, f.bid).benchmarkRunId, std::optional<qint64>(f.sweepRun));
    }

    // Delivered on premises: Ascend 910B bought at the catalog's ¥122,500.00, 5-year life,
    // 2 years used: K = 4 × 16 × ¥122,500.00 × 2 / 5 = ¥3,136,000.00 (binds);
    // C₀ = 3,136,000.00 + 200,000.00 = ¥3,336,000.00; nothing rented, so no voucher.
    void deliveredHardware_data() { test::addEngineRows(); }
    void deliveredHardware()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        const Fixture f = prepare(db, 0, true);

        const BidCost b = costOfBid(db, f.bid);
        QVERIFY2(b.cost, qPrintable(b.problem));
        QCOMPARE(b.cost->capacityCost, yuan("3136000.00"));
        QCOMPARE(b.cost->costWithoutVoucher, yuan("3336000.00"));
        QCOMPARE(b.cost->voucherSubsidy, yuan("0.00"));
    }
};

QTEST_GUILESS_MAIN(TestBidCost)
#include "tst_bidcost.moc"
