#pragma once

#include "domain/tenderrelease.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace td::ui {

class EvaluationSession;

// The award of each lot: the recommended winner and what still stands in the way; the decision
// (another bid than the recommended one needs a written justification), then the award as
// recorded: the standstill, the loss-making flag with its amounts, and the release that
// published it.
class AwardPage : public QWidget
{
    Q_OBJECT

public:
    explicit AwardPage(EvaluationSession& session, QWidget* parent = nullptr);

    QComboBox* lotChooser() const { return m_lot; }
    QComboBox* bidChooser() const { return m_bid; }
    QPlainTextEdit* justificationField() const { return m_justification; }
    QPushButton* recordButton() const { return m_record; }
    QLabel* recommendation() const { return m_recommendation; }
    QLabel* awardState() const { return m_award; }
    QLabel* costFlag() const { return m_cost; }

    // The step behind Record award…, after its confirmation: for the button and for tests.
    void recordAward(qint64 bidId, const QString& justification);
    void askAndRecord();

Q_SIGNALS:
    void releaseShown();

private:
    void showEvaluation();
    void showLot();
    void showChoice();
    void showRelease();
    void updateButtons();
    qint64 lotId() const;
    qint64 recommendedBid() const;

    EvaluationSession& m_session;
    QComboBox* m_lot;
    QLabel* m_lotLabel;
    QLabel* m_recommendation;
    QLabel* m_blockers;
    QGroupBox* m_decisionGroup;
    QComboBox* m_bid;
    QPlainTextEdit* m_justification;
    QLabel* m_choiceCost;
    QPushButton* m_record;
    QGroupBox* m_awardGroup;
    QLabel* m_award;
    QLabel* m_cost;
    QLabel* m_release;
    QPushButton* m_viewRelease;
    std::optional<TenderRelease> m_latestRelease;
};

} // namespace td::ui
