#pragma once

#include <QWidget>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSplitter;

namespace td::ui {

class EvaluationSession;

// The bids flagged abnormally low, each with the rules that fired and the values they compared;
// the vendor's explanation with its PDF attachments, then the panel's decision with its opinion
// (accepted: the price stands; rejected: the bid is invalid). The ranking is not final while a
// flagged bid awaits its decision.
class LowPricePage : public QWidget
{
    Q_OBJECT

public:
    explicit LowPricePage(EvaluationSession& session, QWidget* parent = nullptr);

    QListWidget* flaggedBids() const { return m_bids; }
    QLabel* rules() const { return m_rules; }
    QPlainTextEdit* explanationField() const { return m_explanation; }
    QListWidget* attachments() const { return m_attachments; }
    QPlainTextEdit* opinionField() const { return m_opinion; }
    QPushButton* recordExplanationButton() const { return m_recordExplanation; }
    QPushButton* recordDecisionButton() const { return m_recordDecision; }
    QRadioButton* acceptChoice() const { return m_accept; }
    QRadioButton* rejectChoice() const { return m_reject; }
    QSplitter* splitter() const { return m_splitter; }
    // The bid the details show, 0 for none.
    qint64 currentBid() const;
    void selectBid(qint64 bidId);

    // The steps behind the buttons: for them and for tests.
    void recordExplanation(qint64 bidId, const QString& explanation, const QStringList& pdfPaths);
    void decide(qint64 bidId, bool accepted, const QString& opinion);

    void chooseAttachments();

private:
    void showEvaluation();
    void showCurrent();
    void updateButtons();

    EvaluationSession& m_session;
    QListWidget* m_bids;
    QLabel* m_state;
    QLabel* m_heading;
    QLabel* m_rules;
    QGroupBox* m_explanationGroup;
    QPlainTextEdit* m_explanation;
    QListWidget* m_attachments;
    QPushButton* m_attach;
    QPushButton* m_removeAttachment;
    QPushButton* m_recordExplanation;
    QGroupBox* m_decisionGroup;
    QButtonGroup* m_choice;
    QRadioButton* m_accept;
    QRadioButton* m_reject;
    QPlainTextEdit* m_opinion;
    QLabel* m_decided;
    QPushButton* m_recordDecision;
    QSplitter* m_splitter;
    QStringList m_pendingPaths; // PDFs chosen, not yet recorded
    qint64 m_shownBid = 0;
};

} // namespace td::ui
