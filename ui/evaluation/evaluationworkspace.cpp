#include "evaluationworkspace.h"

#include "awardpage.h"
#include "bids/backgroundtask.h"
#include "common/actor.h"
#include "compliancepage.h"
#include "evaluabletendermodel.h"
#include "evaluation/evaluabletenders.h"
#include "evaluation/evaluationreport.h"
#include "evaluation/rescore.h"
#include "evaluationsession.h"
#include "evaluationsettingsdialog.h"
#include "lowpricepage.h"
#include "panelpage.h"
#include "rankingmodel.h"
#include "rankingpage.h"
#include "store/databaseworker.h"

#include <QAction>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace td::ui {

namespace {
constexpr quint32 stateVersion = 1;
// The tender chosen last, shown again at the next start.
const QString tenderKey = QStringLiteral("evaluation/tender");
} // namespace

EvaluationWorkspace::EvaluationWorkspace(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(new EvaluationSession(database, this))
    , m_export(new ReportExport(m_session->worker(), this))
    , m_model(new EvaluableTenderModel(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_list(new QListView(this))
    , m_splitter(new QSplitter(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_evaluationView(new QWidget(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_pages(new QTabWidget(this))
    , m_compliance(new CompliancePage(*m_session, this))
    , m_panel(new PanelPage(*m_session, this))
    , m_lowPrice(new LowPricePage(*m_session, this))
    , m_ranking(new RankingPage(*m_session, this))
    , m_award(new AwardPage(*m_session, this))
    , m_toolBar(new QToolBar(this))
    , m_settings(new QAction(tr("Evaluation &settings…"), this))
    , m_score(new QAction(tr("S&core the bids"), this))
    , m_report(new QAction(tr("E&xport evaluation report…"), this))
    , m_rescore(new QAction(tr("&Rescore every tender…"), this))
    , m_task(new BackgroundTask(m_session->worker(), this, tr("Rescoring every tender"), this))
{
    setObjectName(QStringLiteral("evaluationWorkspace"));
    m_wanted = QSettings().value(tenderKey).toString();

    m_settings->setObjectName(QStringLiteral("evaluationSettingsAction"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_settings->setToolTip(tr("How the tender is evaluated: method, deductions, tie rules, the "
                              "abnormally-low thresholds, the standstill (Ctrl+Shift+T)"));
    connect(m_settings, &QAction::triggered, this, &EvaluationWorkspace::editSettings);
    m_score->setObjectName(QStringLiteral("scoreBidsAction"));
    m_score->setShortcut(QKeySequence(Qt::Key_F9));
    m_score->setToolTip(tr("Score the bids and keep the result: evaluation prices, scores, "
                           "ranks and flags; a newly flagged bid gets its explanation step (F9)"));
    connect(m_score, &QAction::triggered, this, &EvaluationWorkspace::score);
    m_report->setObjectName(QStringLiteral("exportEvaluationReportAction"));
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_report->setToolTip(tr("The evaluation report as PDF, in Chinese or English "
                            "(Ctrl+Shift+X)"));
    connect(m_report, &QAction::triggered, this, &EvaluationWorkspace::chooseAndExportReport);
    m_rescore->setObjectName(QStringLiteral("rescoreAllAction"));
    m_rescore->setToolTip(tr("Score every opened tender of the database again, after the "
                             "market or the cost catalog changed"));
    connect(m_rescore, &QAction::triggered, this, &EvaluationWorkspace::askAndRescoreAll);
    for (QAction* a : {m_settings, m_score, m_report, m_rescore}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    // The tenders, on the left.
    m_search->setObjectName(QStringLiteral("evaluationSearch"));
    m_search->setPlaceholderText(tr("Search by reference or title"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &EvaluationWorkspace::loadTenders);
    m_list->setObjectName(QStringLiteral("evaluationTenders"));
    m_list->setModel(m_model);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EvaluationWorkspace::showCurrent);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* listTitle = new QLabel(tr("&Tenders opened for evaluation"), left);
    listTitle->setBuddy(m_search);
    leftLayout->addWidget(listTitle);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);

    // The evaluation of the tender chosen, on the right.
    m_empty->setObjectName(QStringLiteral("evaluationEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("evaluationHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("evaluationSummary"));
    m_summary->setWordWrap(true);
    m_pages->setObjectName(QStringLiteral("evaluationPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_compliance, tr("&1 Compliance"));
    m_pages->addTab(m_panel, tr("&2 Panel && sheets"));
    m_pages->addTab(m_lowPrice, tr("&3 Abnormally low"));
    m_pages->addTab(m_ranking, tr("&4 Ranking"));
    m_pages->addTab(m_award, tr("&5 Award"));
    auto* viewLayout = new QVBoxLayout(m_evaluationView);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addWidget(m_heading);
    viewLayout->addWidget(m_summary);
    viewLayout->addWidget(m_pages, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_evaluationView);

    m_splitter->setObjectName(QStringLiteral("evaluationSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({330, 950});

    m_toolBar->setObjectName(QStringLiteral("evaluationToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_settings);
    m_toolBar->addAction(m_score);
    m_toolBar->addAction(m_report);
    auto* layout = new QVBoxLayout(this); // the style's margins, as the other workspaces have
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    connect(m_session, &EvaluationSession::loaded, this, &EvaluationWorkspace::showEvaluation);
    connect(m_session, &EvaluationSession::unavailable, this,
            &EvaluationWorkspace::showUnavailable);
    connect(m_session, &EvaluationSession::busyChanged, this, &EvaluationWorkspace::updateActions);
    connect(m_session, &EvaluationSession::failed, this,
            [this](const QString& title, const QString& text) {
                Q_EMIT message(text);
                QMessageBox::warning(this, title, text);
            });
    connect(m_session, &EvaluationSession::changed, this,
            [this](const QString& title) { Q_EMIT message(tr("%1: done.").arg(title)); });
    // The report's HTML comes from the core's report writer (core/evaluation/evaluationreport).
    m_export->setSource(
        {[](const Database& db, const QString& reference, DocumentLanguage language) {
             return evaluationReportHtml(db, reference, language);
         },
         evaluationReportBaseUrl()});
    connect(m_export, &ReportExport::saved, this, [this](const QString& path) {
        Q_EMIT message(tr("Evaluation report saved to %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT reportSaved(path);
        updateActions();
    });
    connect(m_export, &ReportExport::failed, this, [this](const QString& text) {
        updateActions();
        QMessageBox::warning(this, tr("Evaluation report"), text);
    });

    showCurrent();
    loadTenders();
}

EvaluationWorkspace::~EvaluationWorkspace()
{
    // The report and the rescore first, then the pages, then the session with its worker (the
    // step under way ends there).
    delete m_task;
    delete m_export;
    delete m_splitter; // the pages, before the session they read
    delete m_session;
}

QList<QAction*> EvaluationWorkspace::workspaceActions() const
{
    QList<QAction*> actions{m_settings, m_score, m_report, m_rescore};
    actions += m_compliance->pageActions();
    actions += m_panel->pageActions();
    return actions;
}

bool EvaluationWorkspace::isBusy() const
{
    return m_export->isBusy() || m_task->isRunning();
}

void EvaluationWorkspace::setReportSource(ReportExport::Source source)
{
    m_export->setSource(std::move(source));
    updateActions();
}

void EvaluationWorkspace::reload()
{
    loadTenders();
    m_session->reload();
}

void EvaluationWorkspace::loadTenders()
{
    const int generation = ++m_listGeneration;
    const QString text = m_search->text();
    m_session->worker().run<QList<EvaluableTender>>(
        this, [text](QSqlDatabase db) { return evaluableTenders(db, text); },
        [this, generation](const QList<EvaluableTender>& tenders) {
            if (generation != m_listGeneration)
                return;
            const QString keep =
                !m_wanted.isEmpty()
                    ? m_wanted
                    : m_list->currentIndex().data(EvaluableTenderModel::ReferenceRole).toString();
            m_model->setTenders(tenders);
            const int row = m_model->rowOf(keep);
            if (row >= 0) {
                m_wanted.clear();
                m_list->setCurrentIndex(m_model->index(row));
            }
            showCurrent();
            Q_EMIT tendersLoaded();
        },
        [this](const QString& why) { m_empty->setText(why); });
}

void EvaluationWorkspace::selectTender(const QString& reference)
{
    const int row = m_model->rowOf(reference);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
        return;
    }
    m_wanted = reference;
    loadTenders();
}

void EvaluationWorkspace::showCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        if (m_model->rowCount() > 0)
            m_empty->setText(tr("Choose a tender on the left."));
        else if (!m_search->text().trimmed().isEmpty())
            m_empty->setText(tr("No opened tender matches “%1”.").arg(m_search->text().trimmed()));
        else
            m_empty->setText(tr("No tender has been opened yet. After a tender's bid deadline, "
                                "open its bids in the Bids workspace: its evaluation starts "
                                "here."));
        m_stack->setCurrentWidget(m_empty);
        m_session->setReference(QString());
        updateActions();
        return;
    }
    const QString reference = current.data(EvaluableTenderModel::ReferenceRole).toString();
    QSettings().setValue(tenderKey, reference);
    if (reference != m_session->reference()) {
        m_heading->setText(tr("<b>%1</b> — loading…").arg(reference.toHtmlEscaped()));
        m_summary->clear();
        m_stack->setCurrentWidget(m_evaluationView);
        m_pages->setEnabled(false);
    }
    m_session->setReference(reference);
    updateActions();
}

void EvaluationWorkspace::showEvaluation()
{
    const TenderEvaluation& e = m_session->evaluation();
    m_stack->setCurrentWidget(m_evaluationView);
    m_pages->setEnabled(true);
    m_heading->setText(tr("<b>%1</b> %2 · %3 · %4")
                           .arg(e.tender.reference.toHtmlEscaped(), e.tender.title.toHtmlEscaped(),
                                e.tender.buyerName.toHtmlEscaped(), nameOf(e.tender.status)));
    QStringList parts;
    parts.append(e.compliance.confirmedAt ? tr("compliance confirmed")
                                          : tr("compliance not yet confirmed"));
    int submitted = 0;
    for (const Evaluator& member : e.panel)
        submitted += member.submittedAt ? 1 : 0;
    parts.append(e.panel.isEmpty() ? tr("no panel yet")
                                   : tr("%1 of %2 sheets in").arg(submitted).arg(e.panel.size()));
    int pending = 0;
    for (const LowPriceReview& r : e.reviews)
        pending += r.decision == scoring::LowPriceDecision::Pending ? 1 : 0;
    if (pending > 0)
        parts.append(tr("%n low price(s) to decide", nullptr, pending));
    parts.append(e.result.final() ? tr("ranking final") : tr("ranking not final"));
    parts.append(e.tender.awards.isEmpty()
                     ? tr("not awarded")
                     : tr("awarded (%n lot(s))", nullptr, int(e.tender.awards.size())));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    updateActions();
}

void EvaluationWorkspace::showUnavailable(const QString& text)
{
    if (text.isEmpty())
        return; // no tender chosen: showCurrent() says so
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    updateActions();
}

void EvaluationWorkspace::updateActions()
{
    const bool ready = m_session->hasEvaluation() && !m_session->isBusy();
    m_settings->setEnabled(ready);
    m_score->setEnabled(ready && m_session->evaluation().tender.awards.isEmpty());
    m_report->setEnabled(ready && m_export->isAvailable() && !m_export->isBusy());
    m_report->setVisible(m_export->isAvailable());
    m_rescore->setEnabled(!m_session->isBusy() && !m_task->isRunning());
}

void EvaluationWorkspace::score()
{
    m_session->change(tr("Score the bids"),
                      [](EvaluationDesk& desk, const QString& reference, const QDateTime& now) {
                          desk.score(reference, now);
                      });
}

void EvaluationWorkspace::editSettings()
{
    if (!m_session->hasEvaluation())
        return;
    const TenderEvaluation& e = m_session->evaluation();
    EvaluationSettingsDialog dialog(e.settings, e.tender.awards.isEmpty(), this);
    // Compared as stored: unchanged settings are not written again.
    if (dialog.exec() == QDialog::Accepted &&
        scoring::toJson(dialog.settings()) != scoring::toJson(e.settings))
        saveSettings(dialog.settings());
}

void EvaluationWorkspace::saveSettings(const scoring::EvaluationSettings& settings)
{
    m_session->change(tr("Evaluation settings"),
                      [settings](EvaluationDesk& desk, const QString& reference, const QDateTime&) {
                          desk.setSettings(reference, settings);
                      });
}

void EvaluationWorkspace::chooseAndExportReport()
{
    if (!m_report->isEnabled())
        return;
    const QStringList languages{tr("Chinese"), tr("English")};
    bool ok = false;
    const QString language = QInputDialog::getItem(this, tr("Evaluation report"), tr("&Language:"),
                                                   languages, 0, false, &ok);
    if (!ok)
        return;
    const QString reference = m_session->reference();
    const QString out = QFileDialog::getSaveFileName(
        this, tr("Save the evaluation report"),
        QDir::home().filePath(QStringLiteral("%1-evaluation.pdf").arg(reference)),
        tr("PDF (*.pdf)"));
    if (!out.isEmpty())
        exportReport(out, language == languages.at(1) ? DocumentLanguage::English
                                                      : DocumentLanguage::Chinese);
}

void EvaluationWorkspace::exportReport(const QString& outPath, DocumentLanguage language)
{
    m_export->save(m_session->reference(), language, outPath);
    updateActions();
}

void EvaluationWorkspace::askAndRescoreAll()
{
    const auto answer = QMessageBox::question(
        this, tr("Rescore every tender"),
        tr("Score every opened tender of the database again? What changed is written in one "
           "step, and audited; a large market takes a while. You can cancel: nothing is written "
           "then."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        rescoreAll();
}

void EvaluationWorkspace::rescoreAll()
{
    const Database* database = &m_database;
    const QString actor = m_session->actor();
    const QDateTime now = m_session->now();
    auto summary = std::make_shared<RescoreSummary>();
    updateActions();
    m_task->start(
        [=](QSqlDatabase, TaskProgress& progress) {
            *summary =
                td::rescoreAll(*database, actor, now, [&progress](qint64 done, qint64 total) {
                    progress.set(done, total,
                                 tr("%1 of %2 tenders scored…")
                                     .arg(QLocale().toString(done), QLocale().toString(total)));
                    return !progress.cancelled();
                });
        },
        [this, summary] {
            const QString text =
                tr("%1 tenders and %2 bids scored again: %3 bids and %4 awards changed.")
                    .arg(QLocale().toString(summary->tenders), QLocale().toString(summary->bids),
                         QLocale().toString(summary->changedBids),
                         QLocale().toString(summary->changedAwards));
            Q_EMIT message(text);
            Q_EMIT rescored(text);
            reload();
            updateActions();
        },
        [this](const QString& why) {
            updateActions();
            QMessageBox::warning(this, tr("Rescore every tender"), why);
        });
}

QByteArray EvaluationWorkspace::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << stateVersion << m_splitter->saveState() << m_panel->splitter()->saveState()
        << m_panel->topSplitter()->saveState() << m_lowPrice->splitter()->saveState()
        << m_ranking->view()->header()->saveState() << m_pages->currentIndex();
    return state;
}

void EvaluationWorkspace::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray splitter;
    QByteArray panel;
    QByteArray panelTop;
    QByteArray lowPrice;
    QByteArray ranking;
    int page = 0;
    in >> version >> splitter >> panel >> panelTop >> lowPrice >> ranking >> page;
    if (version != stateVersion || in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_panel->splitter()->restoreState(panel);
    m_panel->topSplitter()->restoreState(panelTop);
    m_lowPrice->splitter()->restoreState(lowPrice);
    m_ranking->view()->header()->restoreState(ranking);
    m_pages->setCurrentIndex(page);
}

} // namespace td::ui
