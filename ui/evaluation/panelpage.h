#pragma once

#include "evaluation/evaluationdesk.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;
class QUndoStack;

namespace td::ui {

class EvaluationSession;
class PanelScoresModel;
class SheetModel;

// The panel and its sheets. The members (added before any sheet is in); "I am" chooses whose
// sheet the grid shows; the grid scores each valid bid on each scored criterion out of its
// weight, with a comment per cell, undoable; Fill from benchmark takes the accuracy and
// performance points from the bids' stored runs; Save draft keeps it, Submit locks it. Each
// evaluator scores alone: the others' scores are never read before every sheet is in, and then
// they are all shown side by side with the panel's score.
class PanelPage : public QWidget
{
    Q_OBJECT

public:
    explicit PanelPage(EvaluationSession& session, QWidget* parent = nullptr);
    ~PanelPage() override;

    QListWidget* members() const { return m_members; }
    QComboBox* viewerChooser() const { return m_viewer; }
    SheetModel* sheetModel() const { return m_sheetModel; }
    QTableView* sheetView() const { return m_sheetView; }
    QLineEdit* commentField() const { return m_comment; }
    QLabel* sheetState() const { return m_sheetState; }
    QLabel* panelState() const { return m_panelState; }
    PanelScoresModel* panelScores() const { return m_panelModel; }
    QTableView* panelScoresView() const { return m_panelView; }
    QUndoStack* undoStack() const { return m_undo; }
    QAction* saveAction() const { return m_save; }
    QAction* submitAction() const { return m_submit; }
    QAction* fillAction() const { return m_fill; }
    QAction* addEvaluatorAction() const { return m_add; }
    QAction* removeEvaluatorAction() const { return m_remove; }
    QList<QAction*> pageActions() const;
    QSplitter* splitter() const { return m_splitter; }
    QSplitter* topSplitter() const { return m_topSplitter; }
    // Whose sheet the grid shows, "" for none.
    const QString& viewer() const { return m_viewerName; }

    // The steps behind the actions, after their dialogs: for the actions and for tests.
    void chooseViewer(const QString& name);
    void addEvaluator(const QString& name, const QString& role);
    void removeEvaluator(const QString& name);
    void fillFromBenchmark();
    void saveDraft();
    void submitSheet();

    void askAndAdd();
    void askAndRemove();
    void askAndSubmit();

Q_SIGNALS:
    // The grid shows the sheet of viewer() as stored.
    void sheetLoaded();
    // Every sheet was read and is shown side by side.
    void panelScoresLoaded();

private:
    void showEvaluation();
    void loadSheet();
    void loadPanelScores();
    void showSheetState();
    void showComment();
    void commitComment();
    void updateActions();
    const Evaluator* evaluator(const QString& name) const;
    bool anySubmitted() const;
    // Asks whether to keep the unsaved edits of the sheet shown; false: the person cancelled.
    bool settleUnsavedEdits();

    EvaluationSession& m_session;
    QListWidget* m_members;
    QComboBox* m_viewer;
    SheetModel* m_sheetModel;
    QTableView* m_sheetView;
    QLineEdit* m_comment;
    QLabel* m_sheetState;
    QLabel* m_panelState;
    PanelScoresModel* m_panelModel;
    QTableView* m_panelView;
    QSplitter* m_splitter;
    QSplitter* m_topSplitter;
    QUndoStack* m_undo;
    QAction* m_add;
    QAction* m_remove;
    QAction* m_fill;
    QAction* m_save;
    QAction* m_submit;
    QAction* m_undoAction;
    QAction* m_redoAction;
    QPushButton* m_removeButton;
    QString m_viewerName;
    QString m_sheetOwner; // whose sheet the grid holds
};

} // namespace td::ui
