// The abnormally-low rules of DOMAIN.md on constructed cases, each expected value worked out by
// hand in the comments, and the type 8 quartiles they rest on against R's quantile(type = 8).
#include "scoring/abnormallylow.h"
#include "scoring/quantiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace td::scoring;

Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(td::scoring::CostVerdict)

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-4;
}

// The (bid, rule) pairs of `flags`, sorted, for comparing with what the comments work out.
QList<QPair<qint64, LowBidRule>> fired(const QList<LowBidFlag>& flags)
{
    QList<QPair<qint64, LowBidRule>> out;
    for (const LowBidFlag& f : flags)
        out.append({f.bidId, f.rule});
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestAbnormallyLow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantilesOfType8_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        const QList<double> oneToTen{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}; // unsorted on purpose
        // h = (n + 1/3) p + 1/3. n = 10, p = 0.25: h = 2.9167 -> 2 + 0.9167 x (3 - 2) = 2.9167
        QTest::newRow("Q1 of 1..10") << oneToTen << 0.25 << 2.916667;
        // p = 0.5: h = 5.5 -> 5.5;  p = 0.75: h = 8.0833 -> 8.0833 (R: 5.5, 8.083333)
        QTest::newRow("median of 1..10") << oneToTen << 0.5 << 5.5;
        QTest::newRow("Q3 of 1..10") << oneToTen << 0.75 << 8.083333;
        // n = 3, p = 0.5: h = 2 -> the second value
        QTest::newRow("median of three") << QList<double>{3, 1, 2} << 0.5 << 2.0;
        // h below 1 or above n: the extremes
        QTest::newRow("p = 0") << QList<double>{3, 1, 2} << 0.0 << 1.0;
        QTest::newRow("p = 1") << QList<double>{3, 1, 2} << 1.0 << 3.0;
    }
    void quantilesOfType8()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        QVERIFY2(near(quantileType8(values, p), expected),
                 qPrintable(QString::number(quantileType8(values, p), 'f', 6)));
    }

    void r058FlagsAHeavilyDiscountedWinner()
    {
        // Market discounts 1..10: Q1 = 2.916667, Q3 = 8.083333, IQR = 5.166667,
        // threshold = 8.083333 + 1.5 x 5.166667 = 15.833333.
        const QList<double> market{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QVERIFY(near(r058Threshold(market), 15.833333));
        // Winner 100.00, second-lowest 1,700.00: d = (1,700 - 100) / 100 = 16 >= 15.83.
        QCOMPARE(r058Discount(10'000, 170'000), 16.0);
        // Winner 100.00, second 1,500.00: d = 14, below the threshold.
        QCOMPARE(r058Discount(10'000, 150'000), 14.0);
    }

    void mofRules()
    {
        // Conforming bids 100, 300, 320, 380; ceiling 800.
        // Average 275 x 0.5 = 137.5: A (100) is below.
        // Second-lowest 300 x 0.5 = 150: the lowest, A (100), is below.
        // Ceiling 800 x 0.45 = 360: A, B (300) and C (320) are below; D (380) is not.
        const QList<PricedBid> bids{{1, 100}, {2, 300}, {3, 320}, {4, 380}};
        const QList<LowBidFlag> flags = mofFlags(bids, 800);
        QCOMPARE(fired(flags), (QList<QPair<qint64, LowBidRule>>{
                                   {1, LowBidRule::MofAverage},
                                   {1, LowBidRule::MofSecondLowest},
                                   {1, LowBidRule::MofCeiling},
                                   {2, LowBidRule::MofCeiling},
                                   {3, LowBidRule::MofCeiling},
                               }));
        for (const LowBidFlag& f : flags)
            if (f.rule == LowBidRule::MofAverage)
                QCOMPARE(f.threshold, 137.5);
    }

    void mofIsStrict()
    {
        // 150 and 300: the average 225 x 0.5 = 112.5 (150 is above); the second-lowest 300 x
        // 0.5 = 150, and 150 < 150 is false; no ceiling given.
        QVERIFY(mofFlags({{1, 150}, {2, 300}}, 0).isEmpty());
        // A buyer raising the ratios to 0.65: 300 x 0.65 = 195 > 150 now fires.
        const QList<LowBidFlag> raised = mofFlags({{1, 150}, {2, 300}}, 0, {0.65, 0.65, 0.65});
        QCOMPARE(fired(raised),
                 (QList<QPair<qint64, LowBidRule>>{{1, LowBidRule::MofSecondLowest}}));
    }

    void prozorroRules_data()
    {
        QTest::addColumn<qint64>("winner");
        QTest::addColumn<QList<qint64>>("others");
        QTest::addColumn<bool>("belowMean");
        QTest::addColumn<bool>("belowNext");
        // Others 100, 150: mean 125 x 0.6 = 75, next 100 x 0.7 = 70; 50 is below both.
        QTest::newRow("far below") << qint64(50) << QList<qint64>{100, 150} << true << true;
        // Others 100, 200: mean 150 x 0.6 = 90; next 100 x 0.7 = 70: 70 is exactly 30% below.
        QTest::newRow("at the edge") << qint64(70) << QList<qint64>{100, 200} << true << true;
        // Others 100, 100: 60 and 70; 80 is above both.
        QTest::newRow("close") << qint64(80) << QList<qint64>{100, 100} << false << false;
        // Others 100, 400: mean 250 x 0.6 = 150 (80 below); next 70 (80 above).
        QTest::newRow("below the mean only")
            << qint64(80) << QList<qint64>{100, 400} << true << false;
    }
    void prozorroRules()
    {
        QFETCH(qint64, winner);
        QFETCH(QList<qint64>, others);
        QFETCH(bool, belowMean);
        QFETCH(bool, belowNext);
        QList<PricedBid> rest;
        for (qint64 price : others)
            rest.append({qint64(rest.size() + 2), price});
        const QList<LowBidFlag> flags = prozorroFlags({1, winner}, rest);
        const auto has = [&](LowBidRule rule) {
            return std::any_of(flags.cbegin(), flags.cend(),
                               [rule](const LowBidFlag& f) { return f.rule == rule; });
        };
        QCOMPARE(has(LowBidRule::ProzorroMean), belowMean);
        QCOMPARE(has(LowBidRule::ProzorroNext), belowNext);
    }

    void italianThreshold_data()
    {
        QTest::addColumn<QList<double>>("discounts");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QList<qint64>>("anomalous"); // ids are positions + 1
        // n = 10, ceil(10%) = 1 set aside at each end (5 and 30). Kept: 10 12 14 15 16 18 20 25,
        // sum 130, m = 16.25. Above m: 18 20 25, excesses 1.75 + 3.75 + 8.75 = 14.25, D = 4.75.
        // Threshold 21: 25 and 30 are anomalous.
        QTest::newRow("ten offers") << QList<double>{5, 10, 12, 14, 15, 16, 18, 20, 25, 30} << 16.25
                                    << 21.0 << QList<qint64>{9, 10};
        // Ties at the cuts go with them: both 5s and both 30s are set aside. Kept: 10 12 14 15
        // 16 18, sum 85, m = 14.1667. Above: 15 16 18, excesses 0.8333 + 1.8333 + 3.8333 = 6.5,
        // D = 2.1667; threshold 16.3333: 18 and both 30s are anomalous.
        QTest::newRow("ties at the cuts") << QList<double>{5, 5, 10, 12, 14, 15, 16, 18, 30, 30}
                                          << 14.166667 << 16.333333 << QList<qint64>{8, 9, 10};
    }
    void italianThreshold()
    {
        QFETCH(QList<double>, discounts);
        QFETCH(double, mean);
        QFETCH(double, threshold);
        QFETCH(QList<qint64>, anomalous);
        QList<ItalianOffer> offers;
        for (double d : discounts)
            offers.append({qint64(offers.size() + 1), d});
        const std::optional<ItalianResult> result = td::scoring::italianThreshold(offers);
        QVERIFY(result);
        QVERIFY(near(result->mean, mean));
        QVERIFY(near(result->threshold, threshold));
        QList<qint64> flagged;
        for (const LowBidFlag& f : result->flags)
            flagged.append(f.bidId);
        QCOMPARE(flagged, anomalous);
    }

    void italianNeedsFiveOffers()
    {
        QVERIFY(!td::scoring::italianThreshold({{1, 5}, {2, 10}, {3, 20}, {4, 40}}));
        // All equal: the cuts take every offer with them, and there is no threshold.
        QVERIFY(!td::scoring::italianThreshold({{1, 9}, {2, 9}, {3, 9}, {4, 9}, {5, 9}}));
    }

    void aRealProzorroProcess()
    {
        // ocds-be6bcu-UA-2016-06-08-000504-c: estimate 7,500 UAH, bids 1,800, 2,875, 2,900,
        // 3,000 and 3,375. The buyer found the lowest (1,800) unsuccessful and awarded 2,875.
        QFile file(QStringLiteral(TENDERDESK_TEST_DATA_DIR
                                  "/ocds/samples/real-examples/ukraine/"
                                  "ocds-be6bcu-UA-2016-06-08-000504-c.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject release =
            QJsonDocument::fromJson(file.readAll()).object().value(u"compiledRelease").toObject();
        const qint64 estimate = std::llround(release.value(u"tender")
                                                 .toObject()
                                                 .value(u"value")
                                                 .toObject()
                                                 .value(u"amount")
                                                 .toDouble() *
                                             100);
        QCOMPARE(estimate, qint64(750'000));
        QList<PricedBid> bids;
        for (const QJsonValue& bid : release.value(u"bids").toObject().value(u"details").toArray())
            bids.append(
                {qint64(bids.size() + 1),
                 std::llround(
                     bid.toObject().value(u"value").toObject().value(u"amount").toDouble() * 100)});
        QCOMPARE(bids.size(), 5);
        std::sort(bids.begin(), bids.end(), [](const PricedBid& a, const PricedBid& b) {
            return a.priceMinor < b.priceMinor;
        });
        QCOMPARE(bids.constFirst().priceMinor, qint64(180'000));

        // ProZorro, on the lowest: the others' mean (2,875 + 2,900 + 3,000 + 3,375) / 4 =
        // 3,037.50, x 0.6 = 1,822.50, and 1,800 is below it (40.7% below the mean); the next
        // bid 2,875 x 0.7 = 2,012.50, and 1,800 is below that too (37.4% below). Both rules
        // fire, as the buyer's review of that bid did.
        const QList<LowBidFlag> prozorro = prozorroFlags(bids.constFirst(), bids.mid(1));
        QCOMPARE(prozorro.size(), 2);
        QCOMPARE(prozorro.at(0).threshold, 182'250.0);
        QCOMPARE(prozorro.at(1).threshold, 201'250.0);

        // MOF 2026: the average 2,790 x 0.5 = 1,395 and the second-lowest 2,875 x 0.5 =
        // 1,437.50 are not crossed; 45% of the estimate (3,375) is, by every bid but 3,375
        // itself (strict "<").
        const QList<LowBidFlag> mof = mofFlags(bids, estimate);
        QCOMPARE(mof.size(), 4);
        for (const LowBidFlag& f : mof)
            QCOMPARE(f.rule, LowBidRule::MofCeiling);

        // Italian, with discounts off the estimate: 1,800 -> 76.0%, 2,875 -> 61.667%,
        // 2,900 -> 61.333%, 3,000 -> 60.0%, 3,375 -> 55.0%. Five offers, ceil(0.5) = 1 set
        // aside at each end (55 and 76); m = (60 + 61.333 + 61.667) / 3 = 61.0; above m: 61.333
        // and 61.667, D = (0.333 + 0.667) / 2 = 0.5; threshold 61.5: 2,875 and 1,800.
        QList<ItalianOffer> offers;
        for (const PricedBid& b : std::as_const(bids))
            offers.append({b.priceMinor, double(estimate - b.priceMinor) / double(estimate) * 100});
        const std::optional<ItalianResult> italian = td::scoring::italianThreshold(offers);
        QVERIFY(italian);
        QVERIFY(near(italian->mean, 61.0));
        QVERIFY(near(italian->threshold, 61.5));
        QList<qint64> anomalous;
        for (const LowBidFlag& f : italian->flags)
            anomalous.append(f.bidId);
        QCOMPARE(anomalous, (QList<qint64>{180'000, 287'500}));
    }

    void costVerdicts_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<std::optional<qint64>>("cost");
        QTest::addColumn<std::optional<qint64>>("withVoucher");
        QTest::addColumn<CostVerdict>("verdict");
        QTest::newRow("no benchmark") << qint64(100) << std::optional<qint64>()
                                      << std::optional<qint64>() << CostVerdict::NoBenchmark;
        QTest::newRow("covers the cost") << qint64(100) << std::optional<qint64>(90)
                                         << std::optional<qint64>(80) << CostVerdict::Profitable;
        QTest::newRow("at the cost") << qint64(100) << std::optional<qint64>(100)
                                     << std::optional<qint64>() << CostVerdict::Profitable;
        QTest::newRow("only with the voucher")
            << qint64(100) << std::optional<qint64>(120) << std::optional<qint64>(95)
            << CostVerdict::ProfitableOnlyWithVoucher;
        QTest::newRow("below even with it") << qint64(100) << std::optional<qint64>(120)
                                            << std::optional<qint64>(110) << CostVerdict::BelowCost;
    }
    void costVerdicts()
    {
        QFETCH(qint64, price);
        QFETCH(std::optional<qint64>, cost);
        QFETCH(std::optional<qint64>, withVoucher);
        QFETCH(CostVerdict, verdict);
        QCOMPARE(costVerdict(price, cost, withVoucher), verdict);
    }
};

QTEST_APPLESS_MAIN(TestAbnormallyLow)
#include "tst_abnormallylow.moc"
