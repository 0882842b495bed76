#include "liverunview.h"

#include "timeserieschart.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace td::ui {

LiveRunView::LiveRunView(QWidget* parent)
    : QWidget(parent)
    , m_phase(new QLabel(tr("No run yet in this session."), this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_latency(new TimeSeriesChart(this))
    , m_throughput(new TimeSeriesChart(this))
    , m_errors(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("liveRunView"));
    m_phase->setObjectName(QStringLiteral("livePhase"));
    m_progress->setObjectName(QStringLiteral("liveProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m"));
    m_progress->hide(); // until a run gives it something to count
    m_counts->setObjectName(QStringLiteral("liveCounts"));

    m_latency->setObjectName(QStringLiteral("latencyChart"));
    m_latency->setTitle(tr("Latency of each request"));
    m_latency->setXAxisTitle(tr("time since start (s)"));
    m_latency->setAxisTitle(TimeSeriesChart::Axis::Left, tr("ms"));
    m_latency->setEmptyText(tr("Each finished request appears here."));
    m_ttftSeries =
        m_latency->addSeries(tr("TTFT"), QColor(0x1f, 0x77, 0xb4), TimeSeriesChart::Style::Points);
    m_e2eSeries =
        m_latency->addSeries(tr("E2E"), QColor(0xff, 0x7f, 0x0e), TimeSeriesChart::Style::Points);

    m_throughput->setObjectName(QStringLiteral("throughputChart"));
    m_throughput->setTitle(tr("Throughput per second"));
    m_throughput->setXAxisTitle(tr("time since start (s)"));
    m_throughput->setAxisTitle(TimeSeriesChart::Axis::Left, tr("output tokens/s"));
    m_throughput->setAxisTitle(TimeSeriesChart::Axis::Right, tr("requests/s"));
    m_throughput->setEmptyText(tr("Throughput appears after the first full second."));
    m_tokensSeries = m_throughput->addSeries(tr("output tokens/s"), QColor(0x2c, 0xa0, 0x2c),
                                             TimeSeriesChart::Style::Line);
    m_requestsSeries =
        m_throughput->addSeries(tr("requests/s"), QColor(0x94, 0x67, 0xbd),
                                TimeSeriesChart::Style::Line, TimeSeriesChart::Axis::Right);

    m_errors->setObjectName(QStringLiteral("liveErrors"));
    m_errors->setRootIsDecorated(false);
    m_errors->setColumnCount(2);
    m_errors->setHeaderLabels({tr("Error"), tr("Requests")});
    m_errors->header()->setStretchLastSection(false);
    m_errors->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_errors->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_errors->setMaximumHeight(m_errors->fontMetrics().height() * 6);

    auto* header = new QHBoxLayout;
    header->addWidget(m_phase, 1);
    header->addWidget(m_progress, 1);
    header->addWidget(m_counts);
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("chartSplitter"));
    charts->addWidget(m_latency);
    charts->addWidget(m_throughput);
    charts->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(charts, 1);
    layout->addWidget(m_errors);
    m_errors->hide();
}

void LiveRunView::start(const bench::BenchmarkConfig& config)
{
    m_tokensPerSecond.clear();
    m_requestsPerSecond.clear();
    m_latestS = 0;
    m_finished = 0;
    m_failed = 0;
    m_errorCounts.clear();
    m_latency->clearPoints();
    m_throughput->clearPoints();
    m_errors->clear();
    m_errors->hide();
    m_phase->setText(tr("Starting: %1 on %2…").arg(config.loadLabel(), config.endpoint.model));
    m_progress->setRange(0, 0); // busy until the first request ends
    m_progress->show();
    m_counts->clear();
}

QString LiveRunView::phaseText(const bench::BenchmarkProgress& p) const
{
    switch (p.phase) {
    case bench::BenchmarkProgress::Phase::Warmup:
        return p.step > 0
                   ? tr("Warm-up of sweep step %1 at concurrency %2").arg(p.step).arg(p.concurrency)
                   : tr("Warm-up");
    case bench::BenchmarkProgress::Phase::Load:
        return p.step > 0 ? tr("Sweep step %1 at concurrency %2").arg(p.step).arg(p.concurrency)
                          : tr("Load");
    case bench::BenchmarkProgress::Phase::Accuracy:
        return tr("Accuracy");
    }
    return {};
}

void LiveRunView::apply(const LiveUpdate& update)
{
    if (update.progress) {
        const bench::BenchmarkProgress& p = *update.progress;
        m_phase->setText(phaseText(p));
        m_progress->setRange(0, std::max(1, p.total));
        m_progress->setValue(std::min(p.done, std::max(1, p.total)));
    }
    QList<QPointF> ttft;
    QList<QPointF> e2e;
    bool newErrors = false;
    for (const LiveSample& s : update.samples) {
        ++m_finished;
        m_latestS = std::max(m_latestS, s.endS);
        if (!s.error.isEmpty()) {
            ++m_failed;
            ++m_errorCounts[s.error];
            newErrors = true;
            continue;
        }
        if (s.accuracy)
            continue; // long answers to other prompts: not the load being measured
        if (s.ttftMs >= 0)
            ttft.append(QPointF(s.endS, s.ttftMs));
        if (s.e2eMs >= 0)
            e2e.append(QPointF(s.endS, s.e2eMs));
        addToBins(s);
    }
    m_latency->appendPoints(m_ttftSeries, ttft);
    m_latency->appendPoints(m_e2eSeries, e2e);
    updateThroughput(false);
    if (newErrors)
        updateErrors();
    m_counts->setText(tr("%1 finished, %2 failed")
                          .arg(QLocale().toString(m_finished), QLocale().toString(m_failed)));
}

void LiveRunView::finish(const QString& outcome)
{
    m_phase->setText(outcome);
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    updateThroughput(true);
}

void LiveRunView::showStored(const bench::BenchmarkResult& run, const QString& outcome)
{
    start(run.config);
    // Each load of a sweep timed its requests from its own start: the steps are laid end to
    // end, as they ran.
    LiveUpdate update;
    double stepOffsetS = 0;
    double stepEndS = 0;
    int phase = run.samples.isEmpty() ? 0 : run.samples.constFirst().phase;
    for (const bench::RequestSample& sample : run.samples) {
        if (sample.phase != phase) {
            phase = sample.phase;
            stepOffsetS = stepEndS;
        }
        LiveSample live;
        live.endS = stepOffsetS + double(sample.startUs + std::max<qint64>(0, sample.e2eUs)) / 1e6;
        stepEndS = std::max(stepEndS, live.endS);
        if (sample.ttftUs >= 0)
            live.ttftMs = double(sample.ttftUs) / 1000.0;
        if (sample.e2eUs >= 0)
            live.e2eMs = double(sample.e2eUs) / 1000.0;
        live.outputTokens = std::max(0, sample.outputTokens);
        live.warmup = sample.warmup;
        live.error = sample.error;
        update.samples.append(live);
    }
    std::sort(update.samples.begin(), update.samples.end(),
              [](const LiveSample& a, const LiveSample& b) { return a.endS < b.endS; });
    apply(update);
    finish(outcome);
    m_progress->hide();
}

// Spreads a request's output tokens evenly over the time it streamed them, so that a second's
// throughput counts what was generated in that second, not what happened to end in it.
void LiveRunView::addToBins(const LiveSample& s)
{
    const auto grow = [this](int bins) {
        while (m_tokensPerSecond.size() < bins) {
            m_tokensPerSecond.append(0);
            m_requestsPerSecond.append(0);
        }
    };
    const int endBin = int(std::floor(s.endS));
    grow(endBin + 1);
    m_requestsPerSecond[endBin] += 1;
    if (s.outputTokens <= 0 || s.e2eMs < 0)
        return;
    const double end = s.endS;
    const double first = std::clamp(end - (s.e2eMs - std::max(0.0, s.ttftMs)) / 1000.0, 0.0, end);
    const double span = end - first;
    if (span <= 0) {
        m_tokensPerSecond[endBin] += s.outputTokens;
        return;
    }
    for (int bin = int(std::floor(first)); bin <= endBin; ++bin) {
        const double overlap = std::min(end, bin + 1.0) - std::max(first, double(bin));
        if (overlap > 0)
            m_tokensPerSecond[bin] += s.outputTokens * overlap / span;
    }
}

void LiveRunView::updateThroughput(bool includePartialSecond)
{
    // The current second is still filling: drawing it would show a dip that is not there.
    const int complete = includePartialSecond
                             ? int(m_tokensPerSecond.size())
                             : std::min(int(m_tokensPerSecond.size()), int(std::floor(m_latestS)));
    QList<QPointF> tokens;
    QList<QPointF> requests;
    for (int bin = 0; bin < complete; ++bin) {
        tokens.append(QPointF(bin + 0.5, m_tokensPerSecond.at(bin)));
        requests.append(QPointF(bin + 0.5, m_requestsPerSecond.at(bin)));
    }
    m_throughput->setPoints(m_tokensSeries, tokens);
    m_throughput->setPoints(m_requestsSeries, requests);
}

void LiveRunView::updateErrors()
{
    QList<std::pair<QString, int>> byCount;
    for (auto it = m_errorCounts.cbegin(); it != m_errorCounts.cend(); ++it)
        byCount.append({it.key(), it.value()});
    std::stable_sort(byCount.begin(), byCount.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    m_errors->clear();
    for (const auto& [message, count] : std::as_const(byCount)) {
        auto* item = new QTreeWidgetItem(m_errors, {message, QLocale().toString(count)});
        item->setToolTip(0, message);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_errors->setVisible(!m_errorCounts.isEmpty());
}

} // namespace td::ui
