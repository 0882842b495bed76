#pragma once

#include "accuracyscore.h"
#include "benchmarkconfig.h"
#include "requestsample.h"

#include <QDateTime>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>

namespace td::bench {

struct SweepStep
{
    int concurrency = 0;
    LoadSummary summary;
    bool meetsObjectives = false;
};

enum class RunStatus
{
    Completed,
    Cancelled,
    Failed
};
QString runStatusCode(RunStatus status); // "completed", "cancelled", "failed" (stored)
std::optional<RunStatus> runStatusFromCode(const QString& code);

struct BenchmarkResult
{
    qint64 id = 0; // once stored
    BenchmarkConfig config;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunStatus status = RunStatus::Completed;
    QString failure;
    QList<RequestSample> samples; // every request of the load phases, warm-up included
    LoadSummary load;             // what counts: the run's load, or the sweep's best step
    QList<SweepStep> sweep;
    int sweepBest = -1; // index into sweep of the highest load that meets the objectives
    QList<ItemScore> accuracyItems;
    std::optional<AccuracySummary> accuracy;
    QString accuracyNote; // why code items were not scored, when they were not

    // The throughput that the cost-to-serve uses: the output tokens/s of the load that counts,
    // when it met the objectives (or the tender set none).
    std::optional<double> servingThroughput() const;
};

struct BenchmarkProgress
{
    enum class Phase
    {
        Warmup,
        Load,
        Accuracy
    };
    Phase phase = Phase::Load;
    int step = 0; // sweep step, 0 otherwise
    int concurrency = 0;
    int done = 0; // requests ended in this phase
    int total = 0;
};

// Runs a whole benchmark in the calling thread: warm-up, the load (or the sweep's steps), then
// one pass over the suite's items for accuracy. Never throws for what the server does: every
// failure of a request is a recorded sample error; a run that cannot start at all (no suite of
// that name, a bad URL) ends Failed with the reason.
class BenchmarkRunner
{
public:
    using ProgressHandler =
        std::function<void(const BenchmarkProgress&, const RequestSample& lastSample)>;

    static BenchmarkResult run(const BenchmarkConfig& config, const std::atomic<bool>& cancel,
                               const ProgressHandler& onProgress = {});
};

} // namespace td::bench
