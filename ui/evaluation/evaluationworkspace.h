#pragma once

#include "reportexport.h"
#include "scoring/evaluationsettings.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolBar;

namespace td {
class Database;
class DatabaseWorker;
} // namespace td

namespace td::ui {

class AwardPage;
class BackgroundTask;
class CompliancePage;
class EvaluableTenderModel;
class EvaluationSession;
class LowPricePage;
class PanelPage;
class RankingPage;

// The Evaluation workspace: the tenders whose bids were opened on the left (searchable, the
// last one chosen remembered); on the right the evaluation of the one chosen, page by page as
// the panel works through it: compliance, the panel and its sheets, the abnormally low prices,
// the ranking with every number explained, and the award. The tender's evaluation settings,
// scoring and the evaluation report are actions of the workspace.
class EvaluationWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationWorkspace(const Database& database, QWidget* parent = nullptr);
    ~EvaluationWorkspace() override;

    // Reads the list of tenders again, and the evaluation shown.
    void reload();
    // Shows tender `reference` once the list has it.
    void selectTender(const QString& reference);
    // The core's report writer, for "Export evaluation report…".
    void setReportSource(ReportExport::Source source);

    EvaluationSession* session() const { return m_session; }
    EvaluableTenderModel* tenderModel() const { return m_model; }
    QListView* tenderList() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }
    QStackedWidget* stack() const { return m_stack; }
    QLabel* emptyState() const { return m_empty; }
    QTabWidget* pages() const { return m_pages; }
    CompliancePage* compliancePage() const { return m_compliance; }
    PanelPage* panelPage() const { return m_panel; }
    LowPricePage* lowPricePage() const { return m_lowPrice; }
    RankingPage* rankingPage() const { return m_ranking; }
    AwardPage* awardPage() const { return m_award; }
    QAction* settingsAction() const { return m_settings; }
    QAction* scoreAction() const { return m_score; }
    QAction* reportAction() const { return m_report; }
    QAction* rescoreAction() const { return m_rescore; }
    QList<QAction*> workspaceActions() const;
    bool isBusy() const;

    // The steps behind the actions, after their dialogs: for the actions and for tests.
    void score();
    void saveSettings(const scoring::EvaluationSettings& settings);
    void exportReport(const QString& outPath, DocumentLanguage language);
    // Scores every opened tender of the database again, behind a progress dialog with Cancel.
    void rescoreAll();

    void editSettings();
    void chooseAndExportReport();
    void askAndRescoreAll();

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    void tendersLoaded();
    void reportSaved(const QString& path);
    // Every tender was scored again: the summary in a sentence.
    void rescored(const QString& summary);
    // A sentence for the status bar.
    void message(const QString& text);

private:
    void loadTenders();
    void showCurrent();
    void showEvaluation();
    void showUnavailable(const QString& message);
    void updateActions();

    const Database& m_database;
    EvaluationSession* m_session;
    ReportExport* m_export;
    EvaluableTenderModel* m_model;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QListView* m_list;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QWidget* m_evaluationView;
    QLabel* m_heading;
    QLabel* m_summary;
    QTabWidget* m_pages;
    CompliancePage* m_compliance;
    PanelPage* m_panel;
    LowPricePage* m_lowPrice;
    RankingPage* m_ranking;
    AwardPage* m_award;
    QToolBar* m_toolBar;
    QAction* m_settings;
    QAction* m_score;
    QAction* m_report;
    QAction* m_rescore;
    BackgroundTask* m_task;
    QString m_wanted; // the reference to select once the list has it
    int m_listGeneration = 0;
};

} // namespace td::ui
