#include "bidsworkspace.h"

#include "biddabletendermodel.h"
#include "bidding/tenderpackageimport.h"
#include "buyerdesk.h"
#include "common/actor.h"
#include "store/database.h"
#include "store/databaseworker.h"
#include "store/tenderreader.h"
#include "vendordesk.h"

#include <QAction>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace td::ui {

namespace {
constexpr quint32 stateVersion = 1;
}

BidsWorkspace::BidsWorkspace(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("bids")))
    , m_model(new BiddableTenderModel(this))
    , m_list(new QListView(this))
    , m_splitter(new QSplitter(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_vendor(new VendorDesk(database, this))
    , m_buyer(new BuyerDesk(database, this))
    , m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("bidsWorkspace"));
    m_import = new QAction(tr("&Import tender package…"), this);
    m_import->setObjectName(QStringLiteral("importTenderPackageAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_import, &QAction::triggered, this, &BidsWorkspace::chooseAndImport);

    m_list->setObjectName(QStringLiteral("bidTenders"));
    m_list->setModel(m_model);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BidsWorkspace::showCurrent);

    m_empty->setObjectName(QStringLiteral("bidsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("importedBanner"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();

    auto* vendorPage = new QWidget(this);
    auto* vendorLayout = new QVBoxLayout(vendorPage);
    vendorLayout->setContentsMargins(0, 0, 0, 0);
    vendorLayout->addWidget(m_banner);
    vendorLayout->addWidget(m_vendor, 1);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(vendorPage);
    m_pages->addWidget(m_buyer);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* listTitle = new QLabel(tr("&Tenders taking or past their bids"), left);
    listTitle->setBuddy(m_list);
    leftLayout->addWidget(listTitle);
    leftLayout->addWidget(m_list, 1);
    m_splitter->setObjectName(QStringLiteral("bidsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 3);

    m_toolBar->setObjectName(QStringLiteral("bidsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* layout = new QVBoxLayout(this); // the style's margins, as the other workspaces have
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    addAction(m_import);
    for (QAction* a : m_buyer->deskActions())
        addAction(a);

    connect(m_buyer, &BuyerDesk::opened, this, [this] { reload(); });
    showCurrent();
    reload();
}

BidsWorkspace::~BidsWorkspace()
{
    m_worker.reset();
}

QList<QAction*> BidsWorkspace::workspaceActions() const
{
    QList<QAction*> actions{m_import};
    actions += m_vendor->deskActions();
    actions += m_buyer->deskActions();
    return actions;
}

bool BidsWorkspace::isBusy() const
{
    return m_vendor->isBusy() || m_buyer->isBusy();
}

void BidsWorkspace::reload()
{
    m_worker->run<QList<BiddableTender>>(
        this, [](QSqlDatabase db) { return biddableTenders(db); },
        [this](const QList<BiddableTender>& tenders) {
            const QModelIndex current = m_list->currentIndex();
            const qint64 keep = m_pendingSelection
                                    ? m_pendingSelection
                                    : current.data(BiddableTenderModel::TenderIdRole).toLongLong();
            m_model->setTenders(tenders);
            m_pendingSelection = 0;
            const int row = m_model->rowOf(keep);
            if (row >= 0)
                m_list->setCurrentIndex(m_model->index(row));
            showCurrent();
            Q_EMIT tendersLoaded();
        },
        [this](const QString& message) { m_empty->setText(message); });
}

void BidsWorkspace::selectTender(qint64 tenderId)
{
    const int row = m_model->rowOf(tenderId);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
        return;
    }
    m_pendingSelection = tenderId;
    reload();
}

void BidsWorkspace::showCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_empty->setText(m_model->rowCount() == 0
                             ? tr("Import a tender package to prepare a bid, or publish a "
                                  "tender to receive bids.")
                             : tr("Choose a tender on the left."));
        m_pages->setCurrentWidget(m_empty);
        showActions({m_import});
        return;
    }
    const qint64 id = current.data(BiddableTenderModel::TenderIdRole).toLongLong();
    const BiddableTender& t = m_model->tenders().at(current.row());
    if (t.origin == TenderOrigin::Imported) {
        m_banner->setText(tr("Another buyer's tender, read-only: %1 of %2. Prepare, seal and "
                             "export your bid here; send the package to the buyer.")
                              .arg(t.reference, t.buyerName));
        m_banner->show();
        m_pages->setCurrentIndex(1);
        if (m_vendor->tenderId() != id)
            m_vendor->setTender(id);
        showActions(QList<QAction*>{m_import} + m_vendor->deskActions());
    } else {
        m_pages->setCurrentWidget(m_buyer);
        if (m_buyer->tenderId() != id)
            m_buyer->setTender(id);
        else
            m_buyer->reload();
        showActions(QList<QAction*>{m_import} + m_buyer->deskActions());
    }
}

void BidsWorkspace::showActions(const QList<QAction*>& actions)
{
    m_toolBar->clear();
    for (QAction* a : actions)
        m_toolBar->addAction(a);
}

void BidsWorkspace::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a tender package"), QDir::homePath(), tr("Tender packages (*.zip)"));
    if (!path.isEmpty())
        importPackage(path);
}

void BidsWorkspace::importPackage(const QString& zipPath)
{
    const Database* database = &m_database;
    const QString actor = currentActor();
    m_worker->run<TenderPackageImport>(
        this,
        [database, zipPath, actor](QSqlDatabase) {
            return importTenderPackage(*database, zipPath, actor, QDateTime::currentDateTimeUtc());
        },
        [this](const TenderPackageImport& result) {
            m_worker->run<qint64>(
                this,
                [reference = result.reference](QSqlDatabase db) {
                    const auto tender = TenderReader(db).byReference(reference);
                    return tender ? tender->id : qint64(0);
                },
                [this](qint64 id) {
                    selectTender(id);
                    Q_EMIT imported(id);
                });
            const QString text =
                result.outcome == TenderPackageImport::Outcome::Unchanged
                    ? tr("Tender %1 was imported before; this package changes nothing.")
                          .arg(result.reference)
                    : tr("Tender %1 (release %2) is on this desk: prepare your bid on it.")
                          .arg(result.reference)
                          .arg(result.releaseNumber);
            QMessageBox::information(this, tr("Import tender package"), text);
        },
        [this](const QString& message) {
            QMessageBox::warning(this, tr("Import tender package"), message);
        });
}

QByteArray BidsWorkspace::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << stateVersion << m_splitter->saveState() << m_vendor->splitter()->saveState()
        << m_buyer->submissionsView()->horizontalHeader()->saveState();
    return state;
}

void BidsWorkspace::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray splitter;
    QByteArray vendor;
    QByteArray columns;
    in >> version >> splitter >> vendor >> columns;
    if (version != stateVersion || in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_vendor->splitter()->restoreState(vendor);
    m_buyer->submissionsView()->horizontalHeader()->restoreState(columns);
}

} // namespace td::ui
