#include "mainwindow.h"

#include "benchmarks/benchmarksworkspace.h"
#include "bids/bidsworkspace.h"
#include "bids/buyerdesk.h"
#include "demoloader.h"
#include "evaluation/evaluationworkspace.h"
#include "lifecycle/lifecycleclock.h"
#include "market/marketworkspace.h"
#include "ocdsexportjob.h"
#include "ocdsimportrunner.h"
#include "print/chinesefonts.h"
#include "store/databaseworker.h"
#include "store/tenderlistmodel.h"
#include "tenders/tenderactions.h"
#include "tenders/tendersworkspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace td::ui {

MainWindow::MainWindow(const Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_workspaces(new QTabWidget(this))
    , m_tenders(new TendersWorkspace(database, this))
    , m_bids(new BidsWorkspace(database, this))
    , m_evaluation(new EvaluationWorkspace(database, this))
    , m_benchmarks(new BenchmarksWorkspace(database, this))
    , m_market(new MarketWorkspace(database, MarketSource::fromCore(), this))
    , m_databaseLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_demoLoader(new DemoLoader(database, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TenderDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tenderdesk.svg")));
    m_workspaces->setObjectName(QStringLiteral("workspaces"));
    m_workspaces->setDocumentMode(true);
    m_workspaces->addTab(m_tenders, tr("Tenders"));
    m_workspaces->addTab(m_bids, tr("Bids"));
    m_workspaces->addTab(m_evaluation, tr("Evaluation"));
    m_workspaces->addTab(m_benchmarks, tr("Benchmarks"));
    m_workspaces->addTab(m_market, tr("Market"));
    setCentralWidget(m_workspaces);

    m_databaseLabel->setText(tr("Database: %1").arg(database.location().displayName()));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    // Without a font for Chinese, printed documents show blanks where their Chinese text is. The
    // rest of the app works, so the warning waits in the status bar rather than in a dialog.
    if (const QString warning = chineseFontWarning(); !warning.isEmpty()) {
        auto* fontWarning = new QLabel(warning, this);
        fontWarning->setObjectName(QStringLiteral("chineseFontWarning"));
        fontWarning->setWordWrap(true);
        fontWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar()->addWidget(fontWarning, 2);
    }
    connect(m_tenders, &TendersWorkspace::totalChanged, this, [this](qint64 total) {
        if (m_tenders->model()->filter() == TenderFilter())
            m_countLabel->setText(tr("%1 tenders in the database").arg(QLocale().toString(total)));
    });
    connect(m_tenders, &TendersWorkspace::loadDemoRequested, this, &MainWindow::loadDemo);
    connect(m_market, &MarketWorkspace::loadDemoRequested, this, &MainWindow::loadDemo);
    connect(m_market, &MarketWorkspace::openTenderRequested, this, [this](qint64 id) {
        m_workspaces->setCurrentWidget(m_tenders);
        m_tenders->openTender(id);
    });
    connect(m_evaluation, &EvaluationWorkspace::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // Bids opened in the Bids workspace start their evaluation.
    connect(m_bids->buyerDesk(), &BuyerDesk::opened, m_evaluation, &EvaluationWorkspace::reload);
    connect(m_demoLoader, &DemoLoader::finished, this, [this](const demo::DemoSummary& s) {
        m_tenders->reload();
        m_bids->reload();
        m_evaluation->reload();
        m_market->reload();
        statusBar()->showMessage(tr("Demo market loaded: %1 tenders, %2 bids.")
                                     .arg(QLocale().toString(s.tenders))
                                     .arg(QLocale().toString(s.bids)),
                                 8000);
    });
    connect(m_demoLoader, &DemoLoader::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Demo market"), message);
    });

    createMenus();
    restoreLayout();

    // Deadlines pass while the app runs: the clock moves the tenders concerned at once and
    // then every minute.
    m_maintenance = std::make_unique<DatabaseWorker>(database, QStringLiteral("maintenance"));
    m_clock.setInterval(60'000);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::advanceByClock);
    m_clock.start();
    advanceByClock();
}

MainWindow::~MainWindow()
{
    m_maintenance.reset();
}

void MainWindow::advanceByClock()
{
    const Database* database = &m_database;
    m_maintenance->run<int>(
        this,
        [database](QSqlDatabase) {
            return advanceTendersByClock(*database, QDateTime::currentDateTimeUtc());
        },
        [this](int moved) {
            if (moved == 0)
                return;
            m_tenders->reload();
            m_bids->reload();
            m_evaluation->reload();
            statusBar()->showMessage(
                tr("%n tender(s) moved on as their deadlines passed.", nullptr, moved), 8000);
        },
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* demo = file->addAction(tr("Load &demo market…"), this, &MainWindow::loadDemo);
    demo->setObjectName(QStringLiteral("loadDemoAction"));
    // Published data of other buyers for the market study; the lists refresh after it.
    auto* ocdsImport = new OcdsImportRunner(m_database, this);
    connect(ocdsImport, &OcdsImportRunner::finished, m_tenders, [this] { m_tenders->reload(); });
    QAction* importOcds =
        file->addAction(tr("&Import OCDS…"), ocdsImport, &OcdsImportRunner::chooseAndImport);
    importOcds->setObjectName(QStringLiteral("importOcdsAction"));
    QAction* ocds =
        file->addAction(tr("Export &OCDS…"), this, [this] { exportOcdsFromGui(this, m_database); });
    ocds->setObjectName(QStringLiteral("exportOcdsAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* tender = menuBar()->addMenu(tr("&Tender"));
    for (QAction* action : m_tenders->actions()->actions())
        tender->addAction(action);

    QMenu* bids = menuBar()->addMenu(tr("&Bids"));
    for (QAction* action : m_bids->workspaceActions())
        bids->addAction(action);

    QMenu* evaluation = menuBar()->addMenu(tr("&Evaluation"));
    for (QAction* action : m_evaluation->workspaceActions())
        evaluation->addAction(action);

    QMenu* market = menuBar()->addMenu(tr("&Market"));
    market->addAction(m_market->exportAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_workspaces->count(); ++i) {
        QAction* go = view->addAction(m_workspaces->tabText(i), this,
                                      [this, i] { m_workspaces->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction* find = view->addAction(tr("&Find tenders"), this, [this] {
        m_workspaces->setCurrentWidget(m_tenders);
        m_tenders->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (m_workspaces->currentWidget() == m_benchmarks)
            m_benchmarks->reload();
        else if (m_workspaces->currentWidget() == m_bids)
            m_bids->reload();
        else if (m_workspaces->currentWidget() == m_evaluation)
            m_evaluation->reload();
        else if (m_workspaces->currentWidget() == m_market)
            m_market->reload();
        else
            m_tenders->reload();
    });
    // F5 alone: some desktops add Ctrl+R to Refresh, and Ctrl+R runs a benchmark.
    refresh->setShortcut(QKeySequence(Qt::Key_F5));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About TenderDesk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::offerDemoIfEmpty()
{
    // Asked once the count is known, so an existing database is never bothered.
    const auto offer = [this] {
        const TenderListModel* model = m_tenders->model();
        if (m_demoOffered || !model->hasCount() || model->total() > 0 ||
            !(model->filter() == TenderFilter()))
            return;
        m_demoOffered = true;
        const auto answer = QMessageBox::question(
            this, tr("Welcome to TenderDesk"),
            tr("This database holds no tenders yet. Load a demo market of 931 generative-AI "
               "tenders published by central SOEs in 2024, with their bids and awards?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            loadDemo();
    };
    connect(m_tenders, &TendersWorkspace::totalChanged, this, offer, Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, offer, Qt::QueuedConnection);
}

void MainWindow::loadDemo()
{
    if (m_tenders->model()->total() > 0 && m_tenders->model()->filter() == TenderFilter()) {
        QMessageBox::information(this, tr("Demo market"),
                                 tr("The demo market is only loaded into an empty database. "
                                    "Start TenderDesk with --database NEW-FILE to try it."));
        return;
    }
    m_demoLoader->start();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About TenderDesk"),
                       tr("<h3>TenderDesk %1</h3><p>Tenders, bids and market analysis for "
                          "state-owned enterprises buying generative AI.</p><p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                m_database.location().displayName().toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // A first start: roomy, but never larger than the screen it opens on (a 1280x800
        // laptop would hide the status bar).
        QSize size(1400, 860);
        if (const QScreen* screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.95);
        resize(size);
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_tenders->restoreState(settings.value(QStringLiteral("tenders/layout")).toByteArray());
    m_benchmarks->restoreState(settings.value(QStringLiteral("benchmarks/layout")).toByteArray());
    m_bids->restoreState(settings.value(QStringLiteral("bids/layout")).toByteArray());
    m_evaluation->restoreState(settings.value(QStringLiteral("evaluation/layout")).toByteArray());
    m_market->restoreState(settings.value(QStringLiteral("market/layout")).toByteArray());
    m_workspaces->setCurrentIndex(
        settings.value(QStringLiteral("mainWindow/workspace"), 0).toInt());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("tenders/layout"), m_tenders->saveState());
    settings.setValue(QStringLiteral("benchmarks/layout"), m_benchmarks->saveState());
    settings.setValue(QStringLiteral("bids/layout"), m_bids->saveState());
    settings.setValue(QStringLiteral("evaluation/layout"), m_evaluation->saveState());
    settings.setValue(QStringLiteral("market/layout"), m_market->saveState());
    settings.setValue(QStringLiteral("mainWindow/workspace"), m_workspaces->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_demoLoader->isRunning()) {
        QMessageBox::information(this, tr("Demo market"),
                                 tr("The demo market is still being written. Cancel it first, "
                                    "or wait until it is done."));
        event->ignore();
        return;
    }
    if (m_bids->isBusy()) {
        QMessageBox::information(this, tr("Bids"),
                                 tr("Bids are still being sealed, received or opened. Cancel "
                                    "it first, or wait until it is done."));
        event->ignore();
        return;
    }
    if (m_evaluation->isBusy()) {
        QMessageBox::information(this, tr("Evaluation"),
                                 tr("The evaluation report is still being printed. Wait until "
                                    "it is saved."));
        event->ignore();
        return;
    }
    saveLayout();
    // A benchmark still going is cancelled; what it measured is stored as a cancelled run.
    m_benchmarks->stopRun();
    event->accept();
}

} // namespace td::ui
