#include "tendereditor.h"

#include "draftautosave.h"
#include "tendereditcommand.h"
#include "tenderform.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace td::ui {
namespace {

constexpr int noMerge = -1; // an edit that never merges with the one before
constexpr int autosaveIntervalMs = 30'000;

} // namespace

TenderEditor::TenderEditor(const Tender& tender, Mode mode, Choices choices, Save saveEdit,
                           QWidget* parent)
    : QDialog(parent)
    , m_tender(tender)
    , m_saved(tender)
    , m_mode(mode)
    , m_choices(std::move(choices))
    , m_save(std::move(saveEdit))
    , m_undo(new QUndoStack(this))
    , m_autosaveTimer(new QTimer(this))
    , m_autosave(std::make_unique<DraftAutosave>(m_choices.database, tender.reference))
{
    setObjectName(QStringLiteral("tenderEditor"));
    setWindowTitle(mode == Mode::Draft ? tr("Draft tender %1").arg(tender.reference)
                                       : tr("Amend tender %1").arg(tender.reference));
    setSizeGripEnabled(true);
    resize(980, 720);

    m_form = new TenderForm(
        mode == Mode::Draft, m_choices.buyers, m_choices.accelerators, m_choices.benchmarkSuites,
        [this](const QString& text, int fieldId, const std::function<void(Tender&)>& change) {
            edit(text, fieldId, change);
        },
        this);
    connect(m_form, &TenderForm::inputChanged, this, &TenderEditor::validate);

    m_issueList = new QListWidget(this);
    m_issueList->setObjectName(QStringLiteral("validationIssues"));
    m_issueList->setMaximumHeight(130);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    connect(m_issueList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_form->showField(item->data(Qt::UserRole).toString());
    });

    auto* buttons = new QDialogButtonBox(this);
    auto* undoButton = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    auto* redoButton = buttons->addButton(tr("Redo"), QDialogButtonBox::ActionRole);
    m_saveButton =
        buttons->addButton(mode == Mode::Draft ? tr("&Save draft") : tr("&Publish amendment…"),
                           QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    if (mode == Mode::Draft) {
        m_publishButton =
            buttons->addButton(tr("Save and p&ublish…"), QDialogButtonBox::ActionRole);
        m_publishButton->setObjectName(QStringLiteral("publishButton"));
        connect(m_publishButton, &QPushButton::clicked, this, [this] {
            if (!save())
                return;
            const QString reference = m_tender.reference;
            accept();
            Q_EMIT publishRequested(reference);
        });
    }
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &TenderEditor::reject);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    undoButton->setToolTip(tr("Undo the last edit (Ctrl+Z)"));
    redoButton->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    new QShortcut(QKeySequence::Undo, this, [this] { m_undo->undo(); });
    new QShortcut(QKeySequence::Redo, this, [this] { m_undo->redo(); });
    new QShortcut(QKeySequence::Save, this, [this] { save(); });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        setWindowModified(!clean);
        m_saveButton->setEnabled(!clean || m_mode == Mode::Draft);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_issueList);
    layout->addWidget(buttons);

    m_autosaveTimer->setInterval(autosaveIntervalMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &TenderEditor::autosaveNow);
    m_autosaveTimer->start();

    apply(m_tender);
    QTimer::singleShot(0, this, &TenderEditor::offerAutosavedChanges);
}

TenderEditor::~TenderEditor()
{
    // The undo stack is a child: QObject deletes it after this destructor, and clearing itself
    // it would signal into the lambdas above on an editor that is already gone.
    m_undo->disconnect(this);
    // Closed without being asked (the program quits): keep the unsaved work for next time.
    autosaveNow();
}

void TenderEditor::edit(const QString& text, int fieldId,
                        const std::function<void(Tender&)>& change)
{
    Tender after = m_tender;
    change(after);
    m_undo->push(new TenderEditCommand(text, fieldId, m_tender, after,
                                       [this](const Tender& t) { apply(t); }));
}

void TenderEditor::apply(const Tender& tender)
{
    m_tender = tender;
    m_form->showTender(tender);
    validate();
}

void TenderEditor::validate()
{
    m_issues = m_form->inputIssues() + validateTender(m_tender);
    m_issueList->clear();
    int errors = 0;
    for (const ValidationIssue& issue : std::as_const(m_issues)) {
        auto* item = new QListWidgetItem(issue.isError() ? tr("Error: %1").arg(issue.message)
                                                         : tr("Warning: %1").arg(issue.message),
                                         m_issueList);
        item->setData(Qt::UserRole, issue.field);
        item->setForeground(issue.isError() ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
        errors += issue.isError() ? 1 : 0;
    }
    const qsizetype warnings = m_issues.size() - errors;
    m_summary->setText(
        errors == 0 && warnings == 0 ? tr("Ready to publish: every check passes.")
        : errors == 0 ? tr("Can be published; %n warning(s) to consider.", nullptr, int(warnings))
                      : tr("%n error(s) to fix before publication.", nullptr, errors));
    m_issueList->setVisible(!m_issues.isEmpty());
    if (m_publishButton)
        m_publishButton->setEnabled(errors == 0);
    m_form->markErrors(m_issues);
}

bool TenderEditor::isModified() const
{
    return !m_undo->isClean();
}

bool TenderEditor::save()
{
    QString reason;
    if (m_mode == Mode::Amendment) {
        if (!isModified()) {
            QMessageBox::information(this, windowTitle(), tr("Nothing has changed yet."));
            return false;
        }
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Publish amendment"),
            tr("Why is the tender amended? The reason is published with the amendment to every "
               "bidder."),
            QString(), &ok);
        if (!ok)
            return false;
        if (reason.trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("An amendment needs its reason; nothing was published."));
            return false;
        }
    }
    const std::optional<Tender> stored = m_save(m_tender, reason);
    if (!stored)
        return false;
    m_autosave->discard();
    if (m_mode == Mode::Amendment) {
        // A published amendment is not undone; and the tender as stored may differ from the
        // edit (deadlines moved 15 days out), which the next amendment must start from.
        m_undo->clear();
        apply(*stored);
    }
    m_saved = m_tender;
    m_undo->setClean();
    return true;
}

void TenderEditor::autosaveNow()
{
    if (isModified())
        m_autosave->write(m_tender);
}

void TenderEditor::offerAutosavedChanges()
{
    QDateTime writtenAt;
    const std::optional<Tender> kept = m_autosave->read(m_tender, &writtenAt);
    if (!kept)
        return;
    const auto answer = QMessageBox::question(
        this, windowTitle(),
        tr("Changes to %1 that were not saved were kept at %2. Restore them?")
            .arg(m_tender.reference, QLocale().toString(writtenAt, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        Tender restored = *kept;
        m_undo->push(new TenderEditCommand(tr("restore autosaved changes"), noMerge, m_tender,
                                           restored, [this](const Tender& t) { apply(t); }));
    } else {
        m_autosave->discard();
    }
}

bool TenderEditor::confirmClose()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, windowTitle(),
        m_mode == Mode::Draft ? tr("Save the changes to draft %1?").arg(m_tender.reference)
                              : tr("The changes to %1 have not been published as an amendment. "
                                   "Publish them now?")
                                    .arg(m_tender.reference),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_autosave->discard();
    m_undo->setClean();
    return true;
}

void TenderEditor::closeEvent(QCloseEvent* event)
{
    if (confirmClose())
        event->accept();
    else
        event->ignore();
}

void TenderEditor::reject()
{
    if (confirmClose())
        QDialog::reject();
}

} // namespace td::ui
