#include "poissonarrivals.h"

#include <algorithm>

namespace td::bench {

PoissonArrivals::PoissonArrivals(double ratePerS, quint64 seed)
    : m_random(seed)
    // A rate of zero would never send anything; the plan's check refuses it before this.
    , m_gap(std::max(ratePerS, 1e-9))
{}

std::chrono::nanoseconds PoissonArrivals::nextGap()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::duration<double>(m_gap(m_random)));
}

} // namespace td::bench
