#include "benchmarkjob.h"

#include <QMutexLocker>
#include <QThread>

namespace td::ui {

namespace {

// Ten updates a second keep the charts live without flooding the GUI thread's queue.
constexpr int flushIntervalMs = 100;

} // namespace

BenchmarkJob::BenchmarkJob(bench::BenchmarkConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BenchmarkJob::flush);
}

BenchmarkJob::~BenchmarkJob()
{
    cancelAndWait();
}

void BenchmarkJob::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_clock.start();
    m_thread = QThread::create([this] {
        bench::BenchmarkResult result = bench::BenchmarkRunner::run(
            m_config, m_cancel,
            [this](const bench::BenchmarkProgress& progress, const bench::RequestSample& sample) {
                onProgress(progress, sample);
            });
        // Read by the GUI thread only after this thread has ended.
        m_result = std::move(result);
    });
    m_thread->setObjectName(QStringLiteral("benchmark"));
    connect(m_thread, &QThread::finished, this, &BenchmarkJob::onThreadFinished);
    m_flushTimer.start();
    m_thread->start();
}

void BenchmarkJob::cancel()
{
    m_cancel.store(true);
}

void BenchmarkJob::cancelAndWait()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    m_flushTimer.stop();
    m_running = false;
    m_done = true;
    delete m_thread;
    m_thread = nullptr;
}

void BenchmarkJob::onProgress(const bench::BenchmarkProgress& progress,
                              const bench::RequestSample& sample)
{
    LiveSample live;
    live.endS = double(m_clock.nsecsElapsed()) / 1e9;
    if (sample.ttftUs >= 0)
        live.ttftMs = double(sample.ttftUs) / 1000.0;
    if (sample.e2eUs >= 0)
        live.e2eMs = double(sample.e2eUs) / 1000.0;
    live.outputTokens = std::max(0, sample.outputTokens);
    live.warmup = sample.warmup;
    live.accuracy = progress.phase == bench::BenchmarkProgress::Phase::Accuracy;
    live.error = sample.error;
    const QMutexLocker lock(&m_mutex);
    m_pending.progress = progress;
    m_pending.samples.append(std::move(live));
}

void BenchmarkJob::flush()
{
    LiveUpdate update;
    {
        const QMutexLocker lock(&m_mutex);
        std::swap(update, m_pending);
    }
    if (update.progress || !update.samples.isEmpty())
        Q_EMIT updated(update);
}

void BenchmarkJob::onThreadFinished()
{
    if (m_done)
        return; // cancelAndWait() got there first
    m_thread->wait();
    m_flushTimer.stop();
    flush();
    m_running = false;
    m_done = true;
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished();
}

} // namespace td::ui
