#include "panelpage.h"

#include "evaluationsession.h"
#include "evaluationtext.h"
#include "evaluatordialog.h"
#include "panelscoresmodel.h"
#include "pointsdelegate.h"
#include "sheeteditcommand.h"
#include "sheetmodel.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace td::ui {

namespace {

// The evaluator this desk's user chose last: a person is the same evaluator from one tender's
// panel to the next.
const QString viewerKey = QStringLiteral("evaluation/evaluator");

QPushButton* buttonFor(QAction* action, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(action->text(), parent);
    button->setObjectName(objectName);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setText(action->text());
        button->setToolTip(action->toolTip());
    });
    return button;
}

QAction* pageAction(const QString& text, const QString& objectName, const QKeySequence& keys,
                    const QString& toolTip, QWidget* page)
{
    auto* action = new QAction(text, page);
    action->setObjectName(objectName);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(toolTip);
    page->addAction(action);
    return action;
}

} // namespace

PanelPage::PanelPage(EvaluationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_members(new QListWidget(this))
    , m_viewer(new QComboBox(this))
    , m_sheetModel(new SheetModel(this))
    , m_sheetView(new QTableView(this))
    , m_comment(new QLineEdit(this))
    , m_sheetState(new QLabel(this))
    , m_panelState(new QLabel(this))
    , m_panelModel(new PanelScoresModel(this))
    , m_panelView(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("panelPage"));
    m_viewerName = QSettings().value(viewerKey).toString();

    m_add = pageAction(tr("&Add evaluator…"), QStringLiteral("addEvaluatorAction"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                       tr("Add a member to the panel, before any sheet is submitted "
                          "(Ctrl+Shift+A)"),
                       this);
    m_remove = pageAction(tr("Re&move evaluator…"), QStringLiteral("removeEvaluatorAction"),
                          QKeySequence(), tr("Remove the chosen member from the panel"), this);
    m_fill = pageAction(tr("Fill from be&nchmark"), QStringLiteral("fillFromBenchmarkAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                        tr("Score accuracy and performance from each bid's stored benchmark run "
                           "(Ctrl+Shift+B)"),
                        this);
    m_save = pageAction(tr("&Save draft"), QStringLiteral("saveSheetAction"), QKeySequence::Save,
                        tr("Keep the sheet as a draft, to finish later (Ctrl+S)"), this);
    m_submit = pageAction(tr("Submi&t sheet…"), QStringLiteral("submitSheetAction"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                          tr("Hand the sheet in: it is locked from then on (Ctrl+Shift+S)"), this);
    // Plain actions rather than the stack's own: a locked sheet has nothing to undo, whatever
    // the stack holds.
    m_undoAction = pageAction(tr("&Undo"), QStringLiteral("undoSheetAction"), QKeySequence::Undo,
                              tr("Undo the last change to the sheet (Ctrl+Z)"), this);
    m_redoAction = pageAction(tr("&Redo"), QStringLiteral("redoSheetAction"), QKeySequence::Redo,
                              tr("Redo the change undone (Ctrl+Shift+Z)"), this);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_undoAction->isEnabled())
            m_undo->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_redoAction->isEnabled())
            m_undo->redo();
    });
    connect(m_add, &QAction::triggered, this, &PanelPage::askAndAdd);
    connect(m_remove, &QAction::triggered, this, &PanelPage::askAndRemove);
    connect(m_fill, &QAction::triggered, this, &PanelPage::fillFromBenchmark);
    connect(m_save, &QAction::triggered, this, &PanelPage::saveDraft);
    connect(m_submit, &QAction::triggered, this, &PanelPage::askAndSubmit);
    connect(m_undo, &QUndoStack::cleanChanged, this, &PanelPage::showSheetState);
    connect(m_undo, &QUndoStack::indexChanged, this, &PanelPage::updateActions);

    // The panel, on the left.
    m_members->setObjectName(QStringLiteral("panelMembers"));
    m_members->setAlternatingRowColors(true);
    m_members->setWordWrap(true);
    connect(m_members, &QListWidget::currentRowChanged, this, &PanelPage::updateActions);
    auto* panelGroup = new QGroupBox(tr("Panel"), this);
    auto* panelButtons = new QHBoxLayout;
    panelButtons->addWidget(buttonFor(m_add, QStringLiteral("addEvaluatorButton"), panelGroup));
    m_removeButton = buttonFor(m_remove, QStringLiteral("removeEvaluatorButton"), panelGroup);
    panelButtons->addWidget(m_removeButton);
    auto* panelLayout = new QVBoxLayout(panelGroup);
    panelLayout->addWidget(m_members, 1);
    panelLayout->addLayout(panelButtons);

    // The sheet of the evaluator chosen under "I am".
    m_viewer->setObjectName(QStringLiteral("viewerChooser"));
    m_viewer->setMinimumContentsLength(12);
    connect(m_viewer, &QComboBox::activated, this,
            [this](int index) { chooseViewer(m_viewer->itemData(index).toString()); });
    m_sheetState->setObjectName(QStringLiteral("sheetState"));
    m_sheetState->setWordWrap(true);
    m_sheetView->setObjectName(QStringLiteral("sheetGrid"));
    m_sheetView->setModel(m_sheetModel);
    m_sheetView->setItemDelegate(new PointsDelegate(SheetModel::MaximumRole, m_sheetView));
    m_sheetView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sheetView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    // The criteria share the width; their names wrap in the header, over their weights.
    m_sheetView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_sheetView->horizontalHeader()->setMinimumSectionSize(70);
    m_sheetView->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_sheetView->horizontalHeader()->setMinimumHeight(m_sheetView->fontMetrics().height() * 3 + 10);
    connect(m_sheetView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PanelPage::showComment);
    connect(m_sheetModel, &SheetModel::changeRequested, this,
            [this](const QList<SheetScore>& scores, const QString& text) {
                m_undo->push(new SheetEditCommand(text, m_sheetModel->scores(), scores,
                                                  [this](const QList<SheetScore>& s) {
                                                      m_sheetModel->setScores(s);
                                                      showComment();
                                                  }));
            });
    m_comment->setObjectName(QStringLiteral("sheetComment"));
    m_comment->setPlaceholderText(tr("Why these points, for the report"));
    m_comment->setClearButtonEnabled(true);
    connect(m_comment, &QLineEdit::editingFinished, this, &PanelPage::commitComment);
    auto* sheetGroup = new QGroupBox(tr("Score sheet"), this);
    auto* viewerLabel = new QLabel(tr("&I am:"), sheetGroup);
    viewerLabel->setBuddy(m_viewer);
    auto* viewerRow = new QHBoxLayout;
    viewerRow->addWidget(viewerLabel);
    viewerRow->addWidget(m_viewer);
    viewerRow->addWidget(m_sheetState, 1);
    auto* commentLabel = new QLabel(tr("C&omment on the chosen score:"), sheetGroup);
    commentLabel->setBuddy(m_comment);
    auto* commentRow = new QHBoxLayout;
    commentRow->addWidget(commentLabel);
    commentRow->addWidget(m_comment, 1);
    auto* sheetButtons = new QHBoxLayout;
    sheetButtons->addWidget(
        buttonFor(m_fill, QStringLiteral("fillFromBenchmarkButton"), sheetGroup));
    auto* undoButton = buttonFor(m_undoAction, QStringLiteral("undoSheetButton"), sheetGroup);
    auto* redoButton = buttonFor(m_redoAction, QStringLiteral("redoSheetButton"), sheetGroup);
    sheetButtons->addWidget(undoButton);
    sheetButtons->addWidget(redoButton);
    sheetButtons->addStretch(1);
    sheetButtons->addWidget(buttonFor(m_save, QStringLiteral("saveSheetButton"), sheetGroup));
    sheetButtons->addWidget(buttonFor(m_submit, QStringLiteral("submitSheetButton"), sheetGroup));
    auto* sheetLayout = new QVBoxLayout(sheetGroup);
    sheetLayout->addLayout(viewerRow);
    sheetLayout->addWidget(m_sheetView, 1);
    sheetLayout->addLayout(commentRow);
    sheetLayout->addLayout(sheetButtons);

    // Everyone's scores, once every sheet is in.
    m_panelState->setObjectName(QStringLiteral("panelScoresState"));
    m_panelState->setWordWrap(true);
    m_panelView->setObjectName(QStringLiteral("panelScores"));
    m_panelView->setModel(m_panelModel);
    m_panelView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_panelView->setAlternatingRowColors(true);
    m_panelView->verticalHeader()->hide();
    m_panelView->horizontalHeader()->setStretchLastSection(false);
    auto* allGroup = new QGroupBox(tr("Every evaluator's scores"), this);
    auto* allLayout = new QVBoxLayout(allGroup);
    allLayout->addWidget(m_panelState);
    allLayout->addWidget(m_panelView, 1);

    m_topSplitter = new QSplitter(Qt::Horizontal, m_splitter);
    m_topSplitter->setObjectName(QStringLiteral("panelTopSplitter"));
    m_topSplitter->addWidget(panelGroup);
    m_topSplitter->addWidget(sheetGroup);
    m_topSplitter->setStretchFactor(1, 3);
    m_topSplitter->setSizes({250, 750});
    m_splitter->setObjectName(QStringLiteral("panelSplitter"));
    m_splitter->addWidget(m_topSplitter);
    m_splitter->addWidget(allGroup);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(&m_session, &EvaluationSession::loaded, this, &PanelPage::showEvaluation);
    connect(&m_session, &EvaluationSession::busyChanged, this, &PanelPage::updateActions);
    updateActions();
}

PanelPage::~PanelPage()
{
    // The stack says its index changed as it is cleared on its way out: no one listens then.
    m_undo->disconnect(this);
}

QList<QAction*> PanelPage::pageActions() const
{
    return {m_add, m_fill, m_save, m_submit, m_undoAction, m_redoAction};
}

const Evaluator* PanelPage::evaluator(const QString& name) const
{
    if (!m_session.hasEvaluation())
        return nullptr;
    for (const Evaluator& e : m_session.evaluation().panel)
        if (e.name == name)
            return &e;
    return nullptr;
}

bool PanelPage::anySubmitted() const
{
    if (!m_session.hasEvaluation())
        return false;
    for (const Evaluator& e : m_session.evaluation().panel)
        if (e.submittedAt)
            return true;
    return false;
}

void PanelPage::showEvaluation()
{
    const TenderEvaluation& e = m_session.evaluation();
    const QString chosenMember = m_members->currentItem()
                                     ? m_members->currentItem()->data(Qt::UserRole).toString()
                                     : QString();
    m_members->clear();
    m_viewer->clear();
    for (const Evaluator& member : e.panel) {
        const QString state =
            member.submittedAt ? tr("submitted %1").arg(EvaluationText::time(*member.submittedAt))
                               : tr("scoring");
        auto* item = new QListWidgetItem(
            tr("%1 · %2\n%3").arg(member.name, EvaluationText::roleName(member.role), state),
            m_members);
        item->setData(Qt::UserRole, member.name);
        item->setForeground(member.submittedAt ? EvaluationText::passColour()
                                               : EvaluationText::pendingColour());
        if (member.name == chosenMember)
            m_members->setCurrentItem(item);
        m_viewer->addItem(member.name, member.name);
    }

    // The grid's shape: the valid bids and the scored criteria.
    QList<SheetModel::Row> rows;
    for (const scoring::BidResult& bid : e.result.bids)
        if (bid.valid)
            rows.append({bid.bidId, e.names.vendors.value(bid.bidId)});
    const bool sameOwner = !m_sheetOwner.isEmpty() && evaluator(m_sheetOwner) &&
                           m_sheetOwner == (evaluator(m_viewerName) ? m_viewerName : QString());
    const QList<SheetScore> kept = m_sheetModel->scores();
    m_sheetModel->setShape(rows, e.input.criteria);

    if (!evaluator(m_viewerName))
        m_viewerName = e.panel.isEmpty() ? QString() : e.panel.first().name;
    m_viewer->setCurrentIndex(m_viewer->findData(m_viewerName));
    const Evaluator* me = evaluator(m_viewerName);
    m_sheetModel->setLocked(!me || me->submittedAt.has_value() || !e.tender.awards.isEmpty());
    if (sameOwner && !m_undo->isClean()) {
        m_sheetModel->setScores(kept); // unsaved edits stay
    } else {
        m_sheetModel->setScores({});
        loadSheet();
    }
    loadPanelScores();
    showSheetState();
    updateActions();
}

void PanelPage::loadSheet()
{
    const QString name = m_viewerName;
    if (name.isEmpty()) {
        m_sheetOwner.clear();
        m_undo->clear();
        return;
    }
    m_session.read<QList<SheetScore>>(
        tr("Score sheet"),
        [name](const EvaluationDesk& desk, const QString& reference) {
            return desk.sheet(reference, name, name);
        },
        [this, name](const QList<SheetScore>& scores) {
            if (name != m_viewerName)
                return;
            m_sheetOwner = name;
            m_undo->clear();
            m_sheetModel->setScores(scores);
            showComment();
            showSheetState();
            updateActions();
            Q_EMIT sheetLoaded();
        });
}

void PanelPage::loadPanelScores()
{
    const TenderEvaluation& e = m_session.evaluation();
    int submitted = 0;
    for (const Evaluator& member : e.panel)
        submitted += member.submittedAt ? 1 : 0;
    if (e.panel.isEmpty() || !e.sheetsComplete()) {
        // Nothing of the others' sheets is read before every sheet is in.
        m_panelModel->clear();
        m_panelView->hide();
        m_panelState->setText(
            e.panel.isEmpty()
                ? tr("The panel has no members yet. Add the evaluators: each then scores the "
                     "valid bids alone, on their own sheet.")
                : tr("%1 of %2 sheets submitted; the others' scores stay hidden until all are "
                     "in.")
                      .arg(submitted)
                      .arg(e.panel.size()));
        return;
    }
    QStringList names;
    for (const Evaluator& member : e.panel)
        names.append(member.name);
    const QString viewer = evaluator(m_viewerName) ? m_viewerName : names.first();
    m_session.read<QHash<QString, QList<SheetScore>>>(
        tr("Every evaluator's scores"),
        [names, viewer](const EvaluationDesk& desk, const QString& reference) {
            QHash<QString, QList<SheetScore>> sheets;
            for (const QString& name : names)
                sheets.insert(name, desk.sheet(reference, name, viewer));
            return sheets;
        },
        [this](const QHash<QString, QList<SheetScore>>& sheets) {
            if (!m_session.hasEvaluation())
                return;
            m_panelModel->setSheets(m_session.evaluation(), sheets);
            m_panelState->setText(tr("Every sheet is in (%n): each evaluator's scores, and the "
                                     "panel's score of each criterion.",
                                     nullptr, int(m_session.evaluation().panel.size())));
            m_panelView->show();
            m_panelView->resizeColumnsToContents();
            Q_EMIT panelScoresLoaded();
        });
}

void PanelPage::showSheetState()
{
    const Evaluator* me = evaluator(m_viewerName);
    QString text;
    if (!m_session.hasEvaluation() || m_session.evaluation().panel.isEmpty())
        text = tr("Add the panel's members first.");
    else if (!me)
        text = tr("Choose who you are on the panel.");
    else if (m_sheetModel->rowCount() == 0)
        text = tr("No valid bid to score.");
    else if (me->submittedAt)
        text =
            tr("Submitted on %1: the sheet is locked.").arg(EvaluationText::time(*me->submittedAt));
    else if (!m_undo->isClean())
        text = tr("A draft with changes not yet saved.");
    else
        text = tr("A draft: score each bid out of each criterion's weight, save, and submit when "
                  "done.");
    m_sheetState->setText(text);
}

void PanelPage::showComment()
{
    const QModelIndex current = m_sheetView->currentIndex();
    const bool cell = current.isValid() && current.column() < m_sheetModel->sumColumn();
    const QString comment = cell ? current.data(SheetModel::CommentRole).toString() : QString();
    if (m_comment->text() != comment)
        m_comment->setText(comment);
    m_comment->setEnabled(cell && !m_sheetModel->isLocked());
}

void PanelPage::commitComment()
{
    const QModelIndex current = m_sheetView->currentIndex();
    if (!current.isValid() || current.column() >= m_sheetModel->sumColumn())
        return;
    m_sheetModel->setData(current, m_comment->text(), SheetModel::CommentRole);
}

void PanelPage::updateActions()
{
    const bool ready = m_session.hasEvaluation() && !m_session.isBusy();
    const bool awarded = ready && !m_session.evaluation().tender.awards.isEmpty();
    const Evaluator* me = evaluator(m_viewerName);
    const bool editable = ready && me && m_sheetOwner == m_viewerName &&
                          !m_sheetModel->isLocked() && m_sheetModel->rowCount() > 0 &&
                          m_sheetModel->columnCount() > 0;
    m_add->setEnabled(ready && !awarded && !anySubmitted());
    m_remove->setEnabled(ready && !awarded && !anySubmitted() && m_members->currentItem());
    m_fill->setEnabled(editable);
    m_save->setEnabled(editable);
    m_submit->setEnabled(editable);
    m_undoAction->setEnabled(editable && m_undo->canUndo());
    m_redoAction->setEnabled(editable && m_undo->canRedo());
    m_undoAction->setToolTip(m_undo->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(m_undo->undoText())
                                               : tr("Nothing to undo"));
    m_redoAction->setToolTip(m_undo->canRedo()
                                 ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(m_undo->redoText())
                                 : tr("Nothing to redo"));
}

bool PanelPage::settleUnsavedEdits()
{
    if (m_undo->isClean() || m_sheetOwner.isEmpty() || m_sheetModel->isLocked())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Score sheet"),
        tr("%1's sheet has changes not yet saved. Save them as a draft first?").arg(m_sheetOwner),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        saveDraft();
    return true;
}

void PanelPage::chooseViewer(const QString& name)
{
    if (name == m_viewerName && m_sheetOwner == name)
        return;
    if (!settleUnsavedEdits()) {
        m_viewer->setCurrentIndex(m_viewer->findData(m_viewerName));
        return;
    }
    m_viewerName = name;
    QSettings().setValue(viewerKey, name);
    m_viewer->setCurrentIndex(m_viewer->findData(name));
    m_undo->clear();
    m_sheetOwner.clear();
    if (m_session.hasEvaluation())
        showEvaluation();
}

void PanelPage::askAndAdd()
{
    QStringList taken;
    if (m_session.hasEvaluation())
        for (const Evaluator& e : m_session.evaluation().panel)
            taken.append(e.name);
    EvaluatorDialog dialog(taken, this);
    if (dialog.exec() == QDialog::Accepted)
        addEvaluator(dialog.name(), dialog.role());
}

void PanelPage::addEvaluator(const QString& name, const QString& role)
{
    m_session.change(tr("Add an evaluator"),
                     [name, role](EvaluationDesk& desk, const QString& reference,
                                  const QDateTime&) { desk.addEvaluator(reference, name, role); });
}

void PanelPage::askAndRemove()
{
    const QListWidgetItem* item = m_members->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    const auto answer = QMessageBox::question(
        this, tr("Remove an evaluator"),
        tr("Remove %1 from the panel, with the draft of their sheet?").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeEvaluator(name);
}

void PanelPage::removeEvaluator(const QString& name)
{
    m_session.change(tr("Remove an evaluator"),
                     [name](EvaluationDesk& desk, const QString& reference, const QDateTime&) {
                         desk.removeEvaluator(reference, name);
                     });
}

void PanelPage::fillFromBenchmark()
{
    const QString name = m_viewerName;
    if (name.isEmpty() || m_sheetModel->isLocked())
        return;
    m_session.read<QList<SheetScore>>(
        tr("Fill from benchmark"),
        [name](const EvaluationDesk& desk, const QString& reference) {
            return desk.sheetTemplate(reference, name);
        },
        [this, name](const QList<SheetScore>& filled) {
            if (name != m_sheetOwner || m_sheetModel->isLocked())
                return;
            // Only the benchmark criteria come from the runs: the evaluator's own scores of
            // the others stay as they are.
            QList<SheetScore> scores = m_sheetModel->scores();
            for (const SheetScore& s : filled) {
                if (!s.criterion.startsWith(QLatin1String("benchmark")))
                    continue;
                const auto same = [&s](const SheetScore& t) {
                    return t.bidId == s.bidId && t.criterion == s.criterion;
                };
                scores.removeIf(same);
                scores.append(s);
            }
            m_undo->push(new SheetEditCommand(tr("Fill from benchmark"), m_sheetModel->scores(),
                                              scores, [this](const QList<SheetScore>& s) {
                                                  m_sheetModel->setScores(s);
                                                  showComment();
                                              }));
        });
}

void PanelPage::saveDraft()
{
    commitComment();
    const QString name = m_sheetOwner;
    if (name.isEmpty() || m_sheetModel->isLocked())
        return;
    const QList<SheetScore> scores = m_sheetModel->scores();
    const int at = m_undo->index();
    m_session.change(
        tr("Save the sheet"),
        [name, scores](EvaluationDesk& desk, const QString& reference, const QDateTime& now) {
            desk.saveSheet(reference, name, scores, false, now);
        },
        [this, at, name] {
            if (m_sheetOwner == name && m_undo->index() == at)
                m_undo->setClean();
        });
}

void PanelPage::askAndSubmit()
{
    commitComment();
    if (m_sheetOwner.isEmpty() || m_sheetModel->isLocked())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Submit the sheet"),
        tr("Submit %1's sheet? Once submitted it is locked: nobody can change it, and it counts "
           "in the panel's score when every sheet is in.")
            .arg(m_sheetOwner),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        submitSheet();
}

void PanelPage::submitSheet()
{
    commitComment();
    const QString name = m_sheetOwner;
    if (name.isEmpty() || m_sheetModel->isLocked())
        return;
    const QList<SheetScore> scores = m_sheetModel->scores();
    m_session.change(
        tr("Submit the sheet"),
        [name, scores](EvaluationDesk& desk, const QString& reference, const QDateTime& now) {
            desk.saveSheet(reference, name, scores, true, now);
        },
        [this, name] {
            if (m_sheetOwner == name)
                m_undo->clear();
            showSheetState();
            updateActions();
        });
}

} // namespace td::ui
