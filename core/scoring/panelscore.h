#pragma once

#include <QList>

namespace td::scoring {

// A criterion's score from the panel: the mean of the evaluators' scores (MOF Order 87). With
// `dropExtremes` and at least five evaluators, one highest and one lowest score are left out
// first, as many tenders require. NaN for no score at all.
double panelScore(QList<double> evaluatorScores, bool dropExtremes);

// The fewest evaluators for which dropExtremes leaves out the highest and the lowest score.
constexpr int minimumEvaluatorsToDropExtremes = 5;

} // namespace td::scoring
