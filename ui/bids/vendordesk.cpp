#include "vendordesk.h"

#include "backgroundtask.h"
#include "bidchecksview.h"
#include "bidding/biddraftrepository.h"
#include "bidding/bidjson.h"
#include "bidding/bidpackagewriter.h"
#include "bidform.h"
#include "common/actor.h"
#include "cost/bidcost.h"
#include "passphrasedialog.h"
#include "sealing/privatekey.h"
#include "sealing/signingidentity.h"
#include "store/acceleratorrepository.h"
#include "store/database.h"
#include "store/databaseworker.h"
#include "store/tenderreader.h"
#include "vendoridentitydialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollArea>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace td::ui {

namespace {

struct DeskData
{
    Tender tender;
    QList<Accelerator> catalog;
    BidContent content;
    std::optional<StoredIdentity> identity;
};

} // namespace

VendorDesk::VendorDesk(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("vendor desk")))
    , m_form(new BidForm(this))
    , m_checks(new BidChecksView(this))
    , m_status(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("vendorDesk"));
    m_task = new BackgroundTask(*m_worker, this, tr("Sealing the bid"), this);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    auto* checks = new QWidget(this);
    auto* checksLayout = new QVBoxLayout(checks);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    auto* checksTitle = new QLabel(tr("<b>Checks before sealing</b>"), checks);
    checksLayout->addWidget(checksTitle);
    checksLayout->addWidget(m_checks, 1);
    m_status->setObjectName(QStringLiteral("vendorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    checksLayout->addWidget(m_status);
    m_splitter->setObjectName(QStringLiteral("vendorSplitter"));
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(checks);
    // The checks are what to fix before sealing: room for several without scrolling.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_identityAction = new QAction(tr("Vendor &identity…"), this);
    m_identityAction->setObjectName(QStringLiteral("vendorIdentityAction"));
    connect(m_identityAction, &QAction::triggered, this, &VendorDesk::editIdentity);
    m_save = new QAction(tr("&Save draft"), this);
    m_save->setObjectName(QStringLiteral("saveDraftAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_save, &QAction::triggered, this, &VendorDesk::saveDraft);
    m_seal = new QAction(tr("S&eal and export…"), this);
    m_seal->setObjectName(QStringLiteral("sealAction"));
    m_seal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_seal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_seal, &QAction::triggered, this, &VendorDesk::seal);
    m_withdraw = new QAction(tr("&Withdraw…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawAction"));
    connect(m_withdraw, &QAction::triggered, this, &VendorDesk::withdraw);
    m_undo = m_form->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo = m_form->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_save, m_seal, m_undo, m_redo});

    // A draft is written a moment after the typing stops: a crash loses a few seconds at most.
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1500);
    connect(&m_autosave, &QTimer::timeout, this, &VendorDesk::saveDraft);
    m_costTimer.setSingleShot(true);
    m_costTimer.setInterval(600);
    connect(&m_costTimer, &QTimer::timeout, this, &VendorDesk::refreshCost);
    connect(m_form, &BidForm::contentChanged, this, [this] {
        runChecks();
        m_autosave.start();
        m_costTimer.start();
    });
    setEnabled(false);
}

VendorDesk::~VendorDesk()
{
    delete m_task; // before the worker it reports from
    m_worker.reset();
}

QList<QAction*> VendorDesk::deskActions() const
{
    return {m_identityAction, m_save, m_seal, m_withdraw};
}

bool VendorDesk::isBusy() const
{
    return m_task->isRunning();
}

void VendorDesk::setTender(qint64 tenderId)
{
    if (m_autosave.isActive()) {
        m_autosave.stop();
        saveDraft();
    }
    const int generation = ++m_generation;
    setEnabled(false);
    m_worker->run<DeskData>(
        this,
        [tenderId](QSqlDatabase db) {
            DeskData d;
            d.tender = TenderReader(db).byId(tenderId).value_or(Tender());
            d.catalog = AcceleratorRepository(db).all();
            if (const auto draft = BidDraftRepository(db).forTender(tenderId))
                d.content = draft->content;
            else
                d.content = bidjson::bidTemplate(d.tender);
            d.identity = IdentityRepository(db, Dialect::of(db)).current();
            return d;
        },
        [this, generation](const DeskData& d) {
            if (generation != m_generation)
                return;
            m_tender = d.tender;
            m_catalog = d.catalog;
            m_identity = d.identity;
            m_cost.reset();
            m_form->setTender(m_tender, m_catalog);
            m_form->setContent(d.content);
            m_status->clear();
            runChecks();
            refreshCost();
            setEnabled(true);
            Q_EMIT loaded();
        },
        [this](const QString& message) { showMessage(tr("Bid"), message, true); });
}

void VendorDesk::runChecks()
{
    m_checks->setIssues(checkBid(m_tender, m_form->content(), m_catalog, m_cost));
}

void VendorDesk::refreshCost()
{
    if (m_tender.id == 0)
        return;
    const Tender tender = m_tender;
    const BidContent bid = m_form->content();
    const int generation = m_generation;
    m_worker->run<std::optional<CostToServe>>(
        this,
        [tender, bid](QSqlDatabase db) {
            const PricedOffer offer{QString(), bid.totalPrice, bid.breakdown, bid.hardware,
                                    bid.deliversHardware};
            return costOfOffer(db, tender, offer, CostAssumptions{}).cost;
        },
        [this, generation](const std::optional<CostToServe>& cost) {
            if (generation != m_generation)
                return;
            m_cost = cost;
            runChecks();
        });
}

void VendorDesk::saveDraft()
{
    m_autosave.stop();
    if (m_tender.id == 0)
        return;
    const qint64 tenderId = m_tender.id;
    const BidContent content = m_form->content();
    m_worker->run<bool>(
        this,
        [tenderId, content](QSqlDatabase db) {
            BidDraftRepository(db).save(tenderId, content, QDateTime::currentDateTimeUtc());
            return true;
        },
        [this](bool) {
            m_status->setText(
                tr("Draft saved at %1.")
                    .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            Q_EMIT draftSaved();
        },
        [this](const QString& message) { m_status->setText(message); });
}

void VendorDesk::showMessage(const QString& title, const QString& text, bool warning)
{
    m_status->setText(text);
    if (warning) {
        Q_EMIT failed(text);
        QMessageBox::warning(this, title, text);
    } else {
        QMessageBox::information(this, title, text);
    }
}

void VendorDesk::editIdentity()
{
    VendorIdentityDialog dialog(m_identity, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    makeIdentity(dialog.organization(), dialog.uscc(), dialog.suite(), dialog.passphrase());
}

void VendorDesk::makeIdentity(const QString& organization, const QString& uscc, CipherSuite suite,
                              const QByteArray& passphrase)
{
    const QString actor = currentActor();
    const bool replace = m_identity.has_value();
    m_task->dialog()->setWindowTitle(tr("Making the signing key"));
    auto result = std::make_shared<StoredIdentity>();
    m_task->start(
        [=](QSqlDatabase db, TaskProgress& progress) {
            progress.set(0, 1, tr("Making the key and its certificate…"));
            const SigningIdentity identity =
                makeSigningIdentity(organization, uscc, suite, passphrase);
            Organization vendor;
            vendor.name = organization;
            vendor.shortName = organization;
            vendor.uscc = uscc;
            vendor.kind = OrganizationKind::ModelVendor;
            *result = IdentityRepository(db, Dialect::of(db))
                          .save(vendor, identity, replace, QDateTime::currentDateTimeUtc(), actor);
            progress.set(1, 1);
        },
        [this, result] {
            m_identity = *result;
            m_status->setText(tr("Signing identity of %1 made; certificate fingerprint %2.")
                                  .arg(result->organization.name, result->identity.fingerprint));
            Q_EMIT identityChanged();
        },
        [this](const QString& message) { showMessage(tr("Vendor identity"), message, true); });
}

void VendorDesk::seal()
{
    if (!m_identity) {
        showMessage(tr("Seal and export"),
                    tr("This desk has no signing identity yet. Make one with Vendor identity… "
                       "first: bids are signed with it."),
                    true);
        return;
    }
    const QList<BidIssue> issues = checkBid(m_tender, m_form->content(), m_catalog, m_cost);
    if (hasErrors(issues)) {
        showMessage(tr("Seal and export"),
                    tr("The bid cannot be sealed yet: fix the errors listed under the form "
                       "first."),
                    true);
        return;
    }
    PassphraseDialog passphrase(tr("Seal and export"),
                                tr("Enter the passphrase of %1's signing key to sign the bid.")
                                    .arg(m_identity->organization.name),
                                PassphraseDialog::Mode::Unlock, this);
    if (passphrase.exec() != QDialog::Accepted)
        return;
    const QString suggested =
        QDir::home().filePath(QStringLiteral("%1-bid.zip").arg(m_tender.reference));
    const QString out = QFileDialog::getSaveFileName(this, tr("Export the sealed bid"), suggested,
                                                     tr("Bid package (*.zip)"));
    if (out.isEmpty())
        return;
    sealTo(out, passphrase.passphrase());
}

void VendorDesk::withdraw()
{
    if (!m_identity) {
        showMessage(tr("Withdraw"),
                    tr("This desk has no signing identity: there is no bid of its to withdraw."),
                    true);
        return;
    }
    PassphraseDialog passphrase(
        tr("Withdraw the bid"),
        tr("A signed withdrawal notice withdraws %1's bid for tender %2 once the buyer receives "
           "it before the bid deadline. Enter the signing key's passphrase.")
            .arg(m_identity->organization.name, m_tender.reference),
        PassphraseDialog::Mode::Unlock, this);
    if (passphrase.exec() != QDialog::Accepted)
        return;
    const QString out = QFileDialog::getSaveFileName(
        this, tr("Export the withdrawal notice"),
        QDir::home().filePath(QStringLiteral("%1-withdrawal.zip").arg(m_tender.reference)),
        tr("Bid package (*.zip)"));
    if (!out.isEmpty())
        withdrawTo(out, passphrase.passphrase());
}

void VendorDesk::sealTo(const QString& outPath, const QByteArray& passphrase)
{
    if (!m_identity)
        return;
    saveDraft();
    const StoredIdentity identity = *m_identity;
    const QString reference = m_tender.reference;
    const BidContent bid = m_form->content();
    const Database* database = &m_database;
    auto written = std::make_shared<WrittenPackage>();
    m_task->dialog()->setWindowTitle(tr("Sealing the bid"));
    m_task->start(
        [=](QSqlDatabase, TaskProgress& progress) {
            progress.set(0, 1, tr("Unlocking the signing key…"));
            const PrivateKey key =
                PrivateKey::unlock(identity.identity.encryptedPrivateKeyPem, passphrase);
            const SealingTarget target = sealingTargetOf(*database, reference);
            const PackageSigner signer{identity.organization.name, identity.organization.uscc,
                                       identity.identity.certificatePem,
                                       identity.identity.fingerprint, key};
            *written = writeBidPackage(outPath, target, signer, bid, QString(),
                                       [&progress](qint64 done, qint64 total) {
                                           progress.set(done, total, tr("Sealing the documents…"));
                                           return !progress.cancelled();
                                       });
        },
        [this, outPath, written] {
            showMessage(tr("Seal and export"),
                        tr("The bid is sealed in %1.\nSHA-256: %2\nSend this file to the buyer "
                           "before the bid deadline; its receipt will name the same SHA-256.")
                            .arg(QDir::toNativeSeparators(outPath), written->sha256),
                        false);
            Q_EMIT packageWritten(outPath, written->sha256);
        },
        [this](const QString& message) { showMessage(tr("Seal and export"), message, true); });
}

void VendorDesk::withdrawTo(const QString& outPath, const QByteArray& passphrase)
{
    if (!m_identity)
        return;
    const StoredIdentity identity = *m_identity;
    const QString reference = m_tender.reference;
    const Database* database = &m_database;
    auto written = std::make_shared<WrittenPackage>();
    m_task->dialog()->setWindowTitle(tr("Signing the withdrawal"));
    m_task->start(
        [=](QSqlDatabase, TaskProgress& progress) {
            progress.set(0, 1, tr("Unlocking the signing key…"));
            const PrivateKey key =
                PrivateKey::unlock(identity.identity.encryptedPrivateKeyPem, passphrase);
            const PackageSigner signer{identity.organization.name, identity.organization.uscc,
                                       identity.identity.certificatePem,
                                       identity.identity.fingerprint, key};
            *written =
                writeWithdrawalPackage(outPath, sealingTargetOf(*database, reference), signer);
            progress.set(1, 1);
        },
        [this, outPath, written] {
            showMessage(tr("Withdraw"),
                        tr("The withdrawal notice is in %1.\nSHA-256: %2\nSend it to the buyer "
                           "before the bid deadline.")
                            .arg(QDir::toNativeSeparators(outPath), written->sha256),
                        false);
            Q_EMIT packageWritten(outPath, written->sha256);
        },
        [this](const QString& message) { showMessage(tr("Withdraw"), message, true); });
}

} // namespace td::ui
