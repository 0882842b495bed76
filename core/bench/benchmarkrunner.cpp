#include "benchmarkrunner.h"

#include "codesandbox.h"
#include "domain/error.h"
#include "exchange/benchmarksuite.h"
#include "loadprompts.h"
#include "streamdriver.h"
#include "sweepsearch.h"

namespace td::bench {

namespace {

// Enough requests per sweep step to see the steady state at that concurrency.
int stepRequests(const BenchmarkConfig& config, int concurrency)
{
    return std::max(config.requests, 2 * concurrency);
}

class Run
{
public:
    Run(const BenchmarkConfig& config, const std::atomic<bool>& cancel,
        const BenchmarkRunner::ProgressHandler& onProgress)
        : m_config(config)
        , m_cancel(cancel)
        , m_onProgress(onProgress)
        , m_driver(config.endpoint)
    {}

    void execute(BenchmarkResult& result)
    {
        if (!m_config.suite.isEmpty())
            m_suite = parseSuite(benchmarkSuiteJson(m_config.suite));
        if (m_config.shape == LoadShape::Sweep)
            sweep(result);
        else
            single(result);
        if (cancelled())
            return;
        if (m_suite && m_config.accuracy)
            accuracy(result);
    }

    bool cancelled() const { return m_cancel.load(); }

private:
    // Runs one load and appends its samples, tagged with `step`, to the result.
    LoadSummary load(BenchmarkResult& result, LoadPlan plan, int step)
    {
        const QList<QByteArray> bodies =
            loadBodies(m_config, m_suite, plan.warmup + plan.requests, m_config.seed + step);
        BenchmarkProgress progress;
        progress.step = step;
        progress.concurrency = plan.concurrency;
        int warmupDone = 0;
        int done = 0;
        QList<RequestSample> samples =
            m_driver.run(plan, bodies, m_cancel, [&](const RequestSample& sample) {
                if (sample.warmup) {
                    progress.phase = BenchmarkProgress::Phase::Warmup;
                    progress.done = ++warmupDone;
                    progress.total = plan.warmup;
                } else {
                    progress.phase = BenchmarkProgress::Phase::Load;
                    progress.done = ++done;
                    progress.total = plan.requests;
                }
                if (m_onProgress)
                    m_onProgress(progress, sample);
            });
        for (RequestSample& sample : samples) {
            sample.phase = step;
            sample.output.clear(); // load outputs are not scored; only accuracy keeps text
        }
        const LoadSummary summary = summarize(samples, m_config.objectives);
        result.samples += samples;
        return summary;
    }

    LoadPlan planFor(int concurrency) const
    {
        LoadPlan plan;
        plan.kind = LoadPlan::Kind::Concurrency;
        plan.concurrency = concurrency;
        plan.requests = m_config.requests;
        plan.warmup = m_config.warmup;
        plan.seed = m_config.seed;
        return plan;
    }

    void single(BenchmarkResult& result)
    {
        LoadPlan plan = planFor(m_config.concurrency);
        if (m_config.shape == LoadShape::Rate) {
            plan.kind = LoadPlan::Kind::Rate;
            plan.ratePerS = m_config.ratePerS;
            // Warm-up of an open-loop run: a few requests in flight at once.
            plan.concurrency = std::max(1, std::min(m_config.warmup, 8));
        }
        result.load = load(result, plan, 0);
    }

    // Every level the search tries is a step of the result, kept with its samples.
    void sweep(BenchmarkResult& result)
    {
        const auto tryLevel = [&](int concurrency) {
            LoadPlan plan = planFor(concurrency);
            plan.requests = stepRequests(m_config, concurrency);
            const int step = int(result.sweep.size()) + 1;
            SweepStep s;
            s.concurrency = concurrency;
            s.summary = load(result, plan, step);
            s.meetsObjectives = meetsObjectives(s.summary, m_config.objectives);
            result.sweep.append(s);
            if (s.meetsObjectives &&
                (result.sweepBest < 0 || concurrency > result.sweep[result.sweepBest].concurrency))
                result.sweepBest = int(result.sweep.size()) - 1;
            return s.meetsObjectives;
        };
        sweepSearch(m_config.sweepMaxConcurrency, tryLevel, [this] { return cancelled(); });
        if (result.sweepBest >= 0)
            result.load = result.sweep[result.sweepBest].summary;
        else if (!result.sweep.isEmpty())
            result.load = result.sweep.first().summary;
    }

    void accuracy(BenchmarkResult& result)
    {
        std::optional<CodeSandbox> sandbox;
        if (m_suite->scoring == Scoring::CodeTests) {
            sandbox = CodeSandbox::find(&result.accuracyNote);
        }
        LoadPlan plan;
        plan.kind = LoadPlan::Kind::Concurrency;
        plan.concurrency = std::max(1, m_config.accuracyConcurrency);
        plan.requests = int(m_suite->items.size());
        BenchmarkProgress progress;
        progress.phase = BenchmarkProgress::Phase::Accuracy;
        progress.total = plan.requests;
        const QList<RequestSample> samples = m_driver.run(
            plan, accuracyBodies(m_config, *m_suite), m_cancel, [&](const RequestSample& sample) {
                ++progress.done;
                if (m_onProgress)
                    m_onProgress(progress, sample);
            });
        if (cancelled())
            return;
        const SandboxLimits limits;
        for (const RequestSample& sample : samples) {
            const SuiteItem& item = m_suite->items[sample.seq];
            if (!sample.ok()) {
                ItemScore score;
                score.itemId = item.id;
                score.language = item.language;
                score.outcome = ItemOutcome::Error;
                score.detail = sample.error;
                result.accuracyItems.append(score);
                continue;
            }
            result.accuracyItems.append(scoreItem(*m_suite, item, sample.output,
                                                  sandbox ? &*sandbox : nullptr, limits,
                                                  result.accuracyNote));
        }
        result.accuracy = summarize(result.accuracyItems);
    }

    const BenchmarkConfig& m_config;
    const std::atomic<bool>& m_cancel;
    const BenchmarkRunner::ProgressHandler& m_onProgress;
    StreamDriver m_driver;
    std::optional<Suite> m_suite;
};

} // namespace

QString runStatusCode(RunStatus status)
{
    switch (status) {
    case RunStatus::Completed:
        return QStringLiteral("completed");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<RunStatus> runStatusFromCode(const QString& code)
{
    for (RunStatus status : {RunStatus::Completed, RunStatus::Cancelled, RunStatus::Failed})
        if (runStatusCode(status) == code)
            return status;
    return std::nullopt;
}

std::optional<double> BenchmarkResult::servingThroughput() const
{
    if (status != RunStatus::Completed || load.outputTokensPerS <= 0)
        return std::nullopt;
    if (config.shape == LoadShape::Sweep)
        return sweepBest >= 0 ? std::optional(load.outputTokensPerS) : std::nullopt;
    if (!meetsObjectives(load, config.objectives))
        return std::nullopt;
    return load.outputTokensPerS;
}

BenchmarkResult BenchmarkRunner::run(const BenchmarkConfig& config, const std::atomic<bool>& cancel,
                                     const ProgressHandler& onProgress)
{
    BenchmarkResult result;
    result.config = config;
    result.startedAt = QDateTime::currentDateTimeUtc();
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        result.status = RunStatus::Failed;
        result.failure = problem;
    } else {
        try {
            Run run(config, cancel, onProgress);
            run.execute(result);
            if (run.cancelled())
                result.status = RunStatus::Cancelled;
        } catch (const Error& e) {
            result.status = RunStatus::Failed;
            result.failure = e.message();
        }
    }
    result.finishedAt = QDateTime::currentDateTimeUtc();
    return result;
}

} // namespace td::bench
