#include "ranking.h"

#include <algorithm>
#include <cmath>

namespace td::scoring {

namespace {

qint64 hundredths(double points)
{
    return std::llround(points * 100.0);
}

// Negative when a ranks before b, positive after, 0 for a tie under `rule`.
int compareBy(TieBreak rule, const RankInput& a, const RankInput& b)
{
    switch (rule) {
    case TieBreak::LowerEvaluationPrice:
        return a.evaluationPriceMinor < b.evaluationPriceMinor   ? -1
               : a.evaluationPriceMinor > b.evaluationPriceMinor ? 1
                                                                 : 0;
    case TieBreak::HigherTechnicalScore: {
        const qint64 x = hundredths(a.technicalScore);
        const qint64 y = hundredths(b.technicalScore);
        return x > y ? -1 : x < y ? 1 : 0;
    }
    case TieBreak::EarlierReceipt:
        return a.receivedAt < b.receivedAt ? -1 : b.receivedAt < a.receivedAt ? 1 : 0;
    }
    return 0;
}

int compareByMethod(RankingMethod method, const RankInput& a, const RankInput& b)
{
    if (method == RankingMethod::LowestEvaluatedPrice)
        return compareBy(TieBreak::LowerEvaluationPrice, a, b);
    const qint64 x = hundredths(a.totalScore);
    const qint64 y = hundredths(b.totalScore);
    return x > y ? -1 : x < y ? 1 : 0;
}

int compare(RankingMethod method, const QList<TieBreak>& tieBreaks, const RankInput& a,
            const RankInput& b)
{
    if (const int c = compareByMethod(method, a, b))
        return c;
    for (TieBreak rule : tieBreaks)
        if (const int c = compareBy(rule, a, b))
            return c;
    return 0;
}

} // namespace

QList<Ranked> rank(QList<RankInput> bids, RankingMethod method, const QList<TieBreak>& tieBreaks)
{
    std::stable_sort(bids.begin(), bids.end(), [&](const RankInput& a, const RankInput& b) {
        return compare(method, tieBreaks, a, b) < 0;
    });
    QList<Ranked> out;
    for (qsizetype i = 0; i < bids.size(); ++i) {
        const bool tiesWithPrevious =
            i > 0 && compare(method, tieBreaks, bids.at(i - 1), bids.at(i)) == 0;
        out.append({bids.at(i).bidId, tiesWithPrevious ? out.constLast().rank : int(i + 1)});
    }
    return out;
}

} // namespace td::scoring
