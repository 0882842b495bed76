#include "benchmarksworkspace.h"

#include "acceleratorcatalogdialog.h"
#include "bench/benchmarkrunrepository.h"
#include "benchmarkform.h"
#include "benchmarkjob.h"
#include "benchmarkrunlistmodel.h"
#include "costpanel.h"
#include "liverunview.h"
#include "runsummaryview.h"
#include "store/databaseworker.h"
#include "store/tenderreader.h"

#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace td::ui {
namespace {

constexpr quint32 stateVersion = 1;

// The runs and how their bids are named, read together off the GUI thread.
struct RunList
{
    QList<bench::BenchmarkRunHeader> runs;
    QHash<qint64, QString> bidLabels;
};

QString outcomeText(const bench::BenchmarkResult& r)
{
    switch (r.status) {
    case bench::RunStatus::Completed:
        return BenchmarksWorkspace::tr("Completed: %1 output tokens/s, %2 of requests failed.")
            .arg(QLocale().toString(r.load.outputTokensPerS, 'f', 1),
                 QLocale().toString(r.load.errorRate * 100, 'f', 1) + QStringLiteral("%"));
    case bench::RunStatus::Cancelled:
        return BenchmarksWorkspace::tr("Cancelled: the requests in flight were dropped.");
    case bench::RunStatus::Failed:
        return BenchmarksWorkspace::tr("Failed: %1").arg(r.failure);
    }
    return {};
}

} // namespace

BenchmarksWorkspace::BenchmarksWorkspace(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new BenchmarkRunListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_listStack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_thisBidOnly(new QCheckBox(tr("This &bid only"), this))
    , m_form(nullptr)
    , m_live(new LiveRunView(this))
    , m_summary(new RunSummaryView(this))
    , m_cost(nullptr)
    , m_statusLine(new QLabel(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
    , m_resultSplitter(new QSplitter(Qt::Horizontal, this))
    , m_run(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Run"), this))
    , m_cancel(
          new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel run"), this))
    , m_refresh(
          new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&load runs"), this))
    , m_catalog(new QAction(tr("Accelerator &catalog…"), this))
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("benchmarks")))
{
    setObjectName(QStringLiteral("benchmarksWorkspace"));
    m_form = new BenchmarkForm(*m_worker, this);
    m_cost = new CostPanel(*m_worker, this);
    buildActions();

    m_resultSplitter->setObjectName(QStringLiteral("resultSplitter"));
    m_resultSplitter->addWidget(m_summary);
    m_resultSplitter->addWidget(m_cost);
    m_resultSplitter->setStretchFactor(0, 1);
    m_resultSplitter->setStretchFactor(1, 1);
    m_resultSplitter->setSizes({460, 380});
    m_resultSplitter->setChildrenCollapsible(false);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_form); // never cut: the splitter keeps its minimum height
    m_rightSplitter->addWidget(m_live);
    m_rightSplitter->addWidget(m_resultSplitter);
    m_rightSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setObjectName(QStringLiteral("benchmarksSplitter"));
    m_mainSplitter->addWidget(buildRunList());
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({560, 840}); // until the user's own layout is restored
    m_mainSplitter->setChildrenCollapsible(false);

    auto* toolBar = new QToolBar(tr("Benchmark"), this);
    toolBar->setObjectName(QStringLiteral("benchmarkToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* action : actions()) {
        toolBar->addAction(action);
        addAction(action); // shortcuts work wherever the focus is in the workspace
    }
    m_statusLine->setObjectName(QStringLiteral("benchmarkStatus"));
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line beside the tool bar, cut where it is too long; the whole sentence is its tool tip.
    m_statusLine->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* top = new QHBoxLayout;
    top->addWidget(toolBar);
    top->addWidget(m_statusLine, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_form, &BenchmarkForm::changed, this, &BenchmarksWorkspace::updateActions);
    connect(m_form, &BenchmarkForm::bidChanged, this, [this](std::optional<qint64> bid) {
        m_thisBidOnly->setEnabled(bid.has_value());
        if (!bid)
            m_thisBidOnly->setChecked(false);
        else if (m_thisBidOnly->isChecked())
            loadRuns();
        if (!m_shown && m_wantedRunId == 0)
            m_cost->showBid(bid); // nothing selected: the cost of the bid picked
    });
    connect(m_thisBidOnly, &QCheckBox::toggled, this, [this] { loadRuns(); });
    m_form->restoreSettings();
    updateActions();
    loadRuns();
}

BenchmarksWorkspace::~BenchmarksWorkspace()
{
    stopRun();
    m_worker.reset(); // stores what stopRun() queued, then stops
}

void BenchmarksWorkspace::buildActions()
{
    m_run->setObjectName(QStringLiteral("runBenchmarkAction"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancel->setObjectName(QStringLiteral("cancelBenchmarkAction"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop the run; what has finished is kept (Esc)"));
    m_refresh->setObjectName(QStringLiteral("reloadRunsAction"));
    m_refresh->setToolTip(tr("Read the list of runs again, with runs made on other desks"));
    m_catalog->setObjectName(QStringLiteral("acceleratorCatalogAction"));
    m_catalog->setToolTip(tr("Accelerator prices and power, hosting options and compute vouchers: "
                             "the figures the cost to serve is computed from"));
    connect(m_run, &QAction::triggered, this, &BenchmarksWorkspace::run);
    connect(m_cancel, &QAction::triggered, this, &BenchmarksWorkspace::cancel);
    connect(m_refresh, &QAction::triggered, this, &BenchmarksWorkspace::reload);
    connect(m_catalog, &QAction::triggered, this, &BenchmarksWorkspace::openAcceleratorCatalog);
}

QList<QAction*> BenchmarksWorkspace::actions() const
{
    return {m_run, m_cancel, m_refresh, m_catalog};
}

QWidget* BenchmarksWorkspace::buildRunList()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BenchmarkRunListModel::SortRole);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(int(RunColumn::Started), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[] = {140, 150, 160, 110, 75, 85, 75, 70, 70, 220};
    for (int column = 0; column < runColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BenchmarksWorkspace::showSelected);

    m_emptyLabel->setObjectName(QStringLiteral("runsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyLabel);

    m_thisBidOnly->setObjectName(QStringLiteral("thisBidOnlyCheck"));
    m_thisBidOnly->setToolTip(tr("List only the runs of the bid picked in the form"));
    m_thisBidOnly->setEnabled(false);
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thisBidOnly);
    layout->addWidget(m_listStack, 1);
    return pane;
}

bool BenchmarksWorkspace::isRunning() const
{
    return m_job && m_job->isRunning();
}

void BenchmarksWorkspace::updateActions()
{
    const bool running = isRunning();
    const QString problem = m_form->problem();
    m_run->setEnabled(!running && problem.isEmpty());
    m_run->setToolTip(problem.isEmpty() ? tr("Run the benchmark (Ctrl+R)")
                                        : tr("Cannot run: %1").arg(problem));
    m_cancel->setEnabled(running && !m_job->isCancelling());
}

void BenchmarksWorkspace::setStatus(const QString& text)
{
    m_statusLine->setText(text);
    m_statusLine->setToolTip(text);
}

void BenchmarksWorkspace::reload()
{
    loadRuns();
}

void BenchmarksWorkspace::loadRuns(qint64 selectRunId)
{
    if (selectRunId == 0) {
        const QModelIndex current = m_table->selectionModel()->currentIndex();
        if (current.isValid())
            selectRunId = current.data(BenchmarkRunListModel::RunIdRole).toLongLong();
    }
    const std::optional<qint64> bid =
        m_thisBidOnly->isChecked() ? m_form->bidId() : std::optional<qint64>();
    const quint64 generation = ++m_listGeneration;
    m_worker->run<RunList>(
        this,
        [bid](QSqlDatabase db) {
            RunList list;
            list.runs = bench::BenchmarkRunRepository(db).list(bid);
            const TenderReader reader(db);
            for (const bench::BenchmarkRunHeader& run : std::as_const(list.runs)) {
                if (!run.bidId || list.bidLabels.contains(*run.bidId))
                    continue;
                QString label;
                if (const std::optional<Tender> tender = reader.byBidId(*run.bidId))
                    for (const Bid& b : tender->bids)
                        if (b.id == *run.bidId)
                            label = QStringLiteral("%1 · %2").arg(tender->reference, b.vendorName);
                list.bidLabels.insert(*run.bidId, label);
            }
            return list;
        },
        [this, generation, selectRunId](const RunList& list) {
            if (generation != m_listGeneration)
                return; // a newer list is on its way
            m_model->setRuns(list.runs, list.bidLabels);
            updateEmptyState();
            const int row = m_model->rowOf(selectRunId);
            if (row >= 0) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                m_table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_table->scrollTo(index);
            } else {
                m_shown.reset();
                m_summary->showNothingSelected(m_model->rowCount() > 0);
                m_cost->showBid(m_form->bidId()); // the bid picked in the form, if any
            }
        },
        [this](const QString& message) { m_summary->showError(message); });
}

void BenchmarksWorkspace::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    m_emptyLabel->setText(m_thisBidOnly->isChecked()
                              ? tr("No benchmark runs of this bid yet. Press Run (Ctrl+R) to "
                                   "measure its deployment.")
                              : tr("No benchmark runs yet. Fill in the endpoint and press Run "
                                   "(Ctrl+R)."));
    m_listStack->setCurrentWidget(m_emptyLabel);
}

void BenchmarksWorkspace::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(BenchmarkRunListModel::RunIdRole).toLongLong();
    if ((m_shown && m_shown->id == id) || id == m_wantedRunId)
        return;
    showRun(id);
}

void BenchmarksWorkspace::showRun(qint64 runId)
{
    m_wantedRunId = runId;
    m_summary->showLoading();
    m_worker->run<std::optional<bench::BenchmarkResult>>(
        this,
        [runId](QSqlDatabase db) {
            // With its samples, which the charts are drawn from.
            return bench::BenchmarkRunRepository(db).load(runId, true);
        },
        [this, runId](const std::optional<bench::BenchmarkResult>& run) {
            if (runId != m_wantedRunId)
                return; // the user has moved on
            m_wantedRunId = 0;
            m_shown = run;
            if (!run) {
                m_summary->showError(tr("This run no longer exists."));
                m_cost->showBid(std::nullopt);
                return;
            }
            m_summary->showRun(*run);
            if (!isRunning()) // a live run keeps its charts
                m_live->showStored(*run, outcomeText(*run));
            m_cost->showBid(run->config.bidId,
                            tr("This run is not attached to a bid, so there is no price to "
                               "compare the cost of serving with. Pick the tender and bid in the "
                               "form before a run."));
        },
        [this](const QString& message) {
            m_wantedRunId = 0;
            m_summary->showError(message);
        });
}

void BenchmarksWorkspace::run()
{
    if (isRunning() || !m_form->problem().isEmpty())
        return;
    const bench::BenchmarkConfig config = m_form->config();
    m_form->keepApiKey();
    m_form->saveSettings();
    m_form->setRunning(true);
    auto* job = new BenchmarkJob(config, this);
    m_job = job;
    m_live->start(config);
    connect(job, &BenchmarkJob::updated, m_live, &LiveRunView::apply);
    connect(job, &BenchmarkJob::finished, this, &BenchmarksWorkspace::runFinished);
    job->start();
    setStatus(tr("Running %1 against %2…").arg(config.loadLabel(), config.endpoint.baseUrl));
    updateActions();
}

void BenchmarksWorkspace::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    setStatus(tr("Cancelling: the requests in flight are being dropped…"));
    updateActions();
}

void BenchmarksWorkspace::runFinished()
{
    BenchmarkJob* job = m_job;
    if (!job || !job->result())
        return;
    auto result = std::make_shared<bench::BenchmarkResult>(*job->result());
    m_job = nullptr;
    job->deleteLater();
    m_live->finish(outcomeText(*result));
    m_form->setRunning(false);
    updateActions();
    setStatus(tr("Storing the run…"));
    store(result);
}

void BenchmarksWorkspace::store(std::shared_ptr<bench::BenchmarkResult> result)
{
    m_worker->run<qint64>(
        this,
        [result](QSqlDatabase db) {
            bench::BenchmarkRunRepository(db).insert(*result, QStringLiteral("gui"));
            return result->id;
        },
        [this, result](qint64 id) {
            setStatus(tr("Run %1 stored. %2").arg(id).arg(outcomeText(*result)));
            loadRuns(id);
            Q_EMIT runStored(id);
        },
        [this](const QString& message) {
            setStatus(tr("The run could not be stored: %1").arg(message));
        });
}

void BenchmarksWorkspace::stopRun()
{
    if (!m_job)
        return;
    BenchmarkJob* job = m_job;
    m_job = nullptr;
    job->cancelAndWait();
    if (job->result())
        store(std::make_shared<bench::BenchmarkResult>(*job->result()));
    delete job;
    if (m_form)
        m_form->setRunning(false);
}

void BenchmarksWorkspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_layoutRestored)
        return;
    // The first time, without a layout of the user's: the whole form, the charts, and the rest
    // for the results, once the splitter has its height (after this round of layout).
    m_layoutRestored = true;
    QTimer::singleShot(0, this, [this] {
        const int form = m_form->sizeHint().height();
        const int charts = 230;
        m_rightSplitter->setSizes(
            {form, charts, std::max(200, m_rightSplitter->height() - form - charts)});
    });
}

void BenchmarksWorkspace::openAcceleratorCatalog()
{
    // The catalogs are a few dozen rows: the editor reads and writes them on this thread.
    AcceleratorCatalogDialog dialog(m_database.connection(), this);
    dialog.exec();
    m_cost->refresh(); // the cost shown may rest on figures just edited
}

QByteArray BenchmarksWorkspace::saveState() const
{
    m_form->saveSettings();
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << stateVersion << m_mainSplitter->saveState() << m_rightSplitter->saveState()
           << m_resultSplitter->saveState() << m_table->horizontalHeader()->saveState();
    return state;
}

void BenchmarksWorkspace::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray main, right, result, header;
    stream >> version >> main >> right >> result >> header;
    if (version != stateVersion || stream.status() != QDataStream::Ok)
        return;
    m_layoutRestored = true;
    m_mainSplitter->restoreState(main);
    m_rightSplitter->restoreState(right);
    m_resultSplitter->restoreState(result);
    m_table->horizontalHeader()->restoreState(header);
}

} // namespace td::ui
