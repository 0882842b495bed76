// Ranking the valid bids: by total score (Order 87) or by evaluation price, ties broken by the
// rules the tender states, in order; bids that tie after every rule share their rank.
#include "scoring/ranking.h"

#include <QTest>

using namespace td::scoring;

Q_DECLARE_METATYPE(QList<td::scoring::TieBreak>)

namespace {

const QDateTime morning(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

// Bid ids in ranking order and their ranks, as "id:rank" words, for compact comparison.
QString shown(const QList<Ranked>& ranked)
{
    QStringList words;
    for (const Ranked& r : ranked)
        words.append(QStringLiteral("%1:%2").arg(r.bidId).arg(r.rank));
    return words.join(u' ');
}

} // namespace

class TestRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highestScoreFirst()
    {
        const QList<RankInput> bids{
            {1, 78.5, 100, 40, morning}, {2, 91.25, 120, 45, morning}, {3, 84.0, 90, 38, morning}};
        QCOMPARE(shown(rank(bids, RankingMethod::ComprehensiveScore, {})),
                 QStringLiteral("2:1 3:2 1:3"));
    }

    void scoresTieAsPublishedToTheHundredth()
    {
        // 80.004 and 79.996 both print as 80.00: a tie, which the lower price (bid 2) breaks.
        const QList<RankInput> bids{{1, 80.004, 120, 40, morning}, {2, 79.996, 110, 40, morning}};
        QCOMPARE(
            shown(rank(bids, RankingMethod::ComprehensiveScore, {TieBreak::LowerEvaluationPrice})),
            QStringLiteral("2:1 1:2"));
    }

    void tieBreaksApplyInTheStatedOrder_data()
    {
        QTest::addColumn<QList<TieBreak>>("rules");
        QTest::addColumn<QString>("expected");
        // Bids 1, 2, 3 all score 85.00. Bid 1: price 100, technical 40, received 09:10.
        // Bid 2: price 100, technical 44, 09:05. Bid 3: price 95, technical 40, 09:20.
        QTest::newRow("price, then technical")
            << QList<TieBreak>{TieBreak::LowerEvaluationPrice, TieBreak::HigherTechnicalScore}
            << QStringLiteral("3:1 2:2 1:3");
        QTest::newRow("technical, then receipt")
            << QList<TieBreak>{TieBreak::HigherTechnicalScore, TieBreak::EarlierReceipt}
            << QStringLiteral("2:1 1:2 3:3");
        QTest::newRow("receipt alone")
            << QList<TieBreak>{TieBreak::EarlierReceipt} << QStringLiteral("2:1 1:2 3:3");
        // No rule: all three share the first rank, in the order given.
        QTest::newRow("no rule") << QList<TieBreak>{} << QStringLiteral("1:1 2:1 3:1");
    }
    void tieBreaksApplyInTheStatedOrder()
    {
        QFETCH(QList<TieBreak>, rules);
        QFETCH(QString, expected);
        const QList<RankInput> bids{{1, 85.0, 100, 40, morning.addSecs(600)},
                                    {2, 85.0, 100, 44, morning.addSecs(300)},
                                    {3, 85.0, 95, 40, morning.addSecs(1200)}};
        QCOMPARE(shown(rank(bids, RankingMethod::ComprehensiveScore, rules)), expected);
    }

    void lowestEvaluatedPrice()
    {
        // Price alone ranks; equal prices fall to the stated rule (the earlier receipt, bid 4),
        // and the scores play no part.
        const QList<RankInput> bids{{1, 99, 300, 0, morning},
                                    {2, 10, 200, 0, morning.addSecs(60)},
                                    {4, 50, 200, 0, morning},
                                    {3, 70, 250, 0, morning}};
        QCOMPARE(shown(rank(bids, RankingMethod::LowestEvaluatedPrice, {TieBreak::EarlierReceipt})),
                 QStringLiteral("4:1 2:2 3:3 1:4"));
        // Without a rule, the two at 200 share the first rank, and the next is third.
        QCOMPARE(shown(rank(bids, RankingMethod::LowestEvaluatedPrice, {})),
                 QStringLiteral("2:1 4:1 3:3 1:4"));
    }
};

QTEST_APPLESS_MAIN(TestRanking)
#include "tst_ranking.moc"
