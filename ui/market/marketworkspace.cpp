#include "marketworkspace.h"

#include "drilltendersmodel.h"
#include "marketfilterbar.h"
#include "reportexportdialog.h"
#include "reportview.h"
#include "store/databaseworker.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace td::ui {

namespace {

Q_LOGGING_CATEGORY(lcMarket, "tenderdesk.ui.market", QtWarningMsg)

const QString filtersKey = QStringLiteral("market/filters");
// Dashboards show the top of each table; the export has them whole.
constexpr int dashboardTableRows = 8;

enum Page
{
    DashboardPage,
    EmptyPage,
    MessagePage
};

bool sameFilter(const analytics::MarketFilter& a, const analytics::MarketFilter& b)
{
    return a.from == b.from && a.to == b.to && a.buyers == b.buyers &&
           a.categories == b.categories && a.vendors == b.vendors &&
           a.modelFamilies == b.modelFamilies && a.accelerators == b.accelerators;
}

struct Built
{
    analytics::MarketFilterChoices choices;
    analytics::Report report;
    bool hasChoices = false;
};

} // namespace

MarketWorkspace::MarketWorkspace(const Database& database, MarketSource source, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_source(std::move(source))
    , m_filterBar(new MarketFilterBar(this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_exportAction(new QAction(tr("&Export market report…"), this))
    , m_busyBar(new QProgressBar(this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_dashboard(new ReportView(this))
    , m_drillTitle(new QLabel(this))
    , m_drillTable(new QTableView(this))
    , m_drillModel(new DrillTendersModel(this))
    , m_message(new QLabel(this))
    , m_emptyPage(new QWidget(this))
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("market")))
{
    setObjectName(QStringLiteral("marketWorkspace"));
    m_exportAction->setObjectName(QStringLiteral("exportMarketReportAction"));
    // As the Evaluation workspace's export: Ctrl+Shift+X while this workspace is shown.
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &MarketWorkspace::exportReport);
    m_exportButton->setObjectName(QStringLiteral("marketExportButton"));
    m_exportButton->setToolTip(
        tr("Save the market report as PDF, HTML, XLSX or CSV (%1)")
            .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_exportButton, &QPushButton::clicked, this, &MarketWorkspace::exportReport);

    // An indeterminate bar: the report comes section by section, too fast to count.
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setTextVisible(false);
    m_busyBar->setVisible(false);
    m_busyBar->setToolTip(tr("Computing the market figures…"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_filterBar, 1);
    top->addWidget(m_busyBar);
    top->addWidget(m_exportButton);

    m_dashboard->setObjectName(QStringLiteral("marketDashboard"));
    m_drillTitle->setObjectName(QStringLiteral("marketDrillTitle"));
    m_drillTitle->setWordWrap(true);
    m_drillTitle->setText(tr("Click a bar or a point of a chart to list its tenders here."));
    m_drillTable->setObjectName(QStringLiteral("marketDrillTable"));
    m_drillTable->setModel(m_drillModel);
    m_drillTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drillTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_drillTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drillTable->verticalHeader()->hide();
    m_drillTable->horizontalHeader()->setStretchLastSection(true);
    m_drillTable->setWordWrap(false);
    m_drillTable->setToolTip(tr("Double-click a tender to open it in the Tenders workspace."));
    connect(m_drillTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const analytics::DrillTender* tender = m_drillModel->tenderAt(index.row()))
            Q_EMIT openTenderRequested(tender->id);
    });
    auto* drillPanel = new QWidget(this);
    auto* drillLayout = new QVBoxLayout(drillPanel);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addWidget(m_drillTitle);
    drillLayout->addWidget(m_drillTable, 1);

    m_splitter->setObjectName(QStringLiteral("marketSplitter"));
    m_splitter->addWidget(m_dashboard);
    m_splitter->addWidget(drillPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 360});

    auto* emptyText = new QLabel(tr("The database holds no tenders yet, so there is no market to "
                                    "show. Load the demo market, or import tenders."),
                                 m_emptyPage);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* demoButton = new QPushButton(tr("Load demo market…"), m_emptyPage);
    connect(demoButton, &QPushButton::clicked, this, &MarketWorkspace::loadDemoRequested);
    auto* emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(demoButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_message->setObjectName(QStringLiteral("marketMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pages->insertWidget(DashboardPage, m_splitter);
    m_pages->insertWidget(EmptyPage, m_emptyPage);
    m_pages->insertWidget(MessagePage, m_message);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    m_filterBar->restoreState(QSettings().value(filtersKey).toMap());
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &MarketWorkspace::refresh);
    connect(m_filterBar, &MarketFilterBar::filterChanged, this, [this] {
        saveFilters();
        m_debounce.start();
    });
    connect(m_dashboard, &ReportView::drillRequested, this, &MarketWorkspace::drill);
    connect(m_dashboard, &ReportView::ready, this, [this] {
        setBusy(false);
        Q_EMIT dashboardShown();
    });
    connect(m_dashboard, &ReportView::failed, this, [this](const QString& reason) {
        setBusy(false);
        qCWarning(lcMarket) << "the dashboards could not draw their charts:" << reason;
        showMessage(tr("The dashboards could not draw their charts (%1). Reinstall TenderDesk "
                       "if this keeps happening.")
                        .arg(reason));
    });
    reload();
}

MarketWorkspace::~MarketWorkspace()
{
    if (m_cancelBuild)
        m_cancelBuild->store(true);
    m_worker.reset();
}

void MarketWorkspace::reload()
{
    refresh();
}

QString MarketWorkspace::reportLanguage() const
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

void MarketWorkspace::refresh()
{
    m_debounce.stop();
    if (m_cancelBuild)
        m_cancelBuild->store(true); // the worker drops the older build at its next section
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelBuild = cancel;
    const quint64 generation = ++m_generation;
    setBusy(true);
    const analytics::MarketFilter filter = m_filterBar->filter();
    const QString language = reportLanguage();
    const MarketSource source = m_source;
    const Database* database = &m_database;
    // The filter choices come with the figures: both change with the database, and one job
    // keeps them in step.
    m_worker->run<Built>(
        this,
        [=](QSqlDatabase) {
            Built built;
            built.choices = source.choices(*database);
            built.hasChoices = true;
            if (built.choices.tenderCount > 0)
                built.report = source.report(*database, filter, language, {},
                                             [cancel] { return cancel->load(); });
            return built;
        },
        [this, generation, filter](const Built& built) {
            if (generation != m_generation)
                return;
            m_filterBar->setChoices(built.choices);
            // Filters restored from the last session wait for their combos' choices: once
            // these are in, the figures are built again when the filter they make differs.
            if (!sameFilter(m_filterBar->filter(), filter) && built.choices.tenderCount > 0) {
                refresh();
                return;
            }
            m_empty = built.choices.tenderCount == 0;
            if (m_empty) {
                setBusy(false);
                m_pages->setCurrentIndex(EmptyPage);
                m_report = {};
                Q_EMIT dashboardShown();
                return;
            }
            m_reportFilter = filter;
            showReport(built.report);
        },
        [this, generation](const QString& message) {
            if (generation != m_generation)
                return;
            setBusy(false);
            showMessage(message);
        });
}

void MarketWorkspace::showReport(const analytics::Report& report)
{
    m_report = report;
    m_drillModel->setTenders({});
    m_drillTitle->setText(tr("Click a bar or a point of a chart to list its tenders here."));
    m_pages->setCurrentIndex(DashboardPage);
    m_dashboard->showReport(report, dashboardTableRows);
}

void MarketWorkspace::showMessage(const QString& message)
{
    m_message->setText(message);
    m_pages->setCurrentIndex(MessagePage);
    Q_EMIT dashboardShown();
}

void MarketWorkspace::drill(const QString& section, const QString& drillKey, const QString& label)
{
    // The reader sees what was clicked; the key is for the query (and for a chart without names).
    const QString clicked = label.isEmpty() ? drillKey : label;
    const quint64 generation = ++m_drillGeneration;
    QString sectionTitle = section;
    for (const analytics::ReportSection& s : std::as_const(m_report.sections))
        if (s.id == section)
            sectionTitle = s.title;
    m_drillTitle->setText(tr("Looking up the tenders of %1: %2…").arg(sectionTitle, clicked));
    const analytics::MarketFilter filter = m_reportFilter;
    const MarketSource source = m_source;
    const Database* database = &m_database;
    m_worker->run<QList<analytics::DrillTender>>(
        this, [=](QSqlDatabase) { return source.drillDown(*database, filter, section, drillKey); },
        [this, generation, sectionTitle, clicked](const QList<analytics::DrillTender>& tenders) {
            if (generation != m_drillGeneration)
                return;
            m_drillModel->setTenders(tenders);
            m_drillTable->resizeColumnsToContents();
            m_drillTitle->setText(tr("%1 · %2: %n tender(s)", nullptr, int(tenders.size()))
                                      .arg(sectionTitle, clicked));
            Q_EMIT drillShown();
        },
        [this, generation](const QString& message) {
            if (generation != m_drillGeneration)
                return;
            m_drillModel->setTenders({});
            m_drillTitle->setText(message);
            Q_EMIT drillShown();
        });
}

void MarketWorkspace::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_exportButton->setEnabled(!busy || !m_report.sections.isEmpty());
    if (busy)
        m_dashboard->setCursor(Qt::BusyCursor);
    else
        m_dashboard->unsetCursor();
}

void MarketWorkspace::saveFilters() const
{
    QSettings().setValue(filtersKey, m_filterBar->saveState());
}

QByteArray MarketWorkspace::saveState() const
{
    return m_splitter->saveState();
}

void MarketWorkspace::restoreState(const QByteArray& state)
{
    m_splitter->restoreState(state);
}

void MarketWorkspace::exportReport()
{
    if (m_empty) {
        showMessage(tr("The database holds no tenders, so there is no market report to export."));
        return;
    }
    QList<std::pair<QString, QString>> sections;
    for (const analytics::ReportSection& section : std::as_const(m_report.sections))
        sections.append({section.id, section.title});
    auto* dialog = new ReportExportDialog(m_database, m_source, m_filterBar->filter(), sections,
                                          reportLanguage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace td::ui
