#include "tendersworkspace.h"

#include "store/acceleratorrepository.h"
#include "store/databaseworker.h"
#include "store/organizationrepository.h"
#include "store/releaserepository.h"
#include "store/sql.h"
#include "store/tenderlistmodel.h"
#include "store/tenderreader.h"
#include "tenderactions.h"
#include "tenderdetailview.h"
#include "tenderfilterbar.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace td::ui {
namespace {

// What the filter bar offers, read off the GUI thread.
struct FilterOptions
{
    QList<Organization> buyers;
    int firstYear = 0;
    int lastYear = 0;
    QHash<QString, bool> isDomestic;
};

constexpr quint32 stateVersion = 1;

} // namespace

TendersWorkspace::TendersWorkspace(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_filterBar(new TenderFilterBar(this))
    , m_model(new TenderListModel(database, this))
    , m_table(new QTableView(this))
    , m_detail(new TenderDetailView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_listStack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_emptyDemoButton(new QPushButton(tr("Load the demo market"), this))
    , m_actions(new TenderActions(database, this))
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("tender detail")))
{
    m_table->setObjectName(QStringLiteral("tenderTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(int(TenderColumn::Published),
                                                  Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const int widths[] = {190, 420, 110, 100, 100, 100, 130, 130, 130};
    for (int column = 0; column < tenderColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyDemoButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(emptyPage);

    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({740, 660}); // until the user's own layout is restored
    m_splitter->setChildrenCollapsible(false);

    auto* toolBar = new QToolBar(tr("Tender"), this);
    toolBar->setObjectName(QStringLiteral("tenderToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* action : m_actions->actions()) {
        toolBar->addAction(action);
        addAction(action); // shortcuts work wherever the focus is in the workspace
        if (action->menu())
            if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(action)))
                button->setPopupMode(QToolButton::InstantPopup);
    }
    connect(m_actions, &TenderActions::tenderChanged, this, &TendersWorkspace::tenderChanged);
    connect(m_table, &QTableView::activated, m_actions, &TenderActions::editCurrent);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    connect(m_filterBar, &TenderFilterBar::filterChanged, m_model, &TenderListModel::setFilter);
    connect(m_model, &TenderListModel::totalChanged, this, [this](qint64 total) {
        updateEmptyState();
        Q_EMIT totalChanged(total);
    });
    connect(m_model, &TenderListModel::loadingChanged, this,
            [this](bool loading) { m_filterBar->setResultCount(m_model->total(), loading); });
    connect(m_model, &TenderListModel::errorOccurred, m_detail, &TenderDetailView::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_shownTenderId = 0;
        if (const qint64 keep = std::exchange(m_keepShownAfterReset, 0)) {
            showTender(keep);
            return;
        }
        m_current.reset();
        m_actions->setCurrent(m_current);
        m_detail->showNothingSelected();
    });
    // A selected row may still be loading: show it once its page arrives.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TendersWorkspace::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TendersWorkspace::showSelected);
    connect(m_emptyDemoButton, &QPushButton::clicked, this, &TendersWorkspace::loadDemoRequested);
    loadFilterOptions();
}

TendersWorkspace::~TendersWorkspace()
{
    m_worker.reset();
}

void TendersWorkspace::reload()
{
    loadFilterOptions();
    m_model->refresh();
}

void TendersWorkspace::focusSearch()
{
    m_filterBar->focusSearch();
}

void TendersWorkspace::loadFilterOptions()
{
    m_worker->run<FilterOptions>(
        this,
        [](QSqlDatabase db) {
            FilterOptions options;
            options.buyers = OrganizationRepository(db).buyers();
            QSqlQuery span = sql::run(db, QStringLiteral("SELECT MIN(published_at), "
                                                         "MAX(published_at) FROM tenders"));
            if (span.next() && !span.value(0).isNull()) {
                options.firstYear = sql::toDateTime(span.value(0)).toLocalTime().date().year();
                options.lastYear = sql::toDateTime(span.value(1)).toLocalTime().date().year();
            }
            options.isDomestic = AcceleratorRepository(db).domesticByModel();
            return options;
        },
        [this](const FilterOptions& options) {
            m_filterBar->setBuyers(options.buyers);
            m_filterBar->setYears(options.firstYear, options.lastYear);
            m_isDomestic = options.isDomestic;
        },
        [this](const QString& message) { m_detail->showError(message); });
}

void TendersWorkspace::updateEmptyState()
{
    const qint64 total = m_model->total();
    m_filterBar->setResultCount(total, m_model->isLoading());
    if (total > 0) {
        m_listStack->setCurrentIndex(0);
        return;
    }
    const TenderFilter none;
    m_databaseEmpty = m_model->filter() == none;
    m_emptyLabel->setText(m_databaseEmpty
                              ? tr("The database holds no tenders yet. Load the demo market to "
                                   "explore TenderDesk, or create a tender (Ctrl+N).")
                              : tr("No tender matches these filters. Clear the search or choose "
                                   "other filters."));
    m_emptyDemoButton->setVisible(m_databaseEmpty);
    m_listStack->setCurrentIndex(1);
}

void TendersWorkspace::openTender(qint64 id)
{
    if (id == 0 || id == m_shownTenderId || id == m_wantedTenderId)
        return;
    m_table->clearSelection();
    showTender(id);
}

void TendersWorkspace::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const qint64 id = m_model->tenderId(current.row());
    if (id == 0 || id == m_shownTenderId || id == m_wantedTenderId)
        return;
    showTender(id);
}

void TendersWorkspace::tenderChanged(qint64 id)
{
    m_keepShownAfterReset = id;
    reload();
}

void TendersWorkspace::showTender(qint64 id)
{
    m_wantedTenderId = id;
    m_detail->showLoading();
    struct Shown
    {
        std::optional<Tender> tender;
        QList<TenderRelease> releases;
        std::optional<StoredSealingKey> sealingKey;
    };
    m_worker->run<Shown>(
        this,
        [id](QSqlDatabase db) {
            return Shown{TenderReader(db).byId(id), ReleaseRepository(db).forTender(id),
                         SealingKeyRepository(db).forTender(id)};
        },
        [this, id](const Shown& shown) {
            const std::optional<Tender>& tender = shown.tender;
            if (id != m_wantedTenderId)
                return; // the user has moved on
            m_wantedTenderId = 0;
            m_shownTenderId = id;
            m_current = tender;
            m_actions->setCurrent(m_current);
            if (tender)
                m_detail->showTender(*tender, m_isDomestic, shown.releases, shown.sealingKey);
            else
                m_detail->showError(tr("This tender no longer exists."));
        },
        [this](const QString& message) {
            m_wantedTenderId = 0;
            m_detail->showError(message);
        });
}

QByteArray TendersWorkspace::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << stateVersion << m_splitter->saveState() << m_table->horizontalHeader()->saveState();
    return state;
}

void TendersWorkspace::restoreState(const QByteArray& state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray splitter, header;
    stream >> version >> splitter >> header;
    if (version != stateVersion || stream.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(header);
    const QHeaderView* h = m_table->horizontalHeader();
    m_model->sort(h->sortIndicatorSection(), h->sortIndicatorOrder());
}

} // namespace td::ui
