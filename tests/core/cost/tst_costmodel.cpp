// The cost-to-serve of a bid, worked out by hand for each case (the arithmetic is in the
// comments), with and without a compute voucher, and every way the inputs can be incomplete.
#include "cost/costjson.h"
#include "cost/costmodel.h"
#include "cost/provenance.h"
#include "domain/error.h"
#include "store/acceleratorrepository.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

using namespace td;

using Change = std::function<void(CostInputs&)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(td::Money)

namespace td {
// How QCOMPARE shows an amount that differs.
char* toString(const Money& m)
{
    return QTest::toString(m.toPlainString() + QLatin1Char(' ') + m.currency());
}
} // namespace td

namespace {

Money yuan(const char* amount)
{
    return *Money::parse(QLatin1String(amount), QStringLiteral("CNY"));
}

Accelerator accelerator(const char* model, const char* price, int watts)
{
    Accelerator a;
    a.model = QLatin1String(model);
    a.vendor = QStringLiteral("Test");
    a.powerWatts = watts;
    if (price)
        a.hourlyPrice = yuan(price);
    a.priceSource = QStringLiteral("source of %1").arg(a.model);
    a.priceDate = QDate(2026, 11, 1);
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

// The base case:
//   V = 36,000,000 tokens/year × 1 year; T = 1,000 tokens/s
//   H = 36,000,000 / (1,000 × 3600) = 10 h
//   8 × "Card A" at ¥10.00/h and 500 W: A = 10 × 8 = 80 accelerator-hours
//   R = 80 × ¥10.00 = ¥800.00
//   E = 80 × 500 / 1000 × PUE 1.25 = 50 kWh; P = 50 × ¥0.40 = ¥20.00
//   F = ¥1,000.00; C₀ = 800 + 20 + 1,000 = ¥1,820.00
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
        // Half a fen rounds up, with 1 × Card B at ¥4.67/h and a 50% voucher:
        //   R = 119.047619... × 467 = 55,595.24 fen -> ¥555.95; S = 50% × 55,595 = 27,797.5
        //   -> 27,798 fen = ¥277.98.
        //   P as above ¥23.81; C₀ = ¥579.76; C₁ = 579.76 − 277.98 = ¥301.78
        //   c₀ = 57,976 / 3 = 19,325.33 -> ¥193.25; c₁ = 30,178 / 3 = 10,059.33 -> ¥100.59
        QTest::newRow("half a fen rounds up") << Change([](CostInputs& in) {
            in.tokensPerYear = 3'000'000;
            in.measuredOutputTokensPerSecond = 7;
            in.catalog[1].hourlyPrice = yuan("4.67");
            in.hardware = {{QStringLiteral("Card B"), 1}};
            in.fixedCosts = Money(); // none given: counts as ¥0
            in.voucher = voucher("Shanghai", 50, std::nullopt);
            in.bidPrice = yuan("600.00");
        }) << yuan("555.95") << yuan("23.81") << yuan("579.76")
                                              << yuan("277.98") << yuan("301.78") << yuan("193.25")
                                              << yuan("100.59") << false << false << false;
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
        // The parts add up to the whole, to the fen.
        QCOMPARE(c.rental + c.power + c.fixedCosts, c.costWithoutVoucher);
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
                 QStringLiteral("S = min(s × R, cap)"));
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
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("volume"), QStringLiteral("deploymentHours"),
                              QStringLiteral("acceleratorHours"), QStringLiteral("rental"),
                              QStringLiteral("energy"), QStringLiteral("power"),
                              QStringLiteral("fixedCosts"), QStringLiteral("costWithoutVoucher"),
                              QStringLiteral("voucherSubsidy"), QStringLiteral("costWithVoucher"),
                              QStringLiteral("costPerMillionWithoutVoucher"),
                              QStringLiteral("costPerMillionWithVoucher"),
                              QStringLiteral("marginWithoutVoucher"),
                              QStringLiteral("marginWithVoucher"), QStringLiteral("verdict")}));

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
                 QStringLiteral("C₀ = R + P + F"));
        QCOMPARE(c.figure(QStringLiteral("costWithoutVoucher"))->value,
                 QStringLiteral("¥1,820.00"));
        QCOMPARE(c.figure(QStringLiteral("costPerMillionWithVoucher"))->value,
                 QStringLiteral("¥32.78 per million tokens"));
        QCOMPARE(c.figure(QStringLiteral("marginWithoutVoucher"))->value, QStringLiteral("9.0%"));
        QCOMPARE(c.figure(QStringLiteral("marginWithVoucher"))->value, QStringLiteral("41.0%"));
        QCOMPARE(c.figure(QStringLiteral("verdict"))->value,
                 QStringLiteral("Covers the cost to serve"));
        QCOMPARE(c.figure(QStringLiteral("nothing")), nullptr);
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
            << QStringLiteral(
                   "Subsidy-dependent: below cost at list price, covered with the voucher");
        QTest::newRow("loss-making with voucher") << Change([](CostInputs& in) {
            in.voucher = voucher("Shanghai", 80, yuan("1000.00"));
            in.bidPrice = yuan("1000.00");
        }) << QStringLiteral("Loss-making, even with the voucher");
        QTest::newRow("loss-making, no voucher")
            << Change([](CostInputs& in) { in.bidPrice = yuan("1000.00"); })
            << QStringLiteral("Loss-making: the bid price is below the cost to serve");
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
        // = 1,876.88 h; R = 1,876.88 × 8 × ¥14.40 = ¥216,216.22.
        CostInputs in = base();
        in.catalog = AcceleratorRepository::builtInCatalog();
        in.tokensPerYear = 100'000'000'000;
        in.measuredOutputTokensPerSecond = 14'800;
        in.hardware = {{QStringLiteral("NVIDIA H800"), 8}};
        in.fixedCosts = yuan("0.00");
        in.bidPrice = yuan("300000.00");
        const CostToServe c = computeCostToServe(in);
        QCOMPARE(c.rental, yuan("216216.22"));
        QVERIFY(!c.lossMaking);
    }
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
