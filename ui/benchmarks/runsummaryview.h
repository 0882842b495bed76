#pragma once

#include "bench/benchmarkrunner.h"

#include <QTextBrowser>

namespace td::ui {

// One stored run in full: how it ended, what it was asked to do, the latency distributions
// (TTFB, TTFT, TPOT, ITL, E2E, per-request output tokens/s at p50 p90 p95 p99 and mean), the
// throughput, error rate, goodput and share within the objectives, the steps of a sweep, the
// accuracy overall and per language, and the errors.
class RunSummaryView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RunSummaryView(QWidget* parent = nullptr);

    void showNothingSelected(bool anyRuns);
    void showLoading();
    void showError(const QString& message);
    void showRun(const bench::BenchmarkResult& run);

    static QString html(const bench::BenchmarkResult& run);

private:
    void showMessage(const QString& text);
};

} // namespace td::ui
