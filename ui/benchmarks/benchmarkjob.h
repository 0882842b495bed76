#pragma once

#include "bench/benchmarkrunner.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <optional>

class QThread;

namespace td::ui {

// What the live view needs of one finished request: small, so that a run of a thousand
// streams does not copy outputs and inter-token gaps across threads.
struct LiveSample
{
    double endS = 0;    // when it ended, in seconds since the job started (wall clock)
    double ttftMs = -1; // -1: no first token
    double e2eMs = -1;
    int outputTokens = 0;
    bool warmup = false;
    bool accuracy = false; // a request of the accuracy pass
    QString error;         // empty: it succeeded
};

// A batch of what happened since the last one.
struct LiveUpdate
{
    std::optional<bench::BenchmarkProgress> progress; // the newest
    QList<LiveSample> samples;
};

// One benchmark run on a thread of its own (BenchmarkRunner::run blocks), with a cancel flag.
// The runner reports every finished request on that thread; the job collects them and hands
// them to the GUI thread in batches, at most ten times a second, whatever the request rate.
// Destroying the job cancels the run and waits for it.
class BenchmarkJob : public QObject
{
    Q_OBJECT

public:
    explicit BenchmarkJob(bench::BenchmarkConfig config, QObject* parent = nullptr);
    ~BenchmarkJob() override;

    void start();
    // Asks the run to stop: requests in flight are dropped, the result says Cancelled.
    void cancel();
    // Cancels and blocks until the thread has ended; the result is then available.
    void cancelAndWait();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancel.load(); }
    const bench::BenchmarkConfig& config() const { return m_config; }
    // The result, once finished() was emitted or cancelAndWait() returned.
    const std::optional<bench::BenchmarkResult>& result() const { return m_result; }

Q_SIGNALS:
    void updated(const td::ui::LiveUpdate& update);
    void finished();

private:
    void onProgress(const bench::BenchmarkProgress& progress, const bench::RequestSample& sample);
    void flush();
    void onThreadFinished();

    bench::BenchmarkConfig m_config;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
    QTimer m_flushTimer;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_done = false;
    std::optional<bench::BenchmarkResult> m_result;
    QMutex m_mutex; // guards m_pending, written by the run's thread
    LiveUpdate m_pending;
};

} // namespace td::ui

Q_DECLARE_METATYPE(td::ui::LiveUpdate)
