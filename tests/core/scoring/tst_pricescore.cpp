// The price score of MOF Order 87 with the domestic-product and SME deductions, on values worked
// out by hand in the comments.
#include "scoring/panelscore.h"
#include "scoring/pricescore.h"

#include <QTest>

using namespace td::scoring;

class TestPriceScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluationPrice_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<bool>("domestic");
        QTest::addColumn<bool>("sme");
        QTest::addColumn<qint64>("expected");
        // Deductions: domestic 20%, SME 5%.
        QTest::newRow("no deduction") << qint64(90'000'000) << false << false << qint64(90'000'000);
        // 1,000,000.00 x 0.8 = 800,000.00
        QTest::newRow("domestic") << qint64(100'000'000) << true << false << qint64(80'000'000);
        // 1,100,000.00 x 0.8 x 0.95 = 836,000.00
        QTest::newRow("domestic and SME")
            << qint64(110'000'000) << true << true << qint64(83'600'000);
        // 333.33 x 0.95 = 316.6635 -> 316.66
        QTest::newRow("rounded to the fen") << qint64(33'333) << false << true << qint64(31'666);
        // 333.33 x 0.8 = 266.664 -> 266.66
        QTest::newRow("rounded down") << qint64(33'333) << true << false << qint64(26'666);
    }
    void evaluationPrice()
    {
        QFETCH(qint64, price);
        QFETCH(bool, domestic);
        QFETCH(bool, sme);
        QFETCH(qint64, expected);
        QCOMPARE(td::scoring::evaluationPrice(price, domestic, sme, PriceDeductions{20, 5}),
                 expected);
    }

    void halfAFenRoundsAwayFromZero()
    {
        // 0.33 with a 50% deduction: 16.5 fen -> 17 fen.
        QCOMPARE(td::scoring::evaluationPrice(33, true, false, PriceDeductions{50, 0}), 17);
    }

    void priceScoresAgainstTheLowestEvaluationPrice_data()
    {
        QTest::addColumn<qint64>("evaluation");
        QTest::addColumn<double>("expected");
        // Evaluation prices 800,000.00 (A), 900,000.00 (B), 836,000.00 (C); the benchmark is A's;
        // weight 30 points.
        QTest::newRow("A, the benchmark") << qint64(80'000'000) << 30.0;
        // 800,000 / 900,000 x 30 = 26.6667
        QTest::newRow("B") << qint64(90'000'000) << 26.666667;
        // 800,000 / 836,000 x 30 = 0.9569378 x 30 = 28.708134
        QTest::newRow("C") << qint64(83'600'000) << 28.708134;
    }
    void priceScoresAgainstTheLowestEvaluationPrice()
    {
        QFETCH(qint64, evaluation);
        QFETCH(double, expected);
        const qint64 benchmark = benchmarkPrice({80'000'000, 90'000'000, 83'600'000});
        QCOMPARE(benchmark, qint64(80'000'000));
        QVERIFY(qAbs(priceScore(benchmark, evaluation, 30) - expected) < 1e-6);
    }

    void panelScores_data()
    {
        QTest::addColumn<QList<double>>("scores");
        QTest::addColumn<bool>("dropExtremes");
        QTest::addColumn<double>("expected");
        // (20 + 22 + 27) / 3 = 23
        QTest::newRow("three, plain mean") << QList<double>{20, 22, 27} << false << 23.0;
        // Fewer than five: nothing is dropped even when asked.
        QTest::newRow("four, asked to drop") << QList<double>{10, 20, 30, 40} << true << 25.0;
        // Five: 12 and 29 go; (18 + 20 + 25) / 3 = 21
        QTest::newRow("five, extremes dropped")
            << QList<double>{25, 12, 20, 29, 18} << true << 21.0;
        // Five, kept: (25 + 12 + 20 + 29 + 18) / 5 = 20.8
        QTest::newRow("five, all kept") << QList<double>{25, 12, 20, 29, 18} << false << 20.8;
        // Ties at the extremes: one 30 and one 10 go; (10 + 20 + 30) / 3 = 20
        QTest::newRow("ties at the extremes") << QList<double>{30, 10, 20, 30, 10} << true << 20.0;
    }
    void panelScores()
    {
        QFETCH(QList<double>, scores);
        QFETCH(bool, dropExtremes);
        QFETCH(double, expected);
        QVERIFY(qAbs(panelScore(scores, dropExtremes) - expected) < 1e-9);
    }

    void noPriceScoresNothing()
    {
        QCOMPARE(benchmarkPrice({}), qint64(0));
        QCOMPARE(benchmarkPrice({0, 5'000, 4'000}), qint64(4'000)); // 0: no valid price
        QCOMPARE(priceScore(0, 100, 30), 0.0);
        QCOMPARE(priceScore(100, 0, 30), 0.0);
        QVERIFY(qIsNaN(panelScore({}, true)));
    }
};

QTEST_APPLESS_MAIN(TestPriceScore)
#include "tst_pricescore.moc"
