#include "buyerdesk.h"

#include "backgroundtask.h"
#include "bidding/bidrepository.h"
#include "bidding/minuteshtml.h"
#include "bidding/openedbiddocuments.h"
#include "bidding/openingminutes.h"
#include "bidding/receiptfiles.h"
#include "bidding/refusalrepository.h"
#include "bidding/submissionrepository.h"
#include "collusionview.h"
#include "common/actor.h"
#include "documents/collusionrepository.h"
#include "documents/collusionsignals.h"
#include "documents/documentviewer.h"
#include "documents/pdfviewer.h"
#include "documents/pdfviewerwindow.h"
#include "documentsearchview.h"
#include "lifecycle/tenderlifecycle.h"
#include "openedbidsmodel.h"
#include "passphrasedialog.h"
#include "print/htmlpdfprinter.h"
#include "store/database.h"
#include "store/databaseworker.h"
#include "store/tenderreader.h"
#include "submissionsmodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTableView>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace td::ui {

namespace {

struct BuyerData
{
    Tender tender;
    QList<BidSubmission> submissions;
    QList<BidRefusal> refusals;
    QList<OpenedBidRow> bids;
    QList<OpenedBidDocument> documents;
    QList<CollusionSignal> collusion;
};

} // namespace

BuyerDesk::BuyerDesk(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("buyer desk")))
    , m_state(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_submissions(new SubmissionsModel(this))
    , m_submissionsView(new QTableView(this))
    , m_bids(new OpenedBidsModel(this))
    , m_bidsView(new QTreeView(this))
    , m_collusion(new CollusionView(this))
    , m_search(new DocumentSearchView(*m_worker, this))
{
    setObjectName(QStringLiteral("buyerDesk"));
    m_task = new BackgroundTask(*m_worker, this, tr("Opening the bids"), this);
    m_state->setObjectName(QStringLiteral("buyerState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_submissionsView->setObjectName(QStringLiteral("submissions"));
    m_submissionsView->setModel(m_submissions);
    m_submissionsView->verticalHeader()->hide();
    m_submissionsView->horizontalHeader()->setStretchLastSection(true);
    m_submissionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_submissionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bidsView->setObjectName(QStringLiteral("openedBids"));
    m_bidsView->setModel(m_bids);
    m_bidsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bidsView->setAlternatingRowColors(true);
    connect(m_bidsView, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const QVariant id = index.data(OpenedBidsModel::DocumentIdRole);
        if (id.isValid())
            showDocument(id.toLongLong(),
                         index.siblingAtColumn(OpenedBidsModel::ModelColumn).data().toString());
    });
    m_tabs->setObjectName(QStringLiteral("buyerTabs"));
    m_tabs->addTab(m_submissionsView, tr("Received packages"));
    m_tabs->addTab(m_bidsView, tr("Opened bids"));
    m_tabs->addTab(m_collusion, tr("Collusion signals"));
    m_tabs->addTab(m_search, tr("Document search"));
    connect(m_search, &DocumentSearchView::hitActivated, this,
            [this](const DocumentHit& hit, const QString& query) {
                showDocument(hit.documentId, tr("%1, %2").arg(hit.vendor, hit.fileName), query,
                             qMax(0, hit.page - 1)); // a metadata hit has no page: the first
            });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_tabs, 1);

    m_receive = new QAction(tr("&Receive bid packages…"), this);
    m_receive->setObjectName(QStringLiteral("receiveAction"));
    m_receive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_receive->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_receive, &QAction::triggered, this, &BuyerDesk::chooseAndReceive);
    m_open = new QAction(tr("&Open bids…"), this);
    m_open->setObjectName(QStringLiteral("openBidsAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_open, &QAction::triggered, this, &BuyerDesk::askAndOpen);
    m_minutes = new QAction(tr("Opening &minutes…"), this);
    m_minutes->setObjectName(QStringLiteral("minutesAction"));
    connect(m_minutes, &QAction::triggered, this, &BuyerDesk::chooseAndSaveMinutes);
    m_searchDocuments = new QAction(tr("&Search bid documents"), this);
    m_searchDocuments->setObjectName(QStringLiteral("searchDocumentsAction"));
    m_searchDocuments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchDocuments->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_searchDocuments, &QAction::triggered, this, &BuyerDesk::startDocumentSearch);
    setEnabled(false);
    showState();
}

BuyerDesk::~BuyerDesk()
{
    delete m_task; // before the worker it reports from
    m_worker.reset();
}

QList<QAction*> BuyerDesk::deskActions() const
{
    return {m_receive, m_open, m_minutes, m_searchDocuments};
}

bool BuyerDesk::isBusy() const
{
    return m_task->isRunning();
}

void BuyerDesk::setTender(qint64 tenderId)
{
    const int generation = ++m_generation;
    m_worker->run<BuyerData>(
        this,
        [tenderId](QSqlDatabase db) {
            BuyerData d;
            d.tender = TenderReader(db).byId(tenderId).value_or(Tender());
            d.submissions = SubmissionRepository(db).forTender(tenderId);
            d.refusals = RefusalRepository(db).forTender(tenderId);
            d.bids = BidRepository(db).openedBids(tenderId);
            if (!d.bids.isEmpty()) {
                d.documents = openedBidDocuments(db, tenderId);
                if (const auto input = loadCollusionInput(db, d.tender.reference))
                    d.collusion = findCollusionSignals(*input);
            }
            return d;
        },
        [this, generation](const BuyerData& d) {
            if (generation != m_generation)
                return;
            const bool anotherTender = d.tender.id != m_tender.id;
            m_tender = d.tender;
            m_submissions->setRows(d.submissions, d.refusals);
            // Names and times in full; the widths a person chose are kept when they suffice.
            for (int c :
                 {int(SubmissionsModel::VendorColumn), int(SubmissionsModel::ReceivedColumn)}) {
                const int chosen = m_submissionsView->columnWidth(c);
                m_submissionsView->resizeColumnToContents(c);
                if (m_submissionsView->columnWidth(c) < chosen)
                    m_submissionsView->setColumnWidth(c, chosen);
            }
            m_bids->setBids(d.bids, d.documents);
            m_bidsView->expandAll();
            for (int c = 0; c < OpenedBidsModel::ColumnCount - 1; ++c)
                m_bidsView->resizeColumnToContents(c);
            // A tender chosen anew shows what there is to read: its bids once they are open.
            if (anotherTender)
                m_tabs->setCurrentWidget(d.bids.isEmpty() ? static_cast<QWidget*>(m_submissionsView)
                                                          : m_bidsView);
            m_collusion->setSignals(d.collusion, int(d.bids.size()));
            m_search->setTender(d.tender.id, int(d.bids.size()));
            setEnabled(true);
            showState();
            Q_EMIT loaded();
        },
        [this](const QString& message) { report(tr("Bids"), message, true); });
}

void BuyerDesk::showState()
{
    const QDateTime now = m_clock();
    const bool opened = m_tender.status == TenderStatus::Opened || m_bids->bidCount() > 0;
    const bool pastDeadline = m_tender.bidDeadline.isValid() && now >= m_tender.bidDeadline;
    m_receive->setEnabled(m_tender.id != 0 && !opened);
    m_open->setEnabled(m_tender.id != 0 && pastDeadline && !opened);
    m_minutes->setEnabled(opened);
    m_searchDocuments->setEnabled(m_tender.id != 0);
    QString text;
    if (m_tender.id == 0)
        text = QString();
    else if (opened)
        text = tr("The bids were opened: %n bid(s) unsealed.", nullptr, m_bids->bidCount());
    else if (m_submissions->rowCount() == 0)
        text = tr("No bids received yet. Bid packages are received until the bid deadline, "
                  "%1.")
                   .arg(lifecycle::localTime(m_tender, m_tender.bidDeadline));
    else if (pastDeadline)
        text = tr("The bid deadline has passed: open the bids when the opening begins.");
    else
        text = tr("Bids stay sealed until they are opened after the bid deadline, %1.")
                   .arg(lifecycle::localTime(m_tender, m_tender.bidDeadline));
    m_state->setText(text);
}

void BuyerDesk::report(const QString& title, const QString& text, bool warning)
{
    if (warning) {
        Q_EMIT failed(text);
        QMessageBox::warning(this, title, text);
    } else {
        QMessageBox::information(this, title, text);
    }
}

void BuyerDesk::chooseAndReceive()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Receive bid packages"), QDir::homePath(), tr("Bid packages (*.zip)"));
    if (!paths.isEmpty())
        receive(paths);
}

void BuyerDesk::receive(const QStringList& paths)
{
    const Database* database = &m_database;
    const QString actor = currentActor();
    const QDateTime now = m_clock();
    auto results = std::make_shared<QList<ReceivedPackage>>();
    m_task->dialog()->setWindowTitle(tr("Receiving bid packages"));
    m_task->start(
        [=](QSqlDatabase, TaskProgress& progress) {
            for (int i = 0; i < paths.size() && !progress.cancelled(); ++i) {
                progress.set(i, paths.size(), QFileInfo(paths[i]).fileName());
                ReceivedPackage r;
                r.path = paths[i];
                r.outcome = receiveBidPackage(*database, paths[i], now, actor);
                if (r.outcome.accepted)
                    r.receiptJsonPath = writeReceiptFiles(paths[i], r.outcome.receipt).json;
                results->append(r);
            }
        },
        [this, results] {
            QStringList lines;
            bool refused = false;
            for (const ReceivedPackage& r : *results) {
                const QString name = QFileInfo(r.path).fileName();
                if (r.outcome.accepted)
                    lines.append(tr("%1: received from %2; the receipt is in %3.")
                                     .arg(name, r.outcome.receipt.vendor,
                                          QDir::toNativeSeparators(r.receiptJsonPath)));
                else
                    lines.append(tr("%1: refused. %2").arg(name, r.outcome.message));
                refused = refused || !r.outcome.accepted;
            }
            reload();
            Q_EMIT received(*results);
            report(tr("Receive bid packages"), lines.join(QStringLiteral("\n\n")), refused);
        },
        [this](const QString& message) {
            reload();
            report(tr("Receive bid packages"), message, true);
        });
}

void BuyerDesk::askAndOpen()
{
    PassphraseDialog dialog(tr("Open bids"),
                            tr("Enter the passphrase chosen when tender %1 was published: it "
                               "unlocks the key the bids were sealed to.")
                                .arg(m_tender.reference),
                            PassphraseDialog::Mode::Unlock, this);
    if (dialog.exec() == QDialog::Accepted)
        openWith(dialog.passphrase());
}

void BuyerDesk::openWith(const QByteArray& passphrase)
{
    const Database* database = &m_database;
    const QString reference = m_tender.reference;
    const QString actor = currentActor();
    const QDateTime now = m_clock();
    auto result = std::make_shared<OpeningResult>();
    m_task->dialog()->setWindowTitle(tr("Opening the bids"));
    m_task->start(
        [=](QSqlDatabase, TaskProgress& progress) {
            *result = openBids(*database, reference, passphrase, now, actor,
                               [&progress](const OpeningProgress& p) {
                                   // Each bid is one step; its bytes move the bar within it.
                                   const qint64 step = 1000;
                                   const qint64 within =
                                       p.bytesTotal > 0 ? p.bytesDone * step / p.bytesTotal : 0;
                                   progress.set(p.done * step + within, qMax(1, p.total) * step,
                                                tr("Opening %1's bid…").arg(p.vendor));
                                   return !progress.cancelled();
                               });
        },
        [this, result] {
            QStringList lines{tr("%n valid bid(s) opened.", nullptr, result->validBids)};
            for (const OpenedSubmission& s : result->submissions)
                if (!s.failure.isEmpty())
                    lines.append(tr("%1's bid failed: %2").arg(s.vendor, s.failure));
            if (result->mayFail)
                lines.append(result->warning);
            m_tabs->setCurrentWidget(m_bidsView); // what the opening unsealed
            reload();
            Q_EMIT opened(*result);
            report(tr("Open bids"), lines.join(QStringLiteral("\n\n")),
                   result->mayFail || result->failedBids > 0);
        },
        [this](const QString& message) {
            report(tr("Open bids"),
                   tr("%1\nNothing was changed: the bids stay sealed.").arg(message), true);
        });
}

void BuyerDesk::chooseAndSaveMinutes()
{
    const QStringList languages{tr("Chinese"), tr("English")};
    bool ok = false;
    const QString language = QInputDialog::getItem(this, tr("Opening minutes"), tr("&Language:"),
                                                   languages, 0, false, &ok);
    if (!ok)
        return;
    const QString out = QFileDialog::getSaveFileName(
        this, tr("Save the opening minutes"),
        QDir::home().filePath(QStringLiteral("%1-minutes.pdf").arg(m_tender.reference)),
        tr("PDF (*.pdf)"));
    if (!out.isEmpty())
        saveMinutes(out, language == languages.at(1));
}

void BuyerDesk::saveMinutes(const QString& outPath, bool english)
{
    const Database* database = &m_database;
    const QString reference = m_tender.reference;
    const DocumentLanguage language =
        english ? DocumentLanguage::English : DocumentLanguage::Chinese;
    m_worker->run<QString>(
        this,
        [database, reference, language](QSqlDatabase) {
            return openingMinutesHtml(openingMinutes(*database, reference), language);
        },
        [this, outPath](const QString& html) {
            if (!m_printer)
                m_printer = new HtmlPdfPrinter(this);
            m_printer->disconnect(this); // the connections of the minutes printed before
            connect(m_printer, &HtmlPdfPrinter::failed, this,
                    [this](const QString& m) { report(tr("Opening minutes"), m, true); });
            connect(m_printer, &HtmlPdfPrinter::finished, this,
                    [this, outPath](const QByteArray& pdf) {
                        QSaveFile file(outPath);
                        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() ||
                            !file.commit()) {
                            report(tr("Opening minutes"),
                                   tr("Could not write %1: %2. Choose another place.")
                                       .arg(QDir::toNativeSeparators(outPath), file.errorString()),
                                   true);
                            return;
                        }
                        Q_EMIT minutesSaved(outPath);
                    });
            if (!m_printer->print(html, openingMinutesBaseUrl()))
                report(tr("Opening minutes"),
                       tr("The minutes are still being printed; try again in a moment."), true);
        },
        [this](const QString& message) { report(tr("Opening minutes"), message, true); });
}

void BuyerDesk::startDocumentSearch()
{
    m_tabs->setCurrentWidget(m_search);
    m_search->focusQuery();
}

void BuyerDesk::showDocument(qint64 documentId, const QString& title, const QString& query,
                             int page)
{
    m_worker->run<QByteArray>(
        this,
        [documentId](QSqlDatabase db) {
            return documentContent(db, documentId).value_or(QByteArray());
        },
        [this, title, query, page](const QByteArray& pdf) {
            PdfViewerWindow* window = openDocumentViewer(this, pdf, title);
            if (!query.isEmpty())
                window->viewer()->findFrom(query, page);
            Q_EMIT documentShown(window);
        },
        [this](const QString& message) { report(tr("Document"), message, true); });
}

} // namespace td::ui
