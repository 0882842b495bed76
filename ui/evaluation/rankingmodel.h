#pragma once

#include "evaluation/evaluationdesk.h"

#include <QAbstractItemModel>

namespace td::ui {

// The ranking, lot by lot: under each lot its bids in rank order (the invalid ones last), with
// the evaluation price, the panel's score of each criterion, the technical points, the price
// score, the total, the abnormally-low flags and the cost verdict. Every number names the
// explain() key that opens how it was computed (ExplanationKeyRole).
class RankingModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr int BidIdRole = Qt::UserRole + 1;
    static constexpr int ExplanationKeyRole = Qt::UserRole + 2; // "" where there is no number
    static constexpr int LotIdRole = Qt::UserRole + 3;

    enum FixedColumn
    {
        RankColumn,
        VendorColumn,
        EvaluationPriceColumn,
        FirstCriterionColumn
    };

    explicit RankingModel(QObject* parent = nullptr);

    void setEvaluation(const TenderEvaluation& evaluation);
    void clear();

    int technicalColumn() const { return FirstCriterionColumn + int(m_criteria.size()); }
    int priceScoreColumn() const { return technicalColumn() + 1; }
    int totalColumn() const { return technicalColumn() + 2; }
    int flagsColumn() const { return technicalColumn() + 3; }
    int costColumn() const { return technicalColumn() + 4; }
    // The index of bid `bidId`'s cell in `column`, invalid when it is not listed.
    QModelIndex indexOf(qint64 bidId, int column) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct LotRows
    {
        qint64 lotId = 0;
        QString label;
        qint64 recommendedBidId = 0;
        QList<qint64> bids; // in rank order, the invalid last
    };

    QVariant bidData(const LotRows& lot, qint64 bidId, int column, int role) const;
    QString keyOf(const scoring::BidResult& bid, int column) const;

    std::shared_ptr<const TenderEvaluation> m_evaluation;
    QList<scoring::CriterionSpec> m_criteria; // the scored ones, in the tender's order
    QList<int> m_criterionIndex;              // each one's index in input.criteria
    int m_priceIndex = -1;
    bool m_hideSheets = false; // some sheets are still out: no working of panel scores
    QList<LotRows> m_lots;
};

} // namespace td::ui
