#pragma once

#include "domain/tender.h"
#include "store/database.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace td {
class DatabaseWorker;
class TenderListModel;
} // namespace td

namespace td::ui {

class TenderActions;
class TenderDetailView;
class TenderFilterBar;

// The Tenders workspace: every tender of the database, searchable, filterable and sortable by
// any column, with the selected tender's detail beside the list.
class TendersWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit TendersWorkspace(const Database& database, QWidget* parent = nullptr);
    ~TendersWorkspace() override;

    TenderListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    TenderFilterBar* filterBar() const { return m_filterBar; }
    TenderDetailView* detailView() const { return m_detail; }
    TenderActions* actions() const { return m_actions; }
    // The tender shown in the detail pane, once loaded.
    const std::optional<Tender>& currentTender() const { return m_current; }

    // Reads everything again, after the database changed (demo loaded).
    void reload();
    void focusSearch();
    // Shows the tender in the detail pane, whatever the list's filter (the Market workspace's
    // tenders behind a chart open here).
    void openTender(qint64 id);
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadDemoRequested();

private:
    void loadFilterOptions();
    void showSelected();
    void showTender(qint64 id);
    void tenderChanged(qint64 id);
    void updateEmptyState();

    const Database& m_database;
    TenderFilterBar* m_filterBar;
    TenderListModel* m_model;
    QTableView* m_table;
    TenderDetailView* m_detail;
    QSplitter* m_splitter;
    QStackedWidget* m_listStack;
    QLabel* m_emptyLabel;
    QPushButton* m_emptyDemoButton;
    TenderActions* m_actions;
    std::optional<Tender> m_current;
    qint64 m_keepShownAfterReset = 0; // a tender just changed: show it again after the reload
    qint64 m_shownTenderId = 0;
    qint64 m_wantedTenderId = 0;
    bool m_databaseEmpty = false;
    QHash<QString, bool> m_isDomestic;
    std::unique_ptr<DatabaseWorker> m_worker; // last: stops before the widgets go
};

} // namespace td::ui
