// The evaluation of whole tenders by the scoring engine, on constructed tenders whose every
// expected figure is worked out by hand in the comments (not taken from the program).
#include "scoring/evaluation.h"
#include "scoring/explanation.h"

#include <QTest>

#include <cmath>

using namespace td::scoring;

namespace {

constexpr qint64 yuan = 100; // fen per yuan

QList<CriterionSpec> priceTechnicalService()
{
    return {{1, QStringLiteral("price"), QStringLiteral("Price"), 30},
            {2, QStringLiteral("technical"), QStringLiteral("Technical"), 50},
            {3, QStringLiteral("service"), QStringLiteral("Service"), 20}};
}

BidInput bid(qint64 id, qint64 priceYuan)
{
    BidInput b;
    b.id = id;
    b.lotId = 1;
    b.priceMinor = priceYuan * yuan;
    b.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    return b;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

bool hasFlag(const BidResult& r, LowBidRule rule)
{
    for (const LowBidFlag& f : r.flags)
        if (f.rule == rule)
            return true;
    return false;
}

// Three bids on a 1,000,000 lot; price 30, technical 50, service 20; domestic deduction 20%,
// SME deduction 5%; three evaluators.
EvaluationInput threeBids()
{
    EvaluationInput in;
    in.settings.deductions = {20.0, 5.0};
    in.criteria = priceTechnicalService();
    in.lots = {{1, 1'000'000 * yuan}};
    BidInput b1 = bid(1, 800'000);
    b1.domestic = true;
    b1.sheetPoints = {{}, {45, 44, 46}, {18, 18, 18}};
    b1.costWithoutVoucherMinor = 900'000 * yuan;
    b1.costWithVoucherMinor = 750'000 * yuan;
    BidInput b2 = bid(2, 700'000);
    b2.sme = true;
    b2.sheetPoints = {{}, {40, 42, 41}, {16, 17, 18}};
    BidInput b3 = bid(3, 600'000);
    b3.sheetPoints = {{}, {35, 36, 34}, {15, 15, 15}};
    in.bids = {b1, b2, b3};
    return in;
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comprehensiveScoringWorkedByHand()
    {
        const EvaluationResult r = evaluate(threeBids());
        // E1 = 800,000 x (1 - 0.20) = 640,000; E2 = 700,000 x (1 - 0.05) = 665,000;
        // E3 = 600,000 (no deduction). The benchmark is the lowest, 600,000.
        QCOMPARE(r.bid(1)->evaluationPriceMinor, 640'000 * yuan);
        QCOMPARE(r.bid(2)->evaluationPriceMinor, 665'000 * yuan);
        QCOMPARE(r.bid(3)->evaluationPriceMinor, 600'000 * yuan);
        QCOMPARE(r.lot(1)->benchmarkMinor, 600'000 * yuan);
        // Price scores: 600/640 x 30 = 28.125; 600/665 x 30 = 27.06766917; 30.
        QVERIFY(near(r.bid(1)->priceScore, 28.125));
        QVERIFY(near(r.bid(2)->priceScore, 27.067669172932331));
        QVERIFY(near(r.bid(3)->priceScore, 30.0));
        // Technical means 45, 41, 35; service 18, 17, 15.
        QVERIFY(near(r.bid(1)->criterionPoints.at(1), 45));
        QVERIFY(near(r.bid(2)->criterionPoints.at(2), 17));
        QVERIFY(near(r.bid(3)->technicalPoints, 50));
        // Totals 91.125, 85.0677, 80: ranked 1, 2, 3.
        QVERIFY(near(r.bid(1)->totalPoints, 91.125));
        QVERIFY(near(r.bid(2)->totalPoints, 85.067669172932331));
        QVERIFY(near(r.bid(3)->totalPoints, 80.0));
        QCOMPARE(r.bid(1)->rank, 1);
        QCOMPARE(r.bid(2)->rank, 2);
        QCOMPARE(r.bid(3)->rank, 3);
        QCOMPARE(r.lot(1)->recommendedBidId, 1);
        // No MOF trigger: the average 700,000 x 0.5 = 350,000, the second-lowest 700,000 x 0.5,
        // the ceiling 1,000,000 x 0.45 = 450,000 are all below every price. ProZorro on the
        // winner: 800,000 is above 0.6 x 650,000 and 0.7 x 600,000. Only bid 1 is below its
        // cost-to-serve (800,000 < 900,000), covered by the voucher (750,000).
        QVERIFY(r.bid(1)->flags.size() == 1 && hasFlag(*r.bid(1), LowBidRule::BelowCost));
        QCOMPARE(r.bid(1)->costVerdict, CostVerdict::ProfitableOnlyWithVoucher);
        QCOMPARE(r.bid(2)->costVerdict, CostVerdict::NoBenchmark);
        QVERIFY(r.bid(2)->flags.isEmpty() && r.bid(3)->flags.isEmpty());
        // The flag opens the explanation step: the ranking is not final.
        QCOMPARE(r.pendingExplanations, QList<qint64>{1});
        QVERIFY(!r.final());
    }

    void aRejectedExplanationTakesTheBidOut()
    {
        EvaluationInput in = threeBids();
        in.bids[0].lowPriceDecision = LowPriceDecision::Rejected;
        const EvaluationResult r = evaluate(in);
        // Bid 1 is invalid; the benchmark stays 600,000 (bid 3); bid 2 (85.07) now leads bid 3
        // (80.00).
        QVERIFY(!r.bid(1)->valid);
        QCOMPARE(r.bid(1)->rank, 0);
        QCOMPARE(r.bid(2)->rank, 1);
        QCOMPARE(r.bid(3)->rank, 2);
        QCOMPARE(r.lot(1)->recommendedBidId, 2);
        QVERIFY(r.final());
    }

    void anAcceptedExplanationLetsTheRankingBeFinal()
    {
        EvaluationInput in = threeBids();
        in.bids[0].lowPriceDecision = LowPriceDecision::Accepted;
        const EvaluationResult r = evaluate(in);
        QCOMPARE(r.bid(1)->rank, 1);
        QVERIFY(hasFlag(*r.bid(1), LowBidRule::BelowCost));
        QVERIFY(r.final());
    }

    void extremesDroppedFromFiveEvaluators()
    {
        EvaluationInput in;
        in.settings.dropExtremes = true;
        in.criteria = {{1, QStringLiteral("price"), {}, 40},
                       {2, QStringLiteral("technical"), {}, 60}};
        BidInput b = bid(1, 100'000);
        // Without the highest (50) and the lowest (30): (40 + 42 + 44) / 3 = 42, where the mean
        // of all five would be 206 / 5 = 41.2.
        b.sheetPoints = {{}, {30, 40, 42, 44, 50}};
        in.bids = {b};
        EvaluationResult r = evaluate(in);
        QVERIFY(near(r.bid(1)->criterionPoints.at(1), 42));
        in.settings.dropExtremes = false;
        r = evaluate(in);
        QVERIFY(near(r.bid(1)->criterionPoints.at(1), 41.2));
    }

    void lowestEvaluatedPriceWithTheTieRule()
    {
        EvaluationInput in;
        in.settings.method = RankingMethod::LowestEvaluatedPrice;
        in.settings.tieBreaks = {TieBreak::LowerEvaluationPrice, TieBreak::EarlierReceipt};
        in.criteria = {{1, QStringLiteral("price"), {}, 100}};
        BidInput early = bid(1, 500'000);
        early.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        BidInput late = bid(2, 500'000);
        BidInput dearer = bid(3, 510'000);
        in.bids = {late, dearer, early};
        const EvaluationResult r = evaluate(in);
        // 500,000 twice: the earlier receipt (bid 1, 08:00) before bid 2 (09:00); 510,000 last.
        QCOMPARE(r.bid(1)->rank, 1);
        QCOMPARE(r.bid(2)->rank, 2);
        QCOMPARE(r.bid(3)->rank, 3);
        // No sheet is needed to rank by price.
        QVERIFY(r.unscoredBids.isEmpty());
    }

    void aBidWithoutScoresIsNotFinal()
    {
        EvaluationInput in = threeBids();
        in.bids[2].sheetPoints.clear();
        in.bids[0].lowPriceDecision = LowPriceDecision::Accepted;
        const EvaluationResult r = evaluate(in);
        QCOMPARE(r.unscoredBids, QList<qint64>{3});
        QVERIFY(!r.final());
    }

    void recordedTechnicalPointsStandInForSheets()
    {
        EvaluationInput in;
        in.criteria = priceTechnicalService();
        BidInput b = bid(1, 100'000);
        b.recordedTechnicalPoints = 61.5;
        in.bids = {b};
        const EvaluationResult r = evaluate(in);
        // Alone, it is the benchmark: 30 price points + the recorded 61.5 = 91.5.
        QVERIFY(r.bid(1)->scored);
        QVERIFY(near(r.bid(1)->totalPoints, 91.5));
    }

    void italianThresholdOverTheLotsDiscounts()
    {
        EvaluationInput in;
        in.settings.method = RankingMethod::LowestEvaluatedPrice;
        in.criteria = {{1, QStringLiteral("price"), {}, 100}};
        in.lots = {{1, 1'000'000 * yuan}};
        // Discounts off the 1,000,000 budget: 10, 20, 20, 30, 40, 50 (%). Six offers: ceil(0.6)
        // = 1 set aside at each end (10 and 50); m = (20 + 20 + 30 + 40) / 4 = 27.5; above m:
        // 30 and 40, D = (2.5 + 12.5) / 2 = 7.5; threshold 35: the 40% and 50% offers.
        qint64 id = 0;
        for (qint64 price : {900'000, 800'000, 800'000, 700'000, 600'000, 500'000})
            in.bids.append(bid(++id, price));
        const EvaluationResult r = evaluate(in);
        QVERIFY(r.lot(1)->italian.has_value());
        QVERIFY(near(r.lot(1)->italian->threshold, 35.0));
        QVERIFY(hasFlag(*r.bid(5), LowBidRule::ItalianThreshold));
        QVERIFY(hasFlag(*r.bid(6), LowBidRule::ItalianThreshold));
        QVERIFY(!hasFlag(*r.bid(4), LowBidRule::ItalianThreshold));
        // The average 716,666.67 x 0.5 = 358,333.33 and the ceiling's 450,000 stay below 500,000;
        // 500,000 is not below 0.5 x 600,000: no MOF trigger.
        for (const BidResult& b : r.bids)
            QVERIFY(!hasFlag(b, LowBidRule::MofAverage) && !hasFlag(b, LowBidRule::MofCeiling) &&
                    !hasFlag(b, LowBidRule::MofSecondLowest));
    }

    void marketOutlierOnTheWinner()
    {
        EvaluationInput in;
        in.settings.method = RankingMethod::LowestEvaluatedPrice;
        in.criteria = {{1, QStringLiteral("price"), {}, 100}};
        in.bids = {bid(1, 90'000), bid(2, 200'000), bid(3, 210'000)};
        // d = (200,000 - 90,000) / 90,000 = 1.2222, at or above the market's 0.5.
        in.marketThreshold = 0.5;
        EvaluationResult r = evaluate(in);
        QVERIFY(near(*r.lot(1)->winnerDiscount, 110.0 / 90.0));
        QVERIFY(hasFlag(*r.bid(1), LowBidRule::MarketOutlier));
        // Also MOF: 90,000 < 0.5 x the second-lowest 200,000 = 100,000; and ProZorro: 90,000 <=
        // 0.6 x the others' mean 205,000 = 123,000 and <= 0.7 x the next 200,000 = 140,000. Not
        // MOF's average: 0.5 x 166,666.67 = 83,333.33 is below 90,000.
        QVERIFY(hasFlag(*r.bid(1), LowBidRule::MofSecondLowest));
        QVERIFY(!hasFlag(*r.bid(1), LowBidRule::MofAverage));
        QVERIFY(hasFlag(*r.bid(1), LowBidRule::ProzorroMean));
        QVERIFY(hasFlag(*r.bid(1), LowBidRule::ProzorroNext));
        in.marketThreshold = 1.3;
        r = evaluate(in);
        QVERIFY(!hasFlag(*r.bid(1), LowBidRule::MarketOutlier));
    }

    void type8MarketThreshold()
    {
        // R: quantile(1:8, type = 8) gives Q1 = 2.416667 and Q3 = 6.583333 (h = (n + 1/3) p +
        // 1/3: 2.41667 and 6.58333); threshold = 6.583333 + 1.5 x 4.166667 = 12.833333.
        const auto t = marketThreshold({8, 1, 7, 2, 6, 3, 5, 4}, 1.5);
        QVERIFY(t && std::abs(*t - 12.833333) < 1e-5);
        QVERIFY(!marketThreshold({1, 2, 3}, 1.5));
    }

    void everyNumberExplainsItself()
    {
        const EvaluationInput in = threeBids();
        const EvaluationResult r = evaluate(in);
        ExplanationNames names;
        names.vendors = {
            {1, QStringLiteral("甲")}, {2, QStringLiteral("乙")}, {3, QStringLiteral("丙")}};
        names.evaluators = {QStringLiteral("张"), QStringLiteral("李"), QStringLiteral("王")};
        const QStringList keys = explanationKeys(in, r, 2);
        QVERIFY(keys.contains(QStringLiteral("priceScore")));
        QVERIFY(keys.contains(QStringLiteral("criterion:technical")));
        for (const QString& key : keys) {
            const Working w = explain(in, r, 2, key, names);
            QCOMPARE(w.key, key);
            QVERIFY2(!w.formula.isEmpty() && !w.value.isEmpty(), qPrintable(key));
        }
        const Working price = explain(in, r, 2, QStringLiteral("priceScore"), names);
        QCOMPARE(price.value, QStringLiteral("27.07"));
        // Its inputs: the benchmark from bid 3 (丙), this bid's evaluation price, the weight.
        QVERIFY(price.inputs.at(0).source.contains(QStringLiteral("丙")));
        const Working technical = explain(in, r, 2, QStringLiteral("criterion:technical"), names);
        QCOMPARE(technical.inputs.size(), 3);
        QCOMPARE(technical.inputs.at(1).label, QStringLiteral("李"));
        QCOMPARE(technical.inputs.at(1).value, QStringLiteral("42.00"));
        QVERIFY(explain(in, r, 2, QStringLiteral("nonsense"), names).key.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
