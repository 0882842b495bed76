// Scores one tender of BIDS bids, EVALUATORS evaluators and CRITERIA criteria (price and
// CRITERIA - 1 scored ones) with the scoring engine, RUNS times, and prints the median and p95
// of the time evaluate() takes and the peak memory. The sheets are drawn from a fixed seed, as a
// panel's would be: each evaluator scores each bid around the bid's merit.
// Usage: bench_scoring [BIDS] [EVALUATORS] [CRITERIA] [RUNS]   (defaults 1000 10 10 51)
#include "benchclock.h"
#include "scoring/evaluation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace td::scoring;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int bids = args.value(1, QStringLiteral("1000")).toInt();
    const int evaluators = args.value(2, QStringLiteral("10")).toInt();
    const int criteria = args.value(3, QStringLiteral("10")).toInt();
    const int runs = args.value(4, QStringLiteral("51")).toInt();
    if (bids < 1 || evaluators < 1 || criteria < 2 || runs < 1) {
        std::fprintf(stderr, "usage: bench_scoring [BIDS] [EVALUATORS] [CRITERIA>=2] [RUNS]\n");
        return 2;
    }

    QRandomGenerator rng(20261203);
    EvaluationInput in;
    in.settings.dropExtremes = true;
    in.settings.deductions.smePercent = 5;
    in.ceilingMinor = qint64(bids) * 1'000'000'00;
    in.lots = {{1, 0}};
    const int scoredWeight = 70 / (criteria - 1);
    in.criteria.append(
        {1, QStringLiteral("price"), QStringLiteral("price"), 100 - scoredWeight * (criteria - 1)});
    for (int c = 1; c < criteria; ++c)
        in.criteria.append(
            {c + 1, QStringLiteral("c%1").arg(c), QStringLiteral("c%1").arg(c), scoredWeight});
    for (int b = 0; b < bids; ++b) {
        BidInput bid;
        bid.id = b + 1;
        bid.lotId = 1;
        bid.priceMinor = 50'000'000 + qint64(rng.bounded(150'000'000));
        bid.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC).addSecs(b);
        bid.domestic = rng.bounded(2) == 0;
        bid.sme = rng.bounded(3) == 0;
        if (rng.bounded(4) == 0) {
            bid.costWithoutVoucherMinor =
                bid.priceMinor + qint64(rng.bounded(40'000'000)) - 20'000'000;
            bid.costWithVoucherMinor = *bid.costWithoutVoucherMinor * 6 / 10;
        }
        bid.sheetPoints.resize(criteria);
        const double merit = 0.4 + 0.6 * rng.generateDouble();
        for (int c = 1; c < criteria; ++c)
            for (int e = 0; e < evaluators; ++e)
                bid.sheetPoints[c].append(
                    std::clamp(scoredWeight * (merit + 0.1 * (rng.generateDouble() - 0.5)), 0.0,
                               double(scoredWeight)));
        in.bids.append(bid);
    }
    in.marketThreshold = 0.8;

    QList<double> ms;
    qsizetype ranked = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const EvaluationResult result = evaluate(in);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        ranked = 0;
        for (const BidResult& b : result.bids)
            ranked += b.rank > 0 ? 1 : 0;
    }
    QTextStream out(stdout);
    out << "scoring_bids " << bids << "\nscoring_evaluators " << evaluators << "\nscoring_criteria "
        << criteria << "\nscoring_ranked " << ranked << "\nscoring_ms median "
        << td::bench::percentile(ms, 50) << "\nscoring_ms p95 " << td::bench::percentile(ms, 95)
        << "\npeak_memory_mib " << td::bench::peakMemoryMiB() << '\n';
    return 0;
}
