// The cost-to-serve of a bid, worked out by hand for each case (the arithmetic is in the
// comments): the volume bound with and without a compute voucher, the capacity bound (hosted,
// delivered on premises, replicas for the peak and for availability, a run that missed the
// SLOs), fixed costs from the bid's breakdown, and every way the inputs can be incomplete.
#include "cost/costjson.h"
#include "cost/costmodel.h"
#include "cost/provenance.h"
#include "domain/error.h"
#include "moneytesting.h"
#include "store/acceleratorrepository.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

using namespace td;
using td::test::yuan;

using Change = std::function<void(CostInputs&)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(td::Money)
Q_DECLARE_METATYPE(td::CostBound)

namespace {

Accelerator accelerator(const char* model, const char* price, int watts)
{
    Accelerator a;
    a.model = QLatin1String(model);
    a.vendor = QStringLiteral("Test");
    a.powerWatts = watts;
    if (price) {
        a.hourlyPrice = yuan(price);
        a.purchasePrice = yuan("5.00");
    }
    a.priceSource = QStringLiteral("source of %1").arg(a.model);
    a.priceDate = QDate(2026, 11, 1);
    a.purchasePriceSource = QStringLiteral("purchase source of %1").arg(a.model);
    return a;
}

ComputeVoucher voucher(const char* city, int percent, std::optional<Money> cap)
{
    ComputeVoucher v;
    v.city = QLatin1String(city);
    v.name = QStringLiteral("%1 compute vouchers").arg(v.city);
    v.subsidyPercent = percent;
    v.cap = cap;
    v.source = QStringLiteral("voucher source");
    return v;
}

// The base case, bound by volume: its accelerators are delivered on premises at a token ¥5.00
// each, one replica (peak 1, one concurrent request sustained, 99% availability), so that
//   K = 1 × 8 × ¥5.00 × min(1, 5) / 5 = ¥8.00, far below the volume cost R + P = ¥820.00
// and the rows below test the volume's arithmetic:
//   V = 36,000,000 tokens/year × 1 year; T = 1,000 tokens/s
//   H = 36,000,000 / (1,000 × 3600) = 10 h
//   8 × "Card A" at ¥10.00/h and 500 W: A = 10 × 8 = 80 accelerator-hours
//   R = 80 × ¥10.00 = ¥800.00
//   E = 80 × 500 / 1000 × PUE 1.25 = 50 kWh; P = 50 × ¥0.40 = ¥20.00
//   F = ¥1,000.00; C₀ = max(8, 800 + 20) + 1,000 = ¥1,820.00
//   c₀ = 182,000 fen × 1,000,000 / 36,000,000 = 5,055.56 fen -> ¥50.56 per million tokens
CostInputs base()
{
    CostInputs in;
    in.tokensPerYear = 36'000'000;
    in.contractYears = 1;
    in.measuredOutputTokensPerSecond = 1000;
    in.throughputSource = QStringLiteral("benchmark run 7");
    in.hardware = {{QStringLiteral("Card A"), 8}};
    in.catalog = {accelerator("Card A", "10.00", 500), accelerator("Card B", "4.66", 400),
                  accelerator("Unpriced", nullptr, 300)};
    in.hosting.id = QStringLiteral("test");
    in.hosting.name = QStringLiteral("测试集群");
    in.hosting.nameEn = QStringLiteral("Test cluster");
    in.hosting.electricityPricePerKwh = 4000; // ¥0.40 per kWh
    in.hosting.pueThousandths = 1250;         // 1.25
    in.hosting.voucherCities = {QStringLiteral("Shanghai")};
    in.fixedCosts = yuan("1000.00");
    in.bidPrice = yuan("2000.00");
    in.deliversHardware = true;
    in.peakConcurrentRequests = 1;
    in.peakSource = QStringLiteral("the tender's workload");
    in.sustainedConcurrency = 1;
    in.sustainedSource = QStringLiteral("benchmark run 7: its fixed concurrency");
    in.availabilityPercent = 99.0;
    return in;
}

// The capacity cases: the base, hosted (rented), 20 concurrent requests at the peak, 16
// sustained by one replica (8 × Card A at ¥10.00/h), 99.5% availability:
//   r = max(⌈20 / 16⌉, 1) = 2; h = 8,760 h
//   K = 2 × 8 × ¥10.00 × 8,760 = ¥1,401,600.00 > R + P = ¥820.00: capacity binds
//   C₀ = 1,401,600.00 + 1,000.00 = ¥1,402,600.00
CostInputs capacityBase()
{
    CostInputs in = base();
    in.deliversHardware = false;
    in.peakConcurrentRequests = 20;
    in.sustainedConcurrency = 16;
    in.availabilityPercent = 99.5;
    for (Accelerator& a : in.catalog)
        a.purchasePrice.reset(); // rented: nobody needs to know what buying would cost
    return in;
}

} // namespace

class TestCostModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputed_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<Money>("rental");
        QTest::addColumn<Money>("power");
        QTest::addColumn<Money>("costWithout");
        QTest::addColumn<Money>("subsidy");
        QTest::addColumn<Money>("costWith");
        QTest::addColumn<Money>("perMillionWithout");
        QTest::addColumn<Money>("perMillionWith");
        QTest::addColumn<bool>("lossMaking");
        QTest::addColumn<bool>("subsidyDependent");
        QTest::addColumn<bool>("lossMakingWithVoucher");

        // B = ¥2,000.00 > C₀ = ¥1,820.00: no voucher, profitable.
        QTest::newRow("profitable, no voucher")
            << Change([](CostInputs&) {}) << yuan("800.00") << yuan("20.00") << yuan("1820.00")
            << yuan("0.00") << yuan("1820.00") << yuan("50.56") << yuan("50.56") << false << false
            << false;
        // S = min(80% × ¥800.00, ¥1,000.00) = ¥640.00; C₁ = 1,820 − 640 = ¥1,180.00;
        // c₁ = 118,000 × 10⁶ / 36,000,000 = 3,277.78 fen -> ¥32.78.
        QTest::newRow("voucher under its cap")
            << Change([](CostInputs& in) { in.voucher = voucher("Shanghai", 80, yuan("1000.00")); })
            << yuan("800.00") << yuan("20.00") << yuan("1820.00") << yuan("640.00")
            << yuan("1180.00") << yuan("50.56") << yuan("32.78") << false << false << false;
        // S = min(¥640.00, ¥500.00) = ¥500.00; C₁ = ¥1,320.00; c₁ = 132,000 / 36 = 3,666.67
        // fen -> ¥36.67.
        QTest::newRow("voucher capped")
            << Change([](CostInputs& in) { in.voucher = voucher("Shanghai", 80, yuan("500.00")); })
            << yuan("800.00") << yuan("20.00") << yuan("1820.00") << yuan("500.00")
            << yuan("1320.00") << yuan("50.56") << yuan("36.67") << false << false << false;
        // No cap stated: S = 80% × ¥800.00 = ¥640.00.
        QTest::newRow("voucher without a cap")
            << Change([](CostInputs& in) { in.voucher = voucher("Shanghai", 80, std::nullopt); })
            << yuan("800.00") << yuan("20.00") << yuan("1820.00") << yuan("640.00")
            << yuan("1180.00") << yuan("50.56") << yuan("32.78") << false << false << false;
        // Chengdu vouchers are not accepted at the test cluster: S = 0.
        QTest::newRow("voucher not accepted there")
            << Change([](CostInputs& in) { in.voucher = voucher("Chengdu", 30, yuan("1000.00")); })
            << yuan("800.00") << yuan("20.00") << yuan("1820.00") << yuan("0.00") << yuan("1820.00")
            << yuan("50.56") << yuan("50.56") << false << false << false;
        // B = ¥1,500.00: below C₀ = ¥1,820.00, above C₁ = ¥1,180.00.
        QTest::newRow("subsidy-dependent")
            << Change([](CostInputs& in) {
                   in.voucher = voucher("Shanghai", 80, yuan("1000.00"));
                   in.bidPrice = yuan("1500.00");
               })
            << yuan("800.00") << yuan("20.00") << yuan("1820.00") << yuan("640.00")
            << yuan("1180.00") << yuan("50.56") << yuan("32.78") << true << true << false;
        // B = C₁ = ¥1,180.00 exactly: C₁ ≤ B holds, still subsidy-dependent.
        QTest::newRow("bid equal to the cost with voucher")
            << Change([](CostInputs& in) {
                   in.voucher = voucher("Shanghai", 80, yuan("1000.00"));
                   in.bidPrice = yuan("1180.00");
               })
            << yuan("800.00") << yuan("20.00") << yuan("1820.00") << yuan("640.00")
            << yuan("1180.00") << yuan("50.56") << yuan("32.78") << true << true << false;
        // B = ¥1,000.00 < C₁ = ¥1,180.00: loss-making even with the voucher.
        QTest::newRow("loss-making even with the voucher")
            << Change([](CostInputs& in) {
                   in.voucher = voucher("Shanghai", 80, yuan("1000.00"));
                   in.bidPrice = yuan("1000.00");
               })
            << yuan("800.00") << yuan("20.00") << yuan("1820.00") << yuan("640.00")
            << yuan("1180.00") << yuan("50.56") << yuan("32.78") << true << false << true;
        // B = C₀ = ¥1,820.00: "bid < C₀" is strict, so not loss-making.
        QTest::newRow("bid equal to the cost")
            << Change([](CostInputs& in) { in.bidPrice = yuan("1820.00"); }) << yuan("800.00")
            << yuan("20.00") << yuan("1820.00") << yuan("0.00") << yuan("1820.00") << yuan("50.56")
            << yuan("50.56") << false << false << false;
        // B = ¥1,819.99, one fen below C₀, no voucher: loss-making.
        QTest::newRow("one fen below cost")
            << Change([](CostInputs& in) { in.bidPrice = yuan("1819.99"); }) << yuan("800.00")
            << yuan("20.00") << yuan("1820.00") << yuan("0.00") << yuan("1820.00") << yuan("50.56")
            << yuan("50.56") << true << false << true;
        // Two lines and three years: V = 36,000,000 × 3 = 108,000,000; H = 30 h.
        //   R = 30 × (8 × ¥10.00 + 2 × ¥4.66) = 30 × ¥89.32 = ¥2,679.60
        //   E = 30 × (8 × 500 + 2 × 400) / 1000 × 1.25 = 30 × 4.8 × 1.25 = 180 kWh
        //   P = 180 × ¥0.40 = ¥72.00; C₀ = 2,679.60 + 72.00 + 1,000.00 = ¥3,751.60
        //   c₀ = 375,160 × 10⁶ / 108,000,000 = 3,473.70 fen -> ¥34.74
        QTest::newRow("two lines over three years")
            << Change([](CostInputs& in) {
                   in.contractYears = 3;
                   in.hardware.append({QStringLiteral("Card B"), 2});
                   in.bidPrice = yuan("5000.00");
               })
            << yuan("2679.60") << yuan("72.00") << yuan("3751.60") << yuan("0.00")
            << yuan("3751.60") << yuan("34.74") << yuan("34.74") << false << false << false;
        // Rounded once per figure, never per step: V = 3,000,000, T = 7 tokens/s,
        // 1 × "Card B" (¥4.66/h, 400 W), no fixed costs.
        //   H = 3,000,000 / 25,200 = 119.047619... h (119.05 shown)
        //   R = 119.047619... × 466 fen = 55,476.19 fen -> ¥554.76
        //     (with H rounded to 119.05 first it would be 55,477.30 -> ¥554.77)
        //   E = 119.047619... × 0.4 × 1.25 = 59.5238... kWh; P = 59.5238... × 40 fen
        //     = 2,380.95 fen -> ¥23.81
        //   C₀ = ¥578.57; c₀ = 57,857 / 3 = 19,285.67 fen -> ¥192.86
        //   S = 30% × 55,476 fen = 16,642.8 fen -> ¥166.43 (half up, under the ¥1,000 cap)
        //   C₁ = 578.57 − 166.43 = ¥412.14; c₁ = 41,214 / 3 = 13,738 fen -> ¥137.38
        QTest::newRow("rounding") << Change([](CostInputs& in) {
            in.tokensPerYear = 3'000'000;
            in.measuredOutputTokensPerSecond = 7;
            in.hardware = {{QStringLiteral("Card B"), 1}};
            in.fixedCosts = yuan("0.00");
            in.voucher = voucher("Shanghai", 30, yuan("1000.00"));
            in.bidPrice = yuan("500.00");
        }) << yuan("554.76") << yuan("23.81")
                                  << yuan("578.57") << yuan("166.43") << yuan("412.14")
                                  << yuan("192.86") << yuan("137.38") << true << true << false;
        // Half a fen rounds up, not to even, with 1 × Card B at ¥4.65/h and a 50% voucher:
        //   R = 119.047619... × 465 = 55,357.14 fen -> ¥553.57; S = 50% × 55,357 = 27,678.5
        //   -> 27,679 fen = ¥276.79 (half to even would give 27,678, ¥276.78).
        //   P as above ¥23.81; C₀ = ¥577.38; C₁ = 577.38 − 276.79 = ¥300.59
        //   c₀ = 57,738 / 3 = 19,246 -> ¥192.46; c₁ = 30,059 / 3 = 10,019.67 -> ¥100.20
        QTest::newRow("half a fen rounds up") << Change([](CostInputs& in) {
            in.tokensPerYear = 3'000'000;
            in.measuredOutputTokensPerSecond = 7;
            in.catalog[1].hourlyPrice = yuan("4.65");
            in.hardware = {{QStringLiteral("Card B"), 1}};
            in.fixedCosts = Money(); // given without an amount: counts as ¥0
            in.voucher = voucher("Shanghai", 50, std::nullopt);
            in.bidPrice = yuan("600.00");
        }) << yuan("553.57") << yuan("23.81") << yuan("577.38")
                                              << yuan("276.79") << yuan("300.59") << yuan("192.46")
                                              << yuan("100.20") << false << false << false;
    }
    void handComputed()
    {
        QFETCH(Change, change);
        CostInputs in = base();
        change(in);
        const CostToServe c = computeCostToServe(in);
        QTEST(c.rental, "rental");
        QTEST(c.power, "power");
        QTEST(c.costWithoutVoucher, "costWithout");
        QTEST(c.voucherSubsidy, "subsidy");
        QTEST(c.costWithVoucher, "costWith");
        QTEST(c.costPerMillionWithoutVoucher, "perMillionWithout");
        QTEST(c.costPerMillionWithVoucher, "perMillionWith");
        QTEST(c.lossMaking, "lossMaking");
        QTEST(c.subsidyDependent, "subsidyDependent");
        QTEST(c.lossMakingWithVoucher, "lossMakingWithVoucher");
        // The volume binds in every row, and the parts add up to the whole, to the fen.
        QCOMPARE(c.binding, CostBound::Volume);
        QCOMPARE(c.rental + c.power, c.volumeCost);
        QCOMPARE(c.volumeCost + c.fixedCosts, c.costWithoutVoucher);
        QCOMPARE(c.costWithoutVoucher - c.voucherSubsidy, c.costWithVoucher);
        QCOMPARE(c.marginWithoutVoucher,
                 double(in.bidPrice.minorUnits() - c.costWithoutVoucher.minorUnits()) /
                     double(in.bidPrice.minorUnits()));
        QCOMPARE(c.marginWithVoucher,
                 double(in.bidPrice.minorUnits() - c.costWithVoucher.minorUnits()) /
                     double(in.bidPrice.minorUnits()));
    }

    void baseCaseHoursAndEnergy()
    {
        const CostToServe c = computeCostToServe(base());
        QCOMPARE(c.contractedTokens, 36'000'000);
        QCOMPARE(c.deploymentHours, 10.0);
        QCOMPARE(c.acceleratorHours, 80.0);
        QCOMPARE(c.energyKwh, 50.0);
        QCOMPARE(c.marginWithoutVoucher, 0.09); // (2,000 − 1,820) / 2,000
        QCOMPARE(c.bidPrice, yuan("2000.00"));
    }

    void voucherNotes()
    {
        CostInputs in = base();
        CostToServe c = computeCostToServe(in);
        QVERIFY(!c.voucherApplies);
        QVERIFY2(c.voucherNote.contains(QLatin1String("No compute voucher")),
                 qPrintable(c.voucherNote));

        in.voucher = voucher("Chengdu", 30, yuan("1000.00"));
        c = computeCostToServe(in);
        QVERIFY(!c.voucherApplies);
        QVERIFY2(c.voucherNote.contains(QLatin1String("Chengdu compute vouchers")) &&
                     c.voucherNote.contains(QStringLiteral("测试集群")) &&
                     c.voucherNote.contains(QLatin1String("Shanghai")),
                 qPrintable(c.voucherNote));
        QCOMPARE(c.figure(QStringLiteral("voucherSubsidy"))->formula,
                 QStringLiteral("S = 0 (voucher not accepted there)"));

        in.hosting.voucherCities.clear();
        c = computeCostToServe(in);
        QVERIFY2(c.voucherNote.contains(QLatin1String("accepts no compute voucher")),
                 qPrintable(c.voucherNote));

        in.voucher = voucher("Shanghai", 80, yuan("500.00"));
        in.hosting.voucherCities = {QStringLiteral("Shanghai")};
        c = computeCostToServe(in);
        QVERIFY(c.voucherApplies);
        QVERIFY(c.voucherNote.isEmpty());
        QCOMPARE(c.figure(QStringLiteral("voucherSubsidy"))->formula,
                 QStringLiteral("S = min(s × Rᵦ, cap)"));
    }

    void everyFigureOpensToItsFormulaAndInputs()
    {
        CostInputs in = base();
        in.voucher = voucher("Shanghai", 80, yuan("1000.00"));
        const CostToServe c = computeCostToServe(in);
        QStringList keys;
        for (const CostFigure& f : c.figures()) {
            keys.append(f.key);
            QVERIFY2(!f.label.isEmpty() && !f.formula.isEmpty() && !f.value.isEmpty(),
                     qPrintable(f.key));
            QVERIFY2(!f.inputs.isEmpty(), qPrintable(f.key));
            for (const CostInput& i : f.inputs)
                QVERIFY2(!i.label.isEmpty() && !i.value.isEmpty() && !i.source.isEmpty(),
                         qPrintable(f.key + QLatin1String(": ") + i.label));
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("volume"),
                                    QStringLiteral("deploymentHours"),
                                    QStringLiteral("acceleratorHours"),
                                    QStringLiteral("rental"),
                                    QStringLiteral("energy"),
                                    QStringLiteral("power"),
                                    QStringLiteral("volumeCost"),
                                    QStringLiteral("peakConcurrency"),
                                    QStringLiteral("sustainedConcurrency"),
                                    QStringLiteral("replicas"),
                                    QStringLiteral("contractHours"),
                                    QStringLiteral("capacityCost"),
                                    QStringLiteral("fixedCosts"),
                                    QStringLiteral("binding"),
                                    QStringLiteral("costWithoutVoucher"),
                                    QStringLiteral("voucherSubsidy"),
                                    QStringLiteral("costWithVoucher"),
                                    QStringLiteral("costPerMillionWithoutVoucher"),
                                    QStringLiteral("costPerMillionWithVoucher"),
                                    QStringLiteral("marginWithoutVoucher"),
                                    QStringLiteral("marginWithVoucher"),
                                    QStringLiteral("verdict")}));

        const CostFigure* hours = c.figure(QStringLiteral("deploymentHours"));
        QCOMPARE(hours->formula, QStringLiteral("H = V / (T × 3600)"));
        QCOMPARE(hours->value, QStringLiteral("10.00 h"));
        QCOMPARE(hours->inputs.at(0).value, QStringLiteral("36,000,000 tokens"));
        QCOMPARE(hours->inputs.at(1).value, QStringLiteral("1,000.00 tokens/s"));
        QCOMPARE(hours->inputs.at(1).source, QStringLiteral("benchmark run 7"));

        // The price opens to where it comes from and when.
        const CostFigure* rental = c.figure(QStringLiteral("rental"));
        QCOMPARE(rental->formula, QStringLiteral("R = Σ H × nᵢ × pᵢ"));
        QCOMPARE(rental->value, QStringLiteral("¥800.00"));
        QCOMPARE(rental->inputs.at(1).value, QStringLiteral("¥10.00 per hour"));
        QCOMPARE(rental->inputs.at(1).source, QStringLiteral("source of Card A (2026-11-01)"));

        const CostFigure* power = c.figure(QStringLiteral("power"));
        QCOMPARE(power->inputs.at(1).value, QStringLiteral("¥0.40 per kWh"));
        QCOMPARE(c.figure(QStringLiteral("energy"))->value, QStringLiteral("50.00 kWh"));
        QCOMPARE(c.figure(QStringLiteral("costWithoutVoucher"))->formula,
                 QStringLiteral("C₀ = max(K, R + P) + F"));
        QCOMPARE(c.figure(QStringLiteral("costWithoutVoucher"))->value,
                 QStringLiteral("¥1,820.00"));
        QCOMPARE(c.figure(QStringLiteral("costPerMillionWithVoucher"))->value,
                 QStringLiteral("¥32.78 per million tokens"));
        QCOMPARE(c.figure(QStringLiteral("marginWithoutVoucher"))->value, QStringLiteral("9.0%"));
        QCOMPARE(c.figure(QStringLiteral("marginWithVoucher"))->value, QStringLiteral("41.0%"));
        QCOMPARE(c.figure(QStringLiteral("verdict"))->value,
                 QStringLiteral("Covers the cost to serve (bound by volume)"));
        QCOMPARE(c.figure(QStringLiteral("nothing")), nullptr);

        // The capacity opens to its replicas, prices and the term, and says it binds or not.
        const CostFigure* capacity = c.figure(QStringLiteral("capacityCost"));
        QCOMPARE(capacity->formula, QStringLiteral("K = r × Σ nᵢ × Pᵢ × min(Y, Lᵢ) / Lᵢ"));
        QCOMPARE(capacity->value, QStringLiteral("¥8.00"));
        QCOMPARE(capacity->inputs.at(1).value, QStringLiteral("¥5.00"));
        QCOMPARE(capacity->inputs.at(1).source, QStringLiteral("purchase source of Card A"));
        const CostFigure* total = c.figure(QStringLiteral("costWithoutVoucher"));
        QCOMPARE(total->inputs.at(0).value, QStringLiteral("¥8.00"));
        QCOMPARE(total->inputs.at(1).value, QStringLiteral("¥820.00 (binds)"));
        QVERIFY(c.figure(QStringLiteral("binding"))->value.startsWith(QLatin1String("Volume")));
    }

    void verdicts_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("subsidy-dependent")
            << Change([](CostInputs& in) {
                   in.voucher = voucher("Shanghai", 80, yuan("1000.00"));
                   in.bidPrice = yuan("1500.00");
               })
            << QStringLiteral("Subsidy-dependent: below cost at list price, covered with the "
                              "voucher (bound by volume)");
        QTest::newRow("loss-making with voucher") << Change([](CostInputs& in) {
            in.voucher = voucher("Shanghai", 80, yuan("1000.00"));
            in.bidPrice = yuan("1000.00");
        }) << QStringLiteral("Loss-making, even with the voucher (bound by volume)");
        QTest::newRow("loss-making, no voucher")
            << Change([](CostInputs& in) { in.bidPrice = yuan("1000.00"); })
            << QStringLiteral(
                   "Loss-making: the bid price is below the cost to serve (bound by volume)");
        QTest::newRow("loss-making, bound by capacity")
            << Change([](CostInputs& in) { in = capacityBase(); })
            << QStringLiteral(
                   "Loss-making: the bid price is below the cost to serve (bound by capacity)");
        // Enough to cover the two replicas counted, but the run missed the SLOs.
        QTest::newRow("covers a lower bound only")
            << Change([](CostInputs& in) {
                   in = capacityBase();
                   in.sustainedWithinObjectives = false;
                   in.bidPrice = yuan("2000000.00");
               })
            << QStringLiteral("Covers the capacity counted here, but the deployment missed the "
                              "SLOs: more replicas are needed, so the true cost is higher (bound "
                              "by capacity)");
    }
    void verdicts()
    {
        QFETCH(Change, change);
        QFETCH(QString, verdict);
        CostInputs in = base();
        change(in);
        QCOMPARE(computeCostToServe(in).figure(QStringLiteral("verdict"))->value, verdict);
    }

    void errors_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("no volume") << Change([](CostInputs& in) { in.tokensPerYear = 0; })
                                   << QStringLiteral("set its tokens per year");
        QTest::newRow("no contract years") << Change([](CostInputs& in) { in.contractYears = 0; })
                                           << QStringLiteral("at least one year");
        QTest::newRow("no throughput")
            << Change([](CostInputs& in) { in.measuredOutputTokensPerSecond = 0; })
            << QStringLiteral("run the on-prem benchmark");
        QTest::newRow("negative throughput")
            << Change([](CostInputs& in) { in.measuredOutputTokensPerSecond = -3; })
            << QStringLiteral("run the on-prem benchmark");
        QTest::newRow("throughput not a number") << Change([](CostInputs& in) {
            in.measuredOutputTokensPerSecond = std::numeric_limits<double>::quiet_NaN();
        }) << QStringLiteral("run the on-prem benchmark");
        QTest::newRow("infinite throughput") << Change([](CostInputs& in) {
            in.measuredOutputTokensPerSecond = std::numeric_limits<double>::infinity();
        }) << QStringLiteral("run the on-prem benchmark");
        QTest::newRow("no hardware") << Change([](CostInputs& in) { in.hardware.clear(); })
                                     << QStringLiteral("declares no accelerators");
        QTest::newRow("model not in the catalog")
            << Change([](CostInputs& in) {
                   in.hardware.append({QStringLiteral("Mystery X1"), 4});
               })
            << QStringLiteral("The bid declares Mystery X1, which is not in the accelerator "
                              "catalog: add it there (Benchmarks > Accelerator catalog) or "
                              "correct the bid's hardware.");
        QTest::newRow("no price")
            << Change([](CostInputs& in) {
                   in.hardware = {{QStringLiteral("Unpriced"), 2}};
               })
            << QStringLiteral("Set the hourly price of Unpriced in the accelerator catalog "
                              "(Benchmarks > Accelerator catalog).");
        QTest::newRow("no units") << Change([](CostInputs& in) {
            in.hardware = {{QStringLiteral("Card A"), 0}};
        }) << QStringLiteral("declares 0 units of Card A");
        QTest::newRow("no bid price") << Change([](CostInputs& in) { in.bidPrice = Money(); })
                                      << QStringLiteral("The bid has no price");
        QTest::newRow("zero bid price")
            << Change([](CostInputs& in) { in.bidPrice = yuan("0.00"); })
            << QStringLiteral("The bid has no price");
        QTest::newRow("bid in another currency")
            << Change([](CostInputs& in) { in.bidPrice = Money(200000, QStringLiteral("USD")); })
            << QStringLiteral("priced in USD");
        QTest::newRow("price in another currency") << Change([](CostInputs& in) {
            in.catalog[0].hourlyPrice = Money(200, QStringLiteral("USD"));
        }) << QStringLiteral("The hourly price of Card A is in USD, not in CNY");
        QTest::newRow("negative price")
            << Change([](CostInputs& in) { in.catalog[0].hourlyPrice = yuan("-1.00"); })
            << QStringLiteral("cannot be negative");
        QTest::newRow("fixed costs in another currency")
            << Change([](CostInputs& in) { in.fixedCosts = Money(100, QStringLiteral("EUR")); })
            << QStringLiteral("Fixed costs must be");
        QTest::newRow("negative fixed costs")
            << Change([](CostInputs& in) { in.fixedCosts = yuan("-5.00"); })
            << QStringLiteral("Fixed costs must be");
        QTest::newRow("no hosting option")
            << Change([](CostInputs& in) { in.hosting = HostingOption(); })
            << QStringLiteral("Choose where the deployment runs");
        QTest::newRow("PUE below one")
            << Change([](CostInputs& in) { in.hosting.pueThousandths = 900; })
            << QStringLiteral("The PUE of 测试集群 (Test cluster) is below 1.00");
        QTest::newRow("negative electricity price")
            << Change([](CostInputs& in) { in.hosting.electricityPricePerKwh = -1; })
            << QStringLiteral("electricity price");
        QTest::newRow("cap in another currency") << Change([](CostInputs& in) {
            in.voucher = voucher("Shanghai", 80, Money(100, QStringLiteral("USD")));
        }) << QStringLiteral("The cap of Shanghai compute vouchers is in USD");
        QTest::newRow("too large to work out to the fen") << Change([](CostInputs& in) {
            in.tokensPerYear = 1'000'000'000'000;
            in.measuredOutputTokensPerSecond = 1e-6;
        }) << QStringLiteral("too large");
        QTest::newRow("no peak") << Change([](CostInputs& in) { in.peakConcurrentRequests = 0; })
                                 << QStringLiteral("The tender states no peak load");
        QTest::newRow("no sustained concurrency")
            << Change([](CostInputs& in) { in.sustainedConcurrency = 0; })
            << QStringLiteral("run a sweep or a fixed-concurrency benchmark");
        QTest::newRow("availability above 100")
            << Change([](CostInputs& in) { in.availabilityPercent = 100.5; })
            << QStringLiteral("availability objective");
        QTest::newRow("delivered without a purchase price")
            << Change([](CostInputs& in) { in.catalog[0].purchasePrice.reset(); })
            << QStringLiteral("The bid delivers Card A to the buyer's premises: set its purchase "
                              "price");
        QTest::newRow("service life of zero")
            << Change([](CostInputs& in) { in.catalog[0].serviceLifeYears = 0; })
            << QStringLiteral("service life of Card A");
        QTest::newRow("breakdown line in another currency") << Change([](CostInputs& in) {
            in.fixedCosts.reset();
            in.breakdown = {{QStringLiteral("部署"), Money(100, QStringLiteral("USD")),
                             PriceItemKind::Deployment}};
        }) << QStringLiteral("The bid's price line \"部署\"");
        QTest::newRow("volume overflows") << Change([](CostInputs& in) {
            in.tokensPerYear = std::numeric_limits<qint64>::max() / 2;
            in.contractYears = 3;
        }) << QStringLiteral("contracted volume is too large");
    }
    void errors()
    {
        QFETCH(Change, change);
        QFETCH(QString, message);
        CostInputs in = base();
        change(in);
        try {
            computeCostToServe(in);
            QFAIL("no error was raised");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
    }

    void jsonCarriesEveryFigure()
    {
        CostInputs in = base();
        in.voucher = voucher("Shanghai", 80, yuan("500.00"));
        in.bidPrice = yuan("1500.00");
        const CostToServe c = computeCostToServe(in);
        const QJsonObject o = toJson(c);
        QCOMPARE(o.value(QLatin1String("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(o.value(QLatin1String("contractedTokens")).toString(), QStringLiteral("36000000"));
        QCOMPARE(o.value(QLatin1String("costWithoutVoucher")).toString(),
                 QStringLiteral("1820.00"));
        QCOMPARE(o.value(QLatin1String("voucherSubsidy")).toString(), QStringLiteral("500.00"));
        QCOMPARE(o.value(QLatin1String("costWithVoucher")).toString(), QStringLiteral("1320.00"));
        QCOMPARE(o.value(QLatin1String("costPerMillionWithVoucher")).toString(),
                 QStringLiteral("36.67"));
        QCOMPARE(o.value(QLatin1String("deploymentHours")).toDouble(), 10.0);
        QCOMPARE(o.value(QLatin1String("lossMaking")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("subsidyDependent")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("lossMakingWithVoucher")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("voucherApplies")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("binding")).toString(), QStringLiteral("volume"));
        QCOMPARE(o.value(QLatin1String("capacityCost")).toString(), QStringLiteral("8.00"));
        QCOMPARE(o.value(QLatin1String("volumeCost")).toString(), QStringLiteral("820.00"));
        QCOMPARE(o.value(QLatin1String("replicas")).toInt(), 1);
        const QJsonArray figures = o.value(QLatin1String("figures")).toArray();
        QCOMPARE(figures.size(), c.figures().size());
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const QJsonObject f = figures.at(i).toObject();
            QCOMPARE(f.value(QLatin1String("key")).toString(), c.figures().at(i).key);
            QCOMPARE(f.value(QLatin1String("formula")).toString(), c.figures().at(i).formula);
            QCOMPARE(f.value(QLatin1String("value")).toString(), c.figures().at(i).value);
            QCOMPARE(f.value(QLatin1String("inputs")).toArray().size(),
                     c.figures().at(i).inputs.size());
        }
        const QJsonObject firstInput =
            figures.at(1).toObject().value(QLatin1String("inputs")).toArray().at(1).toObject();
        QCOMPARE(firstInput.value(QLatin1String("source")).toString(),
                 QStringLiteral("benchmark run 7"));
    }

    void provenanceRisksNameExportControlledModels()
    {
        const QList<Accelerator> catalog = AcceleratorRepository::builtInCatalog();
        for (const char* model : {"NVIDIA H100", "NVIDIA H800", "NVIDIA H200", "NVIDIA B200",
                                  "NVIDIA A100", "NVIDIA A800"}) {
            const auto found = std::find_if(catalog.begin(), catalog.end(), [model](auto& a) {
                return a.model == QLatin1String(model);
            });
            QVERIFY2(found != catalog.end() && found->exportControlled, model);
        }
        const QList<HardwareLine> declared = {
            {QStringLiteral("NVIDIA H800"), 8}, {QStringLiteral("Huawei Ascend 910B"), 16},
            {QStringLiteral("NVIDIA A100"), 2}, {QStringLiteral("NVIDIA H800"), 4},
            {QStringLiteral("NVIDIA H20"), 8},  {QStringLiteral("Unknown Z"), 1}};
        QCOMPARE(provenanceRisks(declared, catalog),
                 (QStringList{QStringLiteral("NVIDIA H800"), QStringLiteral("NVIDIA A100")}));
        QCOMPARE(provenanceRisks({{QStringLiteral("Huawei Ascend 910C"), 8}}, catalog),
                 QStringList());
        QCOMPARE(provenanceRisks({}, catalog), QStringList());
    }

    void builtInCatalogCostsARealisticBid()
    {
        // DOMAIN.md's reference figure: 14.8k output tokens/s per 8-GPU H800 node; DeepSeek's
        // USD 2 per GPU-hour is ¥14.40. A year of 10¹¹ tokens: H = 10¹¹ / (14,800 × 3600)
        // = 1,876.88 h; R = 1,876.88 × 8 × ¥14.40 = ¥216,216.22;
        // E = 1,876.88 × 8 × 700 W / 1000 × 1.25 = 13,138.14 kWh; P = × ¥0.40 = ¥5,255.26.
        // But the node is rented for the whole year: K = 1 × 8 × ¥14.40 × 8,760 = ¥1,009,152.00,
        // which binds, and a ¥300,000.00 bid is far below cost.
        CostInputs in = base();
        in.deliversHardware = false;
        in.catalog = AcceleratorRepository::builtInCatalog();
        in.tokensPerYear = 100'000'000'000;
        in.measuredOutputTokensPerSecond = 14'800;
        in.hardware = {{QStringLiteral("NVIDIA H800"), 8}};
        in.fixedCosts = yuan("0.00");
        in.bidPrice = yuan("300000.00");
        const CostToServe c = computeCostToServe(in);
        QCOMPARE(c.rental, yuan("216216.22"));
        QCOMPARE(c.power, yuan("5255.26"));
        QCOMPARE(c.capacityCost, yuan("1009152.00"));
        QCOMPARE(c.binding, CostBound::Capacity);
        QCOMPARE(c.costWithoutVoucher, yuan("1009152.00"));
        QVERIFY(c.lossMaking);
    }

    // The capacity bound, worked by hand from capacityBase() (see its comment).
    void capacity_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<Money>("capacity");
        QTest::addColumn<Money>("volumeCost");
        QTest::addColumn<CostBound>("binding");
        QTest::addColumn<Money>("costWithout");
        QTest::addColumn<Money>("subsidy");
        QTest::addColumn<bool>("lowerBound");

        // As capacityBase() says: r = 2, K = ¥1,401,600.00, C₀ = ¥1,402,600.00.
        QTest::newRow("hosted, bound by capacity")
            << Change([](CostInputs&) {}) << 2 << yuan("1401600.00") << yuan("820.00")
            << CostBound::Capacity << yuan("1402600.00") << yuan("0.00") << false;
        // 1,000 times the tokens: V = 36,000,000,000; H = 10,000 h, more than a year.
        //   R = 10,000 × 8 × ¥10.00 = ¥800,000.00; E = 10,000 × 8 × 0.5 × 1.25 = 50,000 kWh,
        //   P = ¥20,000.00; R + P = ¥820,000.00.
        //   One replica (peak 1): K = 1 × 8 × ¥10.00 × 8,760 = ¥700,800.00 < ¥820,000.00.
        //   C₀ = 820,000.00 + 1,000.00 = ¥821,000.00.
        QTest::newRow("hosted, bound by volume") << Change([](CostInputs& in) {
            in.tokensPerYear = 36'000'000'000;
            in.peakConcurrentRequests = 1;
        }) << 1 << yuan("700800.00") << yuan("820000.00")
                                                 << CostBound::Volume << yuan("821000.00")
                                                 << yuan("0.00") << false;
        // Delivered on premises, Card A bought at ¥60,000.00 with a 5-year life, a 3-year
        // contract: K = 2 × 8 × ¥60,000.00 × min(3, 5) / 5 = ¥576,000.00.
        //   Volume over 3 years: V = 108,000,000, H = 30 h, R = 30 × 8 × ¥10.00 = ¥2,400.00,
        //   E = 30 × 8 × 0.5 × 1.25 = 150 kWh, P = ¥60.00: R + P = ¥2,460.00.
        //   C₀ = 576,000.00 + 1,000.00 = ¥577,000.00.
        QTest::newRow("delivered on premises") << Change([](CostInputs& in) {
            in.deliversHardware = true;
            in.catalog[0].purchasePrice = yuan("60000.00");
            in.contractYears = 3;
        }) << 2 << yuan("576000.00") << yuan("2460.00")
                                               << CostBound::Capacity << yuan("577000.00")
                                               << yuan("0.00") << false;
        // A contract longer than the service life pays the whole price, never more:
        //   K = 2 × 8 × ¥60,000.00 × min(3, 2) / 2 = ¥960,000.00; C₀ = ¥961,000.00.
        QTest::newRow("contract longer than the service life") << Change([](CostInputs& in) {
            in.deliversHardware = true;
            in.catalog[0].purchasePrice = yuan("60000.00");
            in.catalog[0].serviceLifeYears = 2;
            in.contractYears = 3;
        }) << 2 << yuan("960000.00") << yuan("2460.00") << CostBound::Capacity
                                                               << yuan("961000.00") << yuan("0.00")
                                                               << false;
        // Four requests at the peak fit one replica (⌈4 / 16⌉ = 1), but 99.9% availability
        // needs a second to fail over to: r = 2, K = ¥1,401,600.00.
        QTest::newRow("two replicas for availability") << Change([](CostInputs& in) {
            in.peakConcurrentRequests = 4;
            in.availabilityPercent = 99.9;
        }) << 2 << yuan("1401600.00") << yuan("820.00") << CostBound::Capacity
                                                       << yuan("1402600.00") << yuan("0.00")
                                                       << false;
        // Just below 99.9%, one replica: K = 1 × 8 × ¥10.00 × 8,760 = ¥700,800.00.
        QTest::newRow("one replica below 99.9%") << Change([](CostInputs& in) {
            in.peakConcurrentRequests = 4;
            in.availabilityPercent = 99.89;
        }) << 1 << yuan("700800.00") << yuan("820.00")
                                                 << CostBound::Capacity << yuan("701800.00")
                                                 << yuan("0.00") << false;
        // The run missed the SLOs at 16: one replica sustains fewer, so r = 2 and K are lower
        // bounds, and say so.
        QTest::newRow("run that missed the SLOs")
            << Change([](CostInputs& in) { in.sustainedWithinObjectives = false; }) << 2
            << yuan("1401600.00") << yuan("820.00") << CostBound::Capacity << yuan("1402600.00")
            << yuan("0.00") << true;
        // The voucher pays its share of the reserved rental when capacity binds:
        //   S = min(80% × ¥1,401,600.00 = ¥1,121,280.00, cap ¥1,000,000.00) = ¥1,000,000.00.
        QTest::newRow("voucher on the reserved rental") << Change([](CostInputs& in) {
            in.voucher = voucher("Shanghai", 80, yuan("1000000.00"));
        }) << 2 << yuan("1401600.00") << yuan("820.00") << CostBound::Capacity
                                                        << yuan("1402600.00") << yuan("1000000.00")
                                                        << false;
        // Bought hardware is not rented: no voucher, even one the hosting accepts.
        QTest::newRow("no voucher on delivered hardware") << Change([](CostInputs& in) {
            in.deliversHardware = true;
            in.catalog[0].purchasePrice = yuan("60000.00");
            in.voucher = voucher("Shanghai", 80, yuan("1000000.00"));
        }) << 2 << yuan("192000.00") << yuan("820.00") << CostBound::Capacity
                                                          << yuan("193000.00") << yuan("0.00")
                                                          << false;
    }
    void capacity()
    {
        QFETCH(Change, change);
        CostInputs in = capacityBase();
        change(in);
        const CostToServe c = computeCostToServe(in);
        QTEST(c.replicas, "replicas");
        QTEST(c.capacityCost, "capacity");
        QTEST(c.volumeCost, "volumeCost");
        QTEST(c.binding, "binding");
        QTEST(c.costWithoutVoucher, "costWithout");
        QTEST(c.voucherSubsidy, "subsidy");
        QTEST(c.capacityIsLowerBound, "lowerBound");
        QCOMPARE(c.costWithVoucher, c.costWithoutVoucher - c.voucherSubsidy);
        QCOMPARE(c.contractHours, 8760 * in.contractYears);
        const QString value = c.figure(QStringLiteral("capacityCost"))->value;
        QCOMPARE(value.startsWith(QLatin1String("at least")), c.capacityIsLowerBound);
        // The figure that sets the cost says it binds.
        const CostFigure* total = c.figure(QStringLiteral("costWithoutVoucher"));
        const int binding = c.binding == CostBound::Capacity ? 0 : 1;
        QVERIFY2(total->inputs.at(binding).value.endsWith(QLatin1String("(binds)")),
                 qPrintable(total->inputs.at(binding).value));
        QVERIFY(!total->inputs.at(1 - binding).value.endsWith(QLatin1String("(binds)")));
    }

    // No fixed costs stated: the bid's licence, deployment and service lines stand for them.
    //   F = ¥300.00 + ¥200.00 + ¥100.00 = ¥600.00 (hardware and other lines left out);
    //   C₀ = max(8.00, 820.00) + 600.00 = ¥1,420.00.
    void fixedCostsFromTheBreakdown()
    {
        CostInputs in = base();
        in.fixedCosts.reset();
        in.breakdown = {{QStringLiteral("模型授权"), yuan("300.00"), PriceItemKind::Licences},
                        {QStringLiteral("硬件"), yuan("5000.00"), PriceItemKind::Hardware},
                        {QStringLiteral("部署"), yuan("200.00"), PriceItemKind::Deployment},
                        {QStringLiteral("运维"), yuan("100.00"), PriceItemKind::AnnualService},
                        {QStringLiteral("其他"), yuan("50.00"), PriceItemKind::Other}};
        const CostToServe c = computeCostToServe(in);
        QCOMPARE(c.fixedCosts, yuan("600.00"));
        QVERIFY(c.fixedCostsFromBreakdown);
        QCOMPARE(c.costWithoutVoucher, yuan("1420.00"));
        const CostFigure* fixed = c.figure(QStringLiteral("fixedCosts"));
        QCOMPARE(fixed->inputs.size(), 3);
        QCOMPARE(fixed->inputs.at(0).label, QStringLiteral("模型授权"));
        QCOMPARE(fixed->inputs.at(0).value, QStringLiteral("¥300.00"));

        // A stated amount wins over the breakdown.
        in.fixedCosts = yuan("1000.00");
        QCOMPARE(computeCostToServe(in).costWithoutVoucher, yuan("1820.00"));
        // No such line: nothing, and the figure says where to state them.
        in.fixedCosts.reset();
        in.breakdown.clear();
        const CostToServe none = computeCostToServe(in);
        QCOMPARE(none.fixedCosts, yuan("0.00"));
        QVERIFY(none.figure(QStringLiteral("fixedCosts"))
                    ->inputs.at(0)
                    .source.contains(QLatin1String("cost assumptions")));
    }
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
