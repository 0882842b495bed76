#include "tenderactions.h"

#include "bidding/tenderpackageimport.h"
#include "clarificationsdialog.h"
#include "documents/documentviewer.h"
#include "domain/error.h"
#include "draftautosave.h"
#include "exchange/benchmarksuite.h"
#include "exchange/savefile.h"
#include "exchange/tenderdocument.h"
#include "exchange/tenderpackage.h"
#include "exchange/tendertemplates.h"
#include "exchange/tenderworkflow.h"
#include "lifecycle/tenderlifecycle.h"
#include "newtenderdialog.h"
#include "print/htmlpdfprinter.h"
#include "publishdialog.h"
#include "store/acceleratorrepository.h"
#include "store/database.h"
#include "store/databaseworker.h"
#include "store/organizationrepository.h"
#include "tendereditor.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

namespace td::ui {
namespace {

QString actor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("tenderdesk") : user;
}

// Prints several HTML documents one after the other behind a progress dialog that can cancel,
// then hands the PDFs to `done`. Deletes itself.
class PrintJob : public QObject
{
public:
    PrintJob(QWidget* window, const QStringList& htmls, const QUrl& baseUrl,
             std::function<void(const QList<QByteArray>&)> done)
        : QObject(window)
        , m_htmls(htmls)
        , m_baseUrl(baseUrl)
        , m_done(std::move(done))
        , m_progress(new QProgressDialog(QObject::tr("Printing the tender document…"),
                                         QObject::tr("Cancel"), 0, int(htmls.size()), window))
    {
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(0);
        m_progress->setValue(0);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            m_printer.cancel();
            finish();
        });
        connect(&m_printer, &HtmlPdfPrinter::finished, this, [this](const QByteArray& pdf) {
            m_pdfs.append(pdf);
            m_progress->setValue(int(m_pdfs.size()));
            next();
        });
        connect(&m_printer, &HtmlPdfPrinter::failed, this, [this, window](const QString& message) {
            QMessageBox::warning(
                window, QObject::tr("Tender document"),
                QObject::tr("The tender document could not be printed: %1").arg(message));
            finish();
        });
        next();
    }

private:
    void next()
    {
        if (m_pdfs.size() == m_htmls.size()) {
            m_progress->hide();
            m_done(m_pdfs);
            finish();
            return;
        }
        m_printer.print(m_htmls.at(m_pdfs.size()), m_baseUrl);
    }
    void finish()
    {
        m_progress->deleteLater();
        deleteLater();
    }

    QStringList m_htmls;
    QUrl m_baseUrl;
    std::function<void(const QList<QByteArray>&)> m_done;
    QProgressDialog* m_progress;
    HtmlPdfPrinter m_printer;
    QList<QByteArray> m_pdfs;
};

// Tool bar buttons show the menu text without its mnemonic: "(&N)" in Chinese, "&" elsewhere,
// and without the ellipsis that promises a dialog.
void setLabel(QAction* action, const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&(?=.)"));
    QString plain = text;
    plain.remove(mnemonic);
    if (plain.endsWith(QStringLiteral("…")))
        plain.chop(1);
    action->setText(text);
    action->setIconText(plain.trimmed());
}

} // namespace

TenderActions::TenderActions(const Database& database, QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_new(new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New tender…"), this))
    , m_edit(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this))
    , m_publish(
          new QAction(QIcon::fromTheme(QStringLiteral("document-send")), tr("&Publish…"), this))
    , m_clarifications(new QAction(tr("&Clarifications…"), this))
    , m_status(new QAction(tr("&Status"), this))
    , m_documentChinese(new QAction(tr("Tender document (&Chinese PDF)…"), this))
    , m_documentEnglish(new QAction(tr("Tender document (&English PDF)…"), this))
    , m_readDocument(new QAction(QIcon::fromTheme(QStringLiteral("document-preview")),
                                 tr("&Read tender document"), this))
    , m_package(new QAction(QIcon::fromTheme(QStringLiteral("package-x-generic")),
                            tr("Tender &package…"), this))
    , m_statusMenu(new QMenu(tr("&Status"), window))
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("tender publication")))
{
    for (QAction* action : actions())
        setLabel(action, action->text());
    m_new->setObjectName(QStringLiteral("newTenderAction"));
    m_edit->setObjectName(QStringLiteral("editTenderAction"));
    m_publish->setObjectName(QStringLiteral("publishTenderAction"));
    m_clarifications->setObjectName(QStringLiteral("clarificationsAction"));
    m_package->setObjectName(QStringLiteral("packageAction"));
    m_readDocument->setObjectName(QStringLiteral("readDocumentAction"));
    m_readDocument->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_readDocument->setToolTip(
        tr("Print the tender document and read it in the PDF viewer (Ctrl+Shift+D)"));
    m_new->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_clarifications->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_package->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_new->setToolTip(tr("Create a tender from its category's template (Ctrl+N)"));
    m_edit->setToolTip(tr("Edit the draft, or amend the published tender (Ctrl+E)"));
    m_status->setMenu(m_statusMenu);
    connect(m_new, &QAction::triggered, this, &TenderActions::newTender);
    connect(m_edit, &QAction::triggered, this, &TenderActions::editCurrent);
    connect(m_publish, &QAction::triggered, this, [this] {
        if (m_current)
            publish(m_current->reference);
    });
    connect(m_clarifications, &QAction::triggered, this, &TenderActions::showClarifications);
    connect(m_documentChinese, &QAction::triggered, this,
            [this] { exportDocument(DocumentLanguage::Chinese); });
    connect(m_documentEnglish, &QAction::triggered, this,
            [this] { exportDocument(DocumentLanguage::English); });
    connect(m_readDocument, &QAction::triggered, this, &TenderActions::readDocument);
    connect(m_package, &QAction::triggered, this, &TenderActions::exportPackage);
    updateEnabled();
}

TenderActions::~TenderActions() = default;

QList<QAction*> TenderActions::actions() const
{
    return {m_new,
            m_edit,
            m_publish,
            m_clarifications,
            m_status,
            m_documentChinese,
            m_documentEnglish,
            m_readDocument,
            m_package};
}

void TenderActions::setCurrent(const std::optional<Tender>& tender)
{
    m_current = tender;
    updateEnabled();
}

void TenderActions::updateEnabled()
{
    const bool any = m_current.has_value();
    const TenderStatus s = any ? m_current->status : TenderStatus::Draft;
    const bool open = any && (s == TenderStatus::Published || s == TenderStatus::Tendering);
    m_edit->setEnabled(any && (s == TenderStatus::Draft || open));
    setLabel(m_edit, open ? tr("&Amend…") : tr("&Edit…"));
    m_publish->setEnabled(any && s == TenderStatus::Draft);
    m_clarifications->setEnabled(any && s != TenderStatus::Draft);
    m_documentChinese->setEnabled(any);
    m_documentEnglish->setEnabled(any);
    m_readDocument->setEnabled(any);
    m_package->setEnabled(any && s != TenderStatus::Draft && s != TenderStatus::Cancelled);
    fillStatusMenu();
}

void TenderActions::fillStatusMenu()
{
    m_statusMenu->clear();
    if (!m_current) {
        m_status->setEnabled(false);
        return;
    }
    QList<TenderStatus> next = lifecycle::successors(m_current->status);
    next.removeAll(TenderStatus::Published); // publication asks for the passphrase
    for (TenderStatus s : next)
        m_statusMenu->addAction(nameOf(s), this, [this, s] { moveTo(s); });
    m_status->setEnabled(!next.isEmpty());
}

template <typename Step> bool TenderActions::attempt(const QString& what, Step&& step)
{
    try {
        step();
        return true;
    } catch (const Error& e) {
        QMessageBox::warning(m_window, what, e.message());
        return false;
    }
}

std::optional<Organization> TenderActions::addOrganization(Organization organization)
{
    OrganizationRepository organizations(m_database.connection());
    for (const Organization& known : organizations.all())
        if (known.uscc == organization.uscc)
            return known; // the same organisation, perhaps under another name
    if (!attempt(tr("New organisation"), [&] { organizations.insert(organization); }))
        return std::nullopt;
    return organization;
}

void TenderActions::newTender()
{
    const QList<Organization> buyers = OrganizationRepository(m_database.connection()).buyers();
    NewTenderDialog dialog(
        buyers, [this](Organization o) { return addOrganization(std::move(o)); }, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Tender tender =
        tenderFromTemplate(dialog.category(), QDate::currentDate().addDays(1), dialog.ceiling());
    tender.buyerId = dialog.buyerId();
    if (!attempt(tr("New tender"),
                 [&] { TenderWorkflow(m_database, actor()).createDraft(tender); }))
        return;
    Q_EMIT tenderChanged(tender.id);
    openEditor(tender, false);
}

void TenderActions::editCurrent()
{
    if (!m_current)
        return;
    std::optional<Tender> fresh;
    if (!attempt(tr("Edit tender"), [&] {
            fresh = TenderWorkflow(m_database, actor()).record(m_current->reference).tender;
        }))
        return;
    const bool amendment = fresh->status != TenderStatus::Draft;
    openEditor(*fresh, amendment);
}

void TenderActions::openEditor(const Tender& tender, bool amendment)
{
    QSqlDatabase db = m_database.connection();
    TenderEditor::Choices choices;
    choices.buyers = OrganizationRepository(db).buyers();
    choices.accelerators = AcceleratorRepository(db).all();
    choices.benchmarkSuites = benchmarkSuiteNames();
    choices.database = m_database.location().displayName();
    const QString reference = tender.reference;
    auto save = [this, amendment, reference](const Tender& edited,
                                             const QString& reason) -> std::optional<Tender> {
        std::optional<Tender> stored;
        attempt(amendment ? tr("Amend tender") : tr("Save draft"), [&] {
            TenderWorkflow workflow(m_database, actor());
            if (amendment) {
                const TenderRelease release =
                    workflow.amend(reference, edited, reason, QDateTime::currentDateTimeUtc());
                stored = workflow.record(reference).tender;
                QString moved;
                // Say so when the law moved the deadline, not when the buyer did.
                if (release.material && stored->bidDeadline != edited.bidDeadline)
                    moved = tr("\n\nThe change is material: the bid deadline moved to %1 so "
                               "that bidders have 15 days.")
                                .arg(lifecycle::localTime(*stored, stored->bidDeadline));
                QMessageBox::information(
                    m_window, tr("Amend tender"),
                    tr("Amendment published as release %1.%2").arg(release.releaseId, moved));
            } else {
                workflow.saveDraft(edited);
                stored = workflow.record(reference).tender;
            }
            Q_EMIT tenderChanged(edited.id);
        });
        return stored;
    };
    auto* editor = new TenderEditor(
        tender, amendment ? TenderEditor::Mode::Amendment : TenderEditor::Mode::Draft, choices,
        save, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &TenderEditor::publishRequested, this, &TenderActions::publish,
            Qt::QueuedConnection);
    editor->open();
}

void TenderActions::publish(const QString& reference)
{
    TenderRecord record;
    if (!attempt(tr("Publish tender"),
                 [&] { record = TenderWorkflow(m_database, actor()).record(reference); }))
        return;
    QList<ValidationIssue> warnings;
    for (const ValidationIssue& issue : validateTender(record.tender)) {
        if (issue.isError()) {
            QMessageBox::warning(
                m_window, tr("Publish tender"),
                tr("Tender %1 cannot be published yet: %2").arg(reference, issue.message));
            return;
        }
        warnings.append(issue);
    }
    PublishDialog dialog(reference, record.tender.title, warnings, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* progress = new QProgressDialog(tr("Publishing %1: making the key pair that bids are "
                                            "sealed to…")
                                             .arg(reference),
                                         QString(), 0, 0, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0); // a busy indicator: there is no value to wait for
    const Database* database = &m_database;
    const QString who = actor();
    const qint64 id = record.tender.id;
    auto passphrase = std::make_shared<QByteArray>(dialog.passphrase());
    const CipherSuite suite = dialog.suite();
    m_worker->run<TenderRelease>(
        this,
        [database, who, reference, passphrase, suite](QSqlDatabase) {
            const TenderRelease release =
                TenderWorkflow(*database, who)
                    .publish(reference, *passphrase, QDateTime::currentDateTimeUtc(), suite);
            passphrase->fill('\0');
            return release;
        },
        [this, progress, reference, id](const TenderRelease& release) {
            progress->deleteLater();
            // Draft edits kept from an editor are no longer what the tender can become.
            DraftAutosave(m_database.location().displayName(), reference).discard();
            Q_EMIT tenderChanged(id);
            QMessageBox::information(m_window, tr("Publish tender"),
                                     tr("Tender %1 is published as release %2. Export its "
                                        "package (Ctrl+Shift+E) for the vendors.")
                                         .arg(reference, release.releaseId));
        },
        [this, progress, passphrase](const QString& message) {
            passphrase->fill('\0');
            progress->deleteLater();
            QMessageBox::warning(m_window, tr("Publish tender"), message);
        });
}

void TenderActions::showClarifications()
{
    if (!m_current)
        return;
    const QString reference = m_current->reference;
    const qint64 id = m_current->id;
    ClarificationsDialog::Actions actions;
    const auto reread = [this, reference]() -> std::optional<Tender> {
        return TenderWorkflow(m_database, actor()).record(reference).tender;
    };
    actions.ask = [this, reference, reread, id](qint64 asker,
                                                const QString& question) -> std::optional<Tender> {
        if (!attempt(tr("Record a question"), [&] {
                TenderWorkflow(m_database, actor())
                    .ask(reference, asker, question, QDateTime::currentDateTimeUtc());
            }))
            return std::nullopt;
        Q_EMIT tenderChanged(id);
        return reread();
    };
    actions.answer = [this, reference, reread, id](qint64 clarification,
                                                   const QString& answer) -> std::optional<Tender> {
        if (!attempt(tr("Answer a question"), [&] {
                TenderWorkflow(m_database, actor())
                    .answer(reference, clarification, answer, QDateTime::currentDateTimeUtc());
            }))
            return std::nullopt;
        Q_EMIT tenderChanged(id);
        return reread();
    };
    actions.addOrganization = [this](Organization o) {
        return addOrganization(std::move(o));
    };
    std::optional<Tender> tender;
    if (!attempt(tr("Clarifications"), [&] { tender = reread(); }))
        return;
    ClarificationsDialog dialog(*tender, OrganizationRepository(m_database.connection()).all(),
                                actions, m_window);
    dialog.exec();
}

void TenderActions::moveTo(TenderStatus status)
{
    if (!m_current)
        return;
    QString reason;
    if (status == TenderStatus::Cancelled || status == TenderStatus::Unsuccessful) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            m_window, tr("Tender %1").arg(m_current->reference),
            status == TenderStatus::Cancelled
                ? tr("Why is the tender cancelled? The reason is published.")
                : tr("Why is the tender unsuccessful? The reason is published."),
            QString(), &ok);
        if (!ok)
            return;
    }
    const qint64 id = m_current->id;
    if (attempt(tr("Change status"), [&] {
            TenderWorkflow(m_database, actor())
                .transition(m_current->reference, status, reason, QDateTime::currentDateTimeUtc());
        }))
        Q_EMIT tenderChanged(id);
}

void TenderActions::printDocument(
    DocumentLanguage language,
    std::function<void(const QString& reference, const QByteArray& pdf)> done)
{
    if (!m_current)
        return;
    // Another buyer's tender reads as its buyer printed it, from the package it came in.
    if (m_current->origin == TenderOrigin::Imported) {
        const QByteArray pdf =
            importedTenderDocument(m_database.connection(), m_current->id, language);
        if (!pdf.isEmpty()) {
            done(m_current->reference, pdf);
            return;
        }
    }
    TenderRecord record;
    QString html;
    if (!attempt(tr("Tender document"), [&] {
            record = TenderWorkflow(m_database, actor()).record(m_current->reference);
            html = tenderDocumentHtml(
                record.tender,
                tenderDocumentContext(
                    record, AcceleratorRepository(m_database.connection()).domesticByModel()),
                language);
        }))
        return;
    new PrintJob(m_window, {html}, tenderDocumentBaseUrl(),
                 [reference = record.tender.reference, done](const QList<QByteArray>& pdfs) {
                     done(reference, pdfs.constFirst());
                 });
}

void TenderActions::exportDocument(DocumentLanguage language)
{
    if (!m_current)
        return;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/%1-%2.pdf").arg(m_current->reference, languageCode(language));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save tender document"),
                                                      suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    printDocument(language, [this, path](const QString&, const QByteArray& pdf) {
        if (attempt(tr("Tender document"), [&] { saveFile(path, pdf); }))
            QMessageBox::information(m_window, tr("Tender document"),
                                     tr("The tender document was saved to %1.").arg(path));
    });
}

void TenderActions::readDocument()
{
    // The document in the language the person reads the interface in; the other one is a menu
    // entry away (Tender document (English PDF)...).
    const DocumentLanguage language = QLocale().language() == QLocale::Chinese
                                          ? DocumentLanguage::Chinese
                                          : DocumentLanguage::English;
    printDocument(language, [this](const QString& reference, const QByteArray& pdf) {
        openDocumentViewer(m_window, pdf, tr("Tender document %1").arg(reference));
    });
}

void TenderActions::exportPackage()
{
    if (!m_current)
        return;
    auto record = std::make_shared<TenderRecord>();
    QStringList htmls;
    if (!attempt(tr("Tender package"), [&] {
            *record = TenderWorkflow(m_database, actor()).record(m_current->reference);
            if (record->releases.isEmpty())
                throw Error(tr("Tender %1 has not been published: publish it first, then "
                               "export its package.")
                                .arg(record->tender.reference));
            const auto context = tenderDocumentContext(
                *record, AcceleratorRepository(m_database.connection()).domesticByModel());
            htmls = {tenderDocumentHtml(record->tender, context, DocumentLanguage::Chinese),
                     tenderDocumentHtml(record->tender, context, DocumentLanguage::English)};
        }))
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/%1-package.zip").arg(record->tender.reference);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save tender package"),
                                                      suggested, tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    new PrintJob(m_window, htmls, tenderDocumentBaseUrl(),
                 [this, path, record](const QList<QByteArray>& pdfs) {
                     if (attempt(tr("Tender package"), [&] {
                             writeTenderPackage(path, *record, {pdfs.at(0), pdfs.at(1)});
                         }))
                         QMessageBox::information(
                             m_window, tr("Tender package"),
                             tr("The tender package was saved to %1.").arg(path));
                 });
}

} // namespace td::ui
