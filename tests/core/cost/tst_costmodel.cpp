// The cost-to-serve of a bid, worked out by hand for each case (the arithmetic is in the
// comments, and in costfixtures.h for the base case): the volume bound with and without a
// compute voucher, the figures and their formulas, the verdicts, and every way the inputs can
// be incomplete. The capacity bound is tested in tst_costcapacity.
#include "cost/costjson.h"
#include "cost/costmodel.h"
#include "cost/provenance.h"
#include "costfixtures.h"
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
using namespace td::test;

Q_DECLARE_METATYPE(td::Money)
Q_DECLARE_METATYPE(td::CostBound)

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
        // Without the figures, the same amounts.
        const CostToServe amounts = computeCostToServe(in, CostDetail::AmountsOnly);
        QVERIFY(amounts.figures().isEmpty());
        QVERIFY2(differingAmount(c, amounts).isEmpty(), qPrintable(differingAmount(c, amounts)));
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
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
