// Procurement staff drafting and publishing a tender in the GUI, offscreen, as a person does it:
// a new tender from its template, edits with live validation and undo, the unsaved-changes
// guard, the autosaved draft, publication with a passphrase, and an amendment with its reason.
#include "common/mainwindow.h"
#include "demo/demogenerator.h"
#include "dialoghandler.h"
#include "documents/pdfviewer.h"
#include "documents/pdfviewerwindow.h"
#include "exchange/tendertemplates.h"
#include "exchange/tenderworkflow.h"
#include "sealing/sealingkeys.h"
#include "store/acceleratorrepository.h"
#include "store/auditlog.h"
#include "store/organizationrepository.h"
#include "tenders/draftautosave.h"
#include "tenders/newtenderdialog.h"
#include "tenders/organizationdialog.h"
#include "tenders/publishdialog.h"
#include "tenders/tenderactions.h"
#include "tenders/tendereditor.h"
#include "tenders/tendersworkspace.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace td;

using test::answerNextMessageBox;
using test::handleNextDialog;

namespace {

// Types as a person does: Chinese arrives from the input method as a committed string.
// The push button whose text, without its mnemonic, is `text`.
QPushButton* findButton(QWidget* parent, const QString& text)
{
    for (QPushButton* button : parent->findChildren<QPushButton*>())
        if (QString(button->text()).remove(QLatin1Char('&')) == text)
            return button;
    return nullptr;
}

void type(QWidget* widget, const QString& text)
{
    QInputMethodEvent typed;
    typed.setCommitString(text);
    QApplication::sendEvent(widget, &typed);
}

// The dialog's button that accepts it (Create, Add...).
QAbstractButton* acceptButton(QWidget* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>();
    for (QAbstractButton* b : box->buttons())
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return b;
    return nullptr;
}

// The warnings the editor lists, as the user reads them.
QStringList shownWarnings(const ui::TenderEditor* editor)
{
    auto* list = editor->findChild<QListWidget*>(QStringLiteral("validationIssues"));
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(QLatin1String("Warning: ")))
            out.append(list->item(i)->text());
    return out;
}

// Empty when the field's form label has a mnemonic (Alt+letter) that leads to the field, else
// what is wrong.
QString mnemonicLabelProblem(QWidget* field)
{
    auto* form = qobject_cast<QFormLayout*>(field->parentWidget()->layout());
    if (!form)
        return QStringLiteral("the field is not in a form");
    auto* label = qobject_cast<QLabel*>(form->labelForField(field));
    if (!label || label->buddy() != field)
        return QStringLiteral("the field's label does not lead to it");
    if (!label->text().contains(QLatin1Char('&')))
        return QStringLiteral("no mnemonic in '%1'").arg(label->text());
    return {};
}

bool issuesMention(const ui::TenderEditor* editor, const QString& field)
{
    const QList<ValidationIssue> issues = editor->issues();
    return std::any_of(issues.cbegin(), issues.cend(), [&](const ValidationIssue& i) {
        return i.isError() && i.field.startsWith(field);
    });
}

ui::TenderEditor::Choices choicesFor(const Database& db)
{
    return {OrganizationRepository(db.connection()).buyers(),
            AcceleratorRepository(db.connection()).all(),
            {QStringLiteral("knowledge-qa-v1")},
            db.location().displayName()};
}

} // namespace

class TestTenderEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;

    Database& marketDatabase()
    {
        m_testDb = std::make_unique<test::TestDatabase>(Engine::Sqlite);
        Database& db = m_testDb->open();
        demo::DemoOptions options;
        options.tenders = 3;
        demo::DemoGenerator(db, options).run();
        return db;
    }

    Tender draft(Database& db)
    {
        Tender t =
            tenderFromTemplate(TenderCategory::KnowledgeAssistant, QDate::currentDate().addDays(1));
        t.buyerId = OrganizationRepository(db.connection()).buyers().constFirst().id;
        TenderWorkflow(db, QStringLiteral("test")).createDraft(t);
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("TenderDeskTest"));
        QApplication::setApplicationName(QStringLiteral("tst_tendereditor"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init() { QSettings().clear(); }

    void draftsAndPublishesATenderThroughTheWindow()
    {
        Database& db = marketDatabase();
        ui::MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::TendersWorkspace* workspace = window.tendersWorkspace();

        // New tender: the template of the chosen category, with the buyer's own ceiling.
        handleNextDialog<ui::NewTenderDialog>([](ui::NewTenderDialog* dialog) {
            dialog->findChild<QLineEdit*>()->setText(QStringLiteral("5000000.00"));
            dialog->accept();
        });
        workspace->actions()->newTender();
        ui::TenderEditor* editor = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                editor = workspace->findChild<ui::TenderEditor*>();
                return editor && editor->isVisible();
            },
            10000));
        const QString reference = editor->tender().reference;
        QVERIFY(reference.startsWith(QLatin1String("TD-")));
        QCOMPARE(editor->tender().budgetCeiling, Money::yuan(500'000'000));
        QVERIFY(!editor->isModified());

        // Typing the title is one undoable step; undo and redo bring it back and forth.
        auto* title = editor->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        QVERIFY(title);
        const QString templateTitle = editor->tender().title;
        title->selectAll();
        type(title, QStringLiteral("国资委直属企业知识库问答大模型服务"));
        QCOMPARE(editor->tender().title, QStringLiteral("国资委直属企业知识库问答大模型服务"));
        QVERIFY(editor->isModified());
        QCOMPARE(editor->undoStack()->count(), 1);
        editor->undoStack()->undo();
        QCOMPARE(editor->tender().title, templateTitle);
        QCOMPARE(title->text(), templateTitle);
        editor->undoStack()->redo();
        QCOMPARE(title->text(), QStringLiteral("国资委直属企业知识库问答大模型服务"));

        // Weights that no longer sum to 100: an error that names the fix, and no publishing.
        auto* criteria = editor->findChild<QTableWidget*>(QStringLiteral("criteriaTable"));
        auto* publish = editor->findChild<QPushButton*>(QStringLiteral("publishButton"));
        QVERIFY(criteria && publish);
        QVERIFY(publish->isEnabled());
        const int priceWeight = editor->tender().criteria.constFirst().weight;
        criteria->item(0, 2)->setText(QString::number(priceWeight + 5));
        QVERIFY(issuesMention(editor, QStringLiteral("criteria")));
        QVERIFY(!publish->isEnabled());
        auto* sum = editor->findChild<QLabel*>(QStringLiteral("weightSum"));
        QVERIFY(sum->text().contains(QLatin1String("105")));
        editor->undoStack()->undo();
        QVERIFY(!issuesMention(editor, QStringLiteral("criteria")));
        QVERIFY(publish->isEnabled());

        // A ceiling that is not an amount is an error right where it is typed.
        auto* ceiling = editor->findChild<QLineEdit*>(QStringLiteral("ceilingEdit"));
        ceiling->clear();
        type(ceiling, QStringLiteral("五百万"));
        QVERIFY(issuesMention(editor, QStringLiteral("budgetCeiling")));
        ceiling->clear();
        type(ceiling, QStringLiteral("5000000"));
        QVERIFY(!issuesMention(editor, QStringLiteral("budgetCeiling")));

        // Save and publish with the national suite: the passphrase twice, then the confirmation.
        QString published;
        handleNextDialog<ui::PublishDialog>([&](ui::PublishDialog* dialog) {
            auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("confirmPublishButton"));
            auto* suite = dialog->findChild<QComboBox*>(QStringLiteral("cipherSuiteCombo"));
            auto* about = dialog->findChild<QLabel*>(QStringLiteral("cipherSuiteDescription"));
            QCOMPARE(suite->currentData().toString(), QStringLiteral("international"));
            QVERIFY(about->text().contains(QLatin1String("AES-256-GCM")));
            suite->setCurrentIndex(suite->findData(QStringLiteral("national")));
            QVERIFY(about->text().contains(QLatin1String("SM2, SM4 and SM3")));
            dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))
                ->setText(QStringLiteral("正确的马电池订书钉"));
            QVERIFY(!confirm->isEnabled()); // not repeated yet
            dialog->findChild<QLineEdit*>(QStringLiteral("confirmationEdit"))
                ->setText(QStringLiteral("正确的马电池订书钉"));
            QVERIFY(confirm->isEnabled());
            answerNextMessageBox(QMessageBox::Ok, &published);
            confirm->click();
        });
        publish->click();
        QVERIFY(QTest::qWaitFor([&] { return !published.isEmpty(); }, 20000));
        QVERIFY(published.contains(reference));

        const TenderRecord record = TenderWorkflow(db, QStringLiteral("test")).record(reference);
        QCOMPARE(record.tender.status, TenderStatus::Published);
        QCOMPARE(record.tender.title, QStringLiteral("国资委直属企业知识库问答大模型服务"));
        QCOMPARE(record.releases.size(), 1);
        QVERIFY(record.sealingKey.has_value());
        QCOMPARE(record.sealingKey->algorithm, QStringLiteral("SM2"));
        QVERIFY(unlocksSealingKey(record.sealingKey->encryptedPrivateKeyPem,
                                  record.sealingKey->publicKeyPem,
                                  QStringLiteral("正确的马电池订书钉").toUtf8()));
        QVERIFY(AuditLog(db.connection(), db.dialect()).verify().intact());
        // The workspace shows the tender as it is now.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return workspace->currentTender() &&
                       workspace->currentTender()->status == TenderStatus::Published;
            },
            10000));
        auto* detail = window.findChild<QTextBrowser*>(QStringLiteral("tenderDetail"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return detail->toPlainText().contains(
                    QLatin1String("Chinese national algorithms (SM2, SM4, SM3)"));
            },
            10000));
        QVERIFY(detail->toPlainText().contains(record.sealingKey->fingerprint));
    }

    // A procurement centre starting from scratch: no demo market, no buyer yet.
    void aFirstTenderOnAnEmptyDatabaseAddsItsBuyer()
    {
        m_testDb = std::make_unique<test::TestDatabase>(Engine::Sqlite);
        Database& db = m_testDb->open();
        AcceleratorRepository::addBuiltInCatalog(db.connection());
        ui::MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::TendersWorkspace* workspace = window.tendersWorkspace();

        bool creatable = true;
        bool refusedBadCode = false;
        handleNextDialog<ui::NewTenderDialog>([&](ui::NewTenderDialog* dialog) {
            creatable = acceptButton(dialog)->isEnabled();
            handleNextDialog<ui::OrganizationDialog>([&](ui::OrganizationDialog* add) {
                add->findChild<QLineEdit*>(QStringLiteral("nameEdit"))
                    ->setText(QStringLiteral("中国移动通信集团有限公司"));
                add->findChild<QLineEdit*>(QStringLiteral("shortNameEdit"))
                    ->setText(QStringLiteral("中国移动"));
                auto* code = add->findChild<QLineEdit*>(QStringLiteral("usccEdit"));
                code->setText(QStringLiteral("914403001922038217")); // wrong check character
                QAbstractButton* addButton = acceptButton(add);
                refusedBadCode = !addButton->isEnabled();
                code->setText(QStringLiteral("914403001922038216"));
                addButton->click();
            });
            dialog->findChild<QPushButton*>(QStringLiteral("newBuyerButton"))->click();
            dialog->accept();
        });
        workspace->actions()->newTender();
        QVERIFY(!creatable);     // no buyer: nothing to create a tender for
        QVERIFY(refusedBadCode); // the code is checked as it is typed
        ui::TenderEditor* editor = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                editor = workspace->findChild<ui::TenderEditor*>();
                return editor && editor->isVisible();
            },
            10000));
        const QList<Organization> buyers = OrganizationRepository(db.connection()).buyers();
        QCOMPARE(buyers.size(), 1);
        QCOMPARE(buyers.constFirst().shortName, QStringLiteral("中国移动"));
        QCOMPARE(editor->tender().buyerId, buyers.constFirst().id);
        editor->reject(); // nothing changed: closes without asking
        QVERIFY(!editor->isVisible());
    }

    // The buyer says what the tender buys; the price weight is checked against the minimum of
    // that kind (MOF Order 87) as soon as it is chosen.
    void priceWeightWarningFollowsWhatTheTenderBuys()
    {
        Database& db = marketDatabase();
        const Tender t = draft(db);
        ui::TenderEditor editor(
            t, ui::TenderEditor::Mode::Draft, choicesFor(db),
            [](const Tender& edited, const QString&) { return std::optional<Tender>(edited); });
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* kind = editor.findChild<QComboBox*>(QStringLiteral("purchaseKindBox"));
        QVERIFY(kind);
        // Its label has a mnemonic that leads to it.
        QVERIFY2(mnemonicLabelProblem(kind).isEmpty(), qPrintable(mnemonicLabelProblem(kind)));
        // The template buys goods and services, at a 30% price weight: nothing to say.
        QCOMPARE(kind->currentData().toString(), QStringLiteral("goodsAndServices"));
        QVERIFY2(shownWarnings(&editor).isEmpty(), qPrintable(shownWarnings(&editor).join(u'\n')));

        // Services, with a 20% price weight: above the services minimum.
        QTest::keyClick(kind, Qt::Key_Up);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("services"));
        QCOMPARE(editor.tender().purchaseKind, PurchaseKind::Services);
        auto* criteria = editor.findChild<QTableWidget*>(QStringLiteral("criteriaTable"));
        QCOMPARE(criteria->item(0, 0)->text(), QStringLiteral("price"));
        QCOMPARE(criteria->item(1, 0)->text(), QStringLiteral("technical"));
        const int technical = editor.tender().criteria.at(1).weight;
        const int price = editor.tender().criteria.at(0).weight;
        criteria->item(0, 2)->setText(QStringLiteral("20"));
        criteria->item(1, 2)->setText(QString::number(technical + price - 20));
        QCOMPARE(editor.tender().criteria.at(0).weight, 20);
        QVERIFY2(shownWarnings(&editor).isEmpty(), qPrintable(shownWarnings(&editor).join(u'\n')));

        // Goods: the warning appears at once, naming the weight, the minimum and Order 87.
        QTest::keyClick(kind, Qt::Key_Home);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("goods"));
        QCOMPARE(editor.tender().purchaseKind, PurchaseKind::Goods);
        QCOMPARE(shownWarnings(&editor),
                 QStringList{QStringLiteral(
                     "Warning: The price weight is 20%; MOF Order 87 expects at least 30% for "
                     "goods (this tender buys goods). Raise the price weight, or keep on file why "
                     "Order 87 does not bind this tender.")});
        // A warning, not an error: the tender can still be published.
        QVERIFY(editor.findChild<QPushButton*>(QStringLiteral("publishButton"))->isEnabled());

        // Choosing the kind is an undoable edit, and the warning goes with it.
        editor.undoStack()->undo();
        QCOMPARE(kind->currentData().toString(), QStringLiteral("services"));
        QVERIFY2(shownWarnings(&editor).isEmpty(), qPrintable(shownWarnings(&editor).join(u'\n')));
    }

    void peakConcurrentRequestsAreStatedOrDerived()
    {
        Database& db = marketDatabase();
        const Tender t = draft(db);
        ui::TenderEditor editor(
            t, ui::TenderEditor::Mode::Draft, choicesFor(db),
            [](const Tender& edited, const QString&) { return std::optional<Tender>(edited); });
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* peak = editor.findChild<QSpinBox*>(QStringLiteral("peakRequestsSpin"));
        QVERIFY(peak);
        QVERIFY2(mnemonicLabelProblem(peak).isEmpty(), qPrintable(mnemonicLabelProblem(peak)));
        // The template states no peak: the field says it is derived, and so does the tender.
        QCOMPARE(peak->value(), 0);
        QCOMPARE(peak->text(), peak->specialValueText());
        QVERIFY(editor.tender().workload.peakIsDerived());

        peak->setValue(120);
        QCOMPARE(editor.tender().workload.peakConcurrentRequests, 120);
        QCOMPARE(editor.tender().workload.effectivePeakConcurrentRequests(), 120);
        editor.undoStack()->undo();
        QCOMPARE(peak->value(), 0);
        QVERIFY(editor.tender().workload.peakIsDerived());
        QCOMPARE(editor.tender().workload.effectivePeakConcurrentRequests(),
                 (t.workload.concurrentUsers + 9) / 10);
    }

    void requiredBidDocumentsAreEditedWithUndo()
    {
        Database& db = marketDatabase();
        const Tender t = draft(db);
        ui::TenderEditor editor(
            t, ui::TenderEditor::Mode::Draft, choicesFor(db),
            [](const Tender& edited, const QString&) { return std::optional<Tender>(edited); });
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* table = editor.findChild<QTableWidget*>(QStringLiteral("bidDocumentsTable"));
        QVERIFY(table);
        // The template asks for the standard documents, the service plan optional.
        QCOMPARE(table->rowCount(), int(t.bidDocuments.size()));
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(5, 2)->checkState(), Qt::Unchecked);
        QCOMPARE(editor.tender().bidDocuments.at(5).kind, BidDocumentKind::Service);

        // Making it mandatory, renaming it and adding a document are undoable edits.
        table->item(5, 2)->setCheckState(Qt::Checked);
        QVERIFY(editor.tender().bidDocuments.at(5).mandatory);
        table->item(5, 1)->setText(QStringLiteral("驻场运维方案"));
        QCOMPARE(editor.tender().bidDocuments.at(5).title, QStringLiteral("驻场运维方案"));
        auto* add = findButton(&editor, QStringLiteral("Add document"));
        QVERIFY(add);
        add->click();
        QCOMPARE(editor.tender().bidDocuments.size(), 7);
        QCOMPARE(table->rowCount(), 7);
        auto* kind = qobject_cast<QComboBox*>(table->cellWidget(6, 0));
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("security")));
        QCOMPARE(editor.tender().bidDocuments.at(6).kind, BidDocumentKind::Security);

        editor.undoStack()->undo(); // the kind
        QCOMPARE(editor.tender().bidDocuments.at(6).kind, BidDocumentKind::Other);
        editor.undoStack()->undo(); // the added document
        QCOMPARE(table->rowCount(), 6);
        editor.undoStack()->undo(); // the title
        QVERIFY(editor.tender().bidDocuments.at(5).title.isEmpty());
        editor.undoStack()->undo(); // mandatory
        QVERIFY(!editor.tender().bidDocuments.at(5).mandatory);
        QCOMPARE(table->item(5, 2)->checkState(), Qt::Unchecked);
    }

    void theTenderDocumentIsReadInTheViewer()
    {
        Database& db = marketDatabase();
        const Tender t = draft(db);
        ui::MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::TenderActions* actions = window.tendersWorkspace()->actions();
        actions->setCurrent(t);
        QAction* read = window.findChild<QAction*>(QStringLiteral("readDocumentAction"));
        QVERIFY(read && read->isEnabled());
        QCOMPARE(read->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        read->trigger();
        // Printed off the GUI thread, then shown in a viewer window of its own with every page.
        ui::PdfViewerWindow* viewer = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                viewer = window.findChild<ui::PdfViewerWindow*>();
                return viewer && viewer->viewer()->pageCount() > 1;
            },
            60000));
        QVERIFY(viewer->windowTitle().contains(t.reference));
        viewer->close();
    }

    void closingAsksAboutUnsavedChanges()
    {
        Database& db = marketDatabase();
        const Tender t = draft(db);
        bool saved = false;
        ui::TenderEditor editor(t, ui::TenderEditor::Mode::Draft, choicesFor(db),
                                [&](const Tender& edited, const QString&) {
                                    saved = true;
                                    return std::optional<Tender>(edited);
                                });
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* title = editor.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        type(title, QStringLiteral("（二期）"));

        answerNextMessageBox(QMessageBox::Cancel);
        editor.reject();
        QVERIFY(editor.isVisible()); // cancelled: still editing
        QVERIFY(editor.isModified());

        answerNextMessageBox(QMessageBox::Save);
        editor.reject();
        QVERIFY(saved);
        QVERIFY(!editor.isVisible());
        QVERIFY(!editor.isModified());
    }

    void autosavedChangesAreOfferedBack()
    {
        Database& db = marketDatabase();
        const Tender t = draft(db);
        ui::DraftAutosave(db.location().displayName(), t.reference).discard();
        {
            ui::TenderEditor editor(
                t, ui::TenderEditor::Mode::Draft, choicesFor(db),
                [](const Tender& edited, const QString&) { return std::optional<Tender>(edited); });
            editor.show();
            type(editor.findChild<QLineEdit*>(QStringLiteral("titleEdit")),
                 QStringLiteral("（恢复测试）"));
            editor.autosaveNow();
            QVERIFY(QFile::exists(
                ui::DraftAutosave(db.location().displayName(), t.reference).filePath()));
            ui::DraftAutosave(db.location().displayName(), t.reference).discard();
            // The program quits here: the editor goes without saving or asking, and keeps
            // what was typed.
        }
        QVERIFY(
            QFile::exists(ui::DraftAutosave(db.location().displayName(), t.reference).filePath()));

        QString offer;
        answerNextMessageBox(QMessageBox::Yes, &offer);
        ui::TenderEditor editor(
            t, ui::TenderEditor::Mode::Draft, choicesFor(db),
            [](const Tender& edited, const QString&) { return std::optional<Tender>(edited); });
        editor.show();
        QVERIFY(QTest::qWaitFor([&] { return !offer.isEmpty(); }, 10000));
        QVERIFY(offer.contains(t.reference));
        QCOMPARE(editor.tender().title, t.title + QStringLiteral("（恢复测试）"));
        QVERIFY(editor.isModified()); // restored, not yet saved
        editor.undoStack()->undo();   // and restoring is itself undoable
        QCOMPARE(editor.tender().title, t.title);
        ui::DraftAutosave(db.location().displayName(), t.reference).discard();
    }

    void anAmendmentIsPublishedWithItsReason()
    {
        Database& db = marketDatabase();
        Tender t = draft(db);
        // Bids are due in 10 days: a material amendment must give bidders 15.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        t.publishedAt = now;
        t.clarificationDeadline = now.addDays(5);
        t.bidDeadline = now.addDays(10);
        t.openingAt = t.bidDeadline;
        TenderWorkflow workflow(db, QStringLiteral("test"));
        workflow.saveDraft(t);
        workflow.publish(t.reference, "a long passphrase", now);
        const Tender published = workflow.record(t.reference).tender;

        ui::TenderEditor editor(
            published, ui::TenderEditor::Mode::Amendment, choicesFor(db),
            [&](const Tender& edited, const QString& reason) {
                workflow.amend(t.reference, edited, reason, QDateTime::currentDateTimeUtc());
                return std::optional<Tender>(workflow.record(t.reference).tender);
            });
        editor.show();
        auto* ceiling = editor.findChild<QLineEdit*>(QStringLiteral("ceilingEdit"));
        ceiling->clear();
        type(ceiling, QStringLiteral("4200000"));

        // An empty reason publishes nothing.
        handleNextDialog<QInputDialog>([](QInputDialog* dialog) { dialog->accept(); });
        answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(!editor.save());
        QCOMPARE(workflow.record(t.reference).releases.size(), 1);

        handleNextDialog<QInputDialog>([](QInputDialog* dialog) {
            dialog->setTextValue(QStringLiteral("预算调整"));
            dialog->accept();
        });
        QVERIFY(editor.save());
        const TenderRecord record = workflow.record(t.reference);
        QCOMPARE(record.releases.size(), 2);
        QCOMPARE(record.releases.constLast().rationale, QStringLiteral("预算调整"));
        QCOMPARE(record.tender.budgetCeiling, Money::yuan(420'000'000));
        QVERIFY(!editor.isModified());
        // The deadline moved 15 days out, and the editor goes on from the tender as stored:
        // a later amendment starts from the moved deadline, not from the one before.
        QVERIFY(record.tender.bidDeadline >= now.addDays(15));
        QCOMPARE(editor.tender().bidDeadline, record.tender.bidDeadline);
        QCOMPARE(editor.undoStack()->count(), 0); // a published amendment is not undone
    }
};

QTEST_MAIN(TestTenderEditor)
#include "tst_tendereditor.moc"
