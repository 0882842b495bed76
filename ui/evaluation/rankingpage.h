#pragma once

#include "scoring/explanation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace td::ui {

class EvaluationSession;
class RankingModel;

// The ranking lot by lot, whether it is final and what it waits for; every number opens to how
// it was computed (double-click or Enter): the formula, the value and the inputs with their
// sources.
class RankingPage : public QWidget
{
    Q_OBJECT

public:
    explicit RankingPage(EvaluationSession& session, QWidget* parent = nullptr);

    RankingModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLabel* state() const { return m_state; }

    // The working of the number at `index`; empty (no key) where there is none. `ruleCode`
    // chooses among a bid's flags in the flags column.
    scoring::Working workingAt(const QModelIndex& index, const QString& ruleCode = {}) const;
    // Opens the working of the number at `index` in a dialog.
    void explainAt(const QModelIndex& index);

private:
    void showEvaluation();

    EvaluationSession& m_session;
    RankingModel* m_model;
    QTreeView* m_view;
    QLabel* m_state;
    QPushButton* m_explain;
};

} // namespace td::ui
