#pragma once

#include "analytics/marketreport.h"
#include "analytics/reporttable.h"
#include "marketsource.h"
#include "store/database.h"

#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace td {
class DatabaseWorker;
}

namespace td::ui {

class DrillTendersModel;
class MarketFilterBar;
class ReportView;

// The Market workspace: the market report's sections as dashboards (each section's chart and a
// compact table) under a filter bar, the tenders behind a clicked bar or point beside them, and
// the report's export. The figures are built on a database worker; the GUI thread only shows
// them.
class MarketWorkspace : public QWidget
{
    Q_OBJECT

public:
    MarketWorkspace(const Database& database, MarketSource source, QWidget* parent = nullptr);
    ~MarketWorkspace() override;

    MarketFilterBar* filterBar() const { return m_filterBar; }
    ReportView* dashboard() const { return m_dashboard; }
    QTableView* drillTable() const { return m_drillTable; }
    DrillTendersModel* drillModel() const { return m_drillModel; }
    QAction* exportAction() const { return m_exportAction; }
    QStackedWidget* pages() const { return m_pages; }
    QLabel* messageLabel() const { return m_message; }
    // The report the dashboards show, once built.
    const analytics::Report& report() const { return m_report; }
    bool isBusy() const { return m_busy; }

    // Reads the filter choices and the figures again (the database changed).
    void reload();
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);
    void exportReport();

Q_SIGNALS:
    // A tender listed beside the dashboards was double-clicked.
    void openTenderRequested(qint64 tenderId);
    void loadDemoRequested();
    // The dashboards show the figures for the current filters (tests wait for it).
    void dashboardShown();
    void drillShown();

private:
    void refresh();
    void showReport(const analytics::Report& report);
    void showMessage(const QString& message);
    void drill(const QString& section, const QString& drillKey, const QString& label = {});
    void setBusy(bool busy);
    void saveFilters() const;
    QString reportLanguage() const;

    const Database& m_database;
    MarketSource m_source;
    MarketFilterBar* m_filterBar;
    QPushButton* m_exportButton;
    QAction* m_exportAction;
    QProgressBar* m_busyBar;
    QStackedWidget* m_pages;
    QSplitter* m_splitter;
    ReportView* m_dashboard;
    QLabel* m_drillTitle;
    QTableView* m_drillTable;
    DrillTendersModel* m_drillModel;
    QLabel* m_message;
    QWidget* m_emptyPage;
    QTimer m_debounce;
    analytics::Report m_report;
    analytics::MarketFilter m_reportFilter; // the filter m_report was built with
    quint64 m_generation = 0;
    quint64 m_drillGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelBuild;
    bool m_busy = false;
    bool m_empty = false;
    std::unique_ptr<DatabaseWorker> m_worker; // last: stops before the widgets go
};

} // namespace td::ui
