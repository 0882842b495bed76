#pragma once

#include "store/database.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QTabWidget;

namespace td {
class DatabaseWorker;
}

namespace td::ui {

class BenchmarksWorkspace;
class BidsWorkspace;
class DemoLoader;
class EvaluationWorkspace;
class MarketWorkspace;
class TendersWorkspace;

// The main window: one tab per workspace (Tenders, Bids, Evaluation, Benchmarks, Market), the
// database in the status bar, and the window layout remembered between sessions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    TendersWorkspace* tendersWorkspace() const { return m_tenders; }
    BenchmarksWorkspace* benchmarksWorkspace() const { return m_benchmarks; }
    BidsWorkspace* bidsWorkspace() const { return m_bids; }
    EvaluationWorkspace* evaluationWorkspace() const { return m_evaluation; }
    MarketWorkspace* marketWorkspace() const { return m_market; }
    QTabWidget* workspaces() const { return m_workspaces; }
    DemoLoader* demoLoader() const { return m_demoLoader; }

    // On first run (no tender yet), asks whether to load the demo market.
    void offerDemoIfEmpty();
    void loadDemo();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();
    // Moves the tenders whose publication or bid deadline has come (off the GUI thread).
    void advanceByClock();

    const Database& m_database;
    QTabWidget* m_workspaces;
    TendersWorkspace* m_tenders;
    BidsWorkspace* m_bids;
    EvaluationWorkspace* m_evaluation;
    BenchmarksWorkspace* m_benchmarks;
    MarketWorkspace* m_market;
    QLabel* m_databaseLabel;
    QLabel* m_countLabel;
    DemoLoader* m_demoLoader;
    bool m_demoOffered = false;
    QTimer m_clock;
    std::unique_ptr<DatabaseWorker> m_maintenance; // last: stops before the rest goes
};

} // namespace td::ui
