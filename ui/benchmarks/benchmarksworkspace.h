#pragma once

#include "bench/benchmarkrunner.h"
#include "store/database.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace td {
class DatabaseWorker;
}

namespace td::ui {

class BenchmarkForm;
class BenchmarkJob;
class BenchmarkRunListModel;
class CostPanel;
class LiveRunView;
class RunSummaryView;

// The Benchmarks workspace: the buyer points TenderDesk at a vendor's OpenAI-compatible
// deployment, runs the tender's suite under a load shape and watches it live; the stored runs
// are listed on the left, and the selected one is shown with the cost-to-serve of its bid.
class BenchmarksWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit BenchmarksWorkspace(const Database& database, QWidget* parent = nullptr);
    // Cancels a run still going, waits for it and stores it as cancelled.
    ~BenchmarksWorkspace() override;

    QList<QAction*> actions() const;
    BenchmarkForm* form() const { return m_form; }
    BenchmarkRunListModel* runModel() const { return m_model; }
    QTableView* runTable() const { return m_table; }
    LiveRunView* liveView() const { return m_live; }
    RunSummaryView* summaryView() const { return m_summary; }
    CostPanel* costPanel() const { return m_cost; }
    QLabel* emptyLabel() const { return m_emptyLabel; }
    QLabel* statusLine() const { return m_statusLine; }
    bool isRunning() const;
    // The run shown in the summary, once loaded.
    const std::optional<bench::BenchmarkResult>& shownRun() const { return m_shown; }

    void run();
    void cancel();
    // Cancels a run still going and waits until it has ended and is stored (the window closes).
    void stopRun();
    void reload();
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

protected:
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    // A run ended and was stored under this id.
    void runStored(qint64 runId);

private:
    void buildActions();
    QWidget* buildRunList();
    void loadRuns(qint64 selectRunId = 0);
    void showSelected();
    void showRun(qint64 runId);
    void updateEmptyState();
    void updateActions();
    void setStatus(const QString& text);
    void runFinished();
    void store(std::shared_ptr<bench::BenchmarkResult> result);
    void openAcceleratorCatalog();

    const Database& m_database;
    BenchmarkRunListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QStackedWidget* m_listStack;
    QLabel* m_emptyLabel;
    QCheckBox* m_thisBidOnly;
    BenchmarkForm* m_form;
    LiveRunView* m_live;
    RunSummaryView* m_summary;
    CostPanel* m_cost;
    QLabel* m_statusLine;
    QSplitter* m_mainSplitter;
    QSplitter* m_rightSplitter;
    QSplitter* m_resultSplitter;
    QAction* m_run;
    QAction* m_cancel;
    QAction* m_refresh;
    QAction* m_catalog;
    QPointer<BenchmarkJob> m_job;
    std::optional<bench::BenchmarkResult> m_shown;
    qint64 m_wantedRunId = 0;
    quint64 m_listGeneration = 0;
    bool m_layoutRestored = false; // the user's splitter sizes, or the first sizes, are set
    // Last: stops (after storing what was queued) before the widgets go.
    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace td::ui
