#include "sustainedconcurrency.h"

#include <QCoreApplication>

#include <cmath>

namespace td {
namespace {

// lupdate files the tr() calls of this namespace under "td".
QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

} // namespace

SustainedConcurrency sustainedConcurrencyOf(const bench::BenchmarkResult& run)
{
    SustainedConcurrency s;
    switch (run.config.shape) {
    case bench::LoadShape::Sweep:
        if (run.sweepBest >= 0 && run.sweepBest < run.sweep.size()) {
            s.concurrency = run.sweep.at(run.sweepBest).concurrency;
            s.withinObjectives = true;
            s.source =
                tr("benchmark run %1: the sweep's highest concurrency within the SLOs").arg(run.id);
        } else if (!run.sweep.isEmpty()) {
            s.concurrency = run.sweep.constFirst().concurrency;
            s.source = tr("benchmark run %1: even the sweep's lowest concurrency missed the SLOs")
                           .arg(run.id);
        }
        return s;
    case bench::LoadShape::Concurrency:
        s.concurrency = run.config.concurrency;
        break;
    case bench::LoadShape::Rate: {
        const double inFlight = run.load.requestsPerS * run.load.e2eMs.mean / 1000.0;
        s.concurrency = inFlight > 0 && std::isfinite(inFlight) ? int(std::ceil(inFlight)) : 0;
        break;
    }
    }
    s.withinObjectives = bench::meetsObjectives(run.load, run.config.objectives);
    if (run.config.shape == bench::LoadShape::Concurrency)
        s.source =
            s.withinObjectives
                ? tr("benchmark run %1: its fixed concurrency, within the SLOs").arg(run.id)
                : tr("benchmark run %1: its fixed concurrency, which missed the SLOs").arg(run.id);
    else
        s.source = s.withinObjectives
                       ? tr("benchmark run %1: requests in flight at its rate (rate × mean "
                            "end-to-end latency), within the SLOs")
                             .arg(run.id)
                       : tr("benchmark run %1: requests in flight at its rate (rate × mean "
                            "end-to-end latency), which missed the SLOs")
                             .arg(run.id);
    return s;
}

} // namespace td
