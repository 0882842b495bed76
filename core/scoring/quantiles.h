#pragma once

#include <QList>

namespace td::scoring {

// The p-quantile (0 <= p <= 1) of `values` by Hyndman and Fan's type 8 (median-unbiased; R's
// quantile(type = 8), not numpy's default type 7), as cardinal-rs computes its thresholds.
// `values` need not be sorted; an empty list gives NaN.
double quantileType8(QList<double> values, double p);

} // namespace td::scoring
