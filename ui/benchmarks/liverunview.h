#pragma once

#include "benchmarkjob.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace td::ui {

class TimeSeriesChart;

// A run as it happens: the phase and how far it is, latency of each finished request and
// throughput per second as charts, and the errors so far with their counts. It keeps showing
// the last run after it ends, until the next one starts.
class LiveRunView : public QWidget
{
    Q_OBJECT

public:
    explicit LiveRunView(QWidget* parent = nullptr);

    // Clears everything for a new run.
    void start(const bench::BenchmarkConfig& config);
    void apply(const LiveUpdate& update);
    // The run has ended: the last partial second counts, the phase says how it ended.
    void finish(const QString& outcome);
    // A stored run, drawn from its samples as it would have been drawn live; `outcome` is what
    // the phase line says.
    void showStored(const bench::BenchmarkResult& run, const QString& outcome);

    TimeSeriesChart* latencyChart() const { return m_latency; }
    TimeSeriesChart* throughputChart() const { return m_throughput; }
    QTreeWidget* errorList() const { return m_errors; }
    int finishedRequests() const { return m_finished; }

private:
    void addToBins(const LiveSample& sample);
    void updateThroughput(bool includePartialSecond);
    void updateErrors();
    QString phaseText(const bench::BenchmarkProgress& progress) const;

    QLabel* m_phase;
    QProgressBar* m_progress;
    QLabel* m_counts;
    TimeSeriesChart* m_latency;
    TimeSeriesChart* m_throughput;
    QTreeWidget* m_errors;
    int m_ttftSeries = 0;
    int m_e2eSeries = 0;
    int m_tokensSeries = 0;
    int m_requestsSeries = 0;
    QList<double> m_tokensPerSecond; // output tokens streamed during each second of the run
    QList<double> m_requestsPerSecond;
    double m_latestS = 0;
    int m_finished = 0;
    int m_failed = 0;
    QMap<QString, int> m_errorCounts;
};

} // namespace td::ui
