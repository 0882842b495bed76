#include "quantiles.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td::scoring {

double quantileType8(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const double n = double(values.size());
    // Type 8: h = (n + 1/3) p + 1/3, on 1-based positions; below the first or above the last
    // position the extreme value is taken.
    const double h = (n + 1.0 / 3.0) * p + 1.0 / 3.0;
    if (h <= 1)
        return values.constFirst();
    if (h >= n)
        return values.constLast();
    const qsizetype below = qsizetype(std::floor(h)); // 1-based
    const double fraction = h - double(below);
    return values.at(below - 1) + fraction * (values.at(below) - values.at(below - 1));
}

} // namespace td::scoring
