#include "panelscore.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace td::scoring {

double panelScore(QList<double> evaluatorScores, bool dropExtremes)
{
    if (evaluatorScores.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    if (dropExtremes && evaluatorScores.size() >= minimumEvaluatorsToDropExtremes) {
        std::sort(evaluatorScores.begin(), evaluatorScores.end());
        evaluatorScores.removeFirst();
        evaluatorScores.removeLast();
    }
    return std::accumulate(evaluatorScores.cbegin(), evaluatorScores.cend(), 0.0) /
           double(evaluatorScores.size());
}

} // namespace td::scoring
