// The capacity bound of the cost-to-serve, worked out by hand from capacityBase() (see its
// comment in costfixtures.h): hosted bids bound by capacity or by volume, hardware delivered on
// premises, replicas for the peak and for availability, a run that missed the SLOs, vouchers
// on rented and on bought capacity; fixed costs from the bid's price breakdown; and a
// realistic bid on the built-in catalog.
#include "cost/costmodel.h"
#include "costfixtures.h"
#include "moneytesting.h"
#include "store/acceleratorrepository.h"

#include <QTest>

using namespace td;
using namespace td::test;

Q_DECLARE_METATYPE(td::Money)
Q_DECLARE_METATYPE(td::CostBound)

class TestCostCapacity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        // Without the figures, the same amounts.
        const CostToServe amounts = computeCostToServe(in, CostDetail::AmountsOnly);
        QVERIFY(amounts.figures().isEmpty());
        QVERIFY2(differingAmount(c, amounts).isEmpty(), qPrintable(differingAmount(c, amounts)));
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

QTEST_GUILESS_MAIN(TestCostCapacity)
#include "tst_costcapacity.moc"
