#pragma once

#include <QtGlobal>

#include <chrono>
#include <random>

namespace td::bench {

// The arrival times of an open-loop load: a Poisson process of `ratePerS` requests a second,
// whose gaps are exponentially distributed with mean 1 / rate. The same seed gives the same
// schedule, so a run can be repeated and a test can work out when each request was due.
class PoissonArrivals
{
public:
    PoissonArrivals(double ratePerS, quint64 seed);

    // The time from the previous arrival to the next one.
    std::chrono::nanoseconds nextGap();

private:
    std::mt19937_64 m_random;
    std::exponential_distribution<double> m_gap;
};

} // namespace td::bench
