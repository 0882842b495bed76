#pragma once

#include "bench/benchmarkrunner.h"

#include <QString>

namespace td {

// How many concurrent requests one replica of a bid's deployment sustains within the tender's
// SLOs, as a benchmark run shows it:
// - a sweep: its highest step that met the SLOs; when even its lowest step missed them, that
//   step's concurrency, marked as missed;
// - a fixed concurrency: that concurrency, marked as missed when the run missed the SLOs;
// - a Poisson rate: the mean number of requests in flight (Little's law: rate × mean
//   end-to-end latency, rounded up), marked likewise.
// A concurrency marked as missed is an upper bound on what one replica sustains, so replicas
// counted from it are a lower bound on those the peak needs.
struct SustainedConcurrency
{
    int concurrency = 0; // 0: the run shows none (no counted request)
    bool withinObjectives = false;
    QString source; // a sentence for people: which run and which step
};

SustainedConcurrency sustainedConcurrencyOf(const bench::BenchmarkResult& run);

} // namespace td
