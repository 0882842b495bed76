#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace td::ui {

class ComplianceModel;
class EvaluationSession;

// The compliance review: every bid against every check, failed checks with what they found;
// the panel overturns a check with a written justification (Override…) and confirms the
// review, which decides which bids are valid.
class CompliancePage : public QWidget
{
    Q_OBJECT

public:
    explicit CompliancePage(EvaluationSession& session, QWidget* parent = nullptr);

    ComplianceModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QAction* overrideAction() const { return m_override; }
    QAction* confirmAction() const { return m_confirm; }
    QList<QAction*> pageActions() const { return {m_override, m_confirm}; }

    // The steps behind the actions, after their dialogs: for the actions and for tests.
    void overrideCheck(qint64 bidId, const QString& checkCode, bool passes,
                       const QString& justification);
    void confirmReview();

    void chooseAndOverride();
    void askAndConfirm();

private:
    void showEvaluation();
    void updateActions();

    EvaluationSession& m_session;
    ComplianceModel* m_model;
    QTableView* m_table;
    QLabel* m_state;
    QAction* m_override;
    QAction* m_confirm;
    QPushButton* m_overrideButton;
    QPushButton* m_confirmButton;
};

} // namespace td::ui
