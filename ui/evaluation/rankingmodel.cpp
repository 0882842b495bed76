#include "rankingmodel.h"

#include "evaluationtext.h"

#include <QFont>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

namespace td::ui {

namespace {

const scoring::BidInput* inputOf(const TenderEvaluation& e, qint64 bidId)
{
    for (const scoring::BidInput& b : e.input.bids)
        if (b.id == bidId)
            return &b;
    return nullptr;
}

} // namespace

RankingModel::RankingModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void RankingModel::clear()
{
    beginResetModel();
    m_evaluation.reset();
    m_criteria.clear();
    m_criterionIndex.clear();
    m_lots.clear();
    endResetModel();
}

void RankingModel::setEvaluation(const TenderEvaluation& evaluation)
{
    beginResetModel();
    m_evaluation = std::make_shared<const TenderEvaluation>(evaluation);
    const TenderEvaluation& e = *m_evaluation;
    m_criteria.clear();
    m_criterionIndex.clear();
    m_priceIndex = -1;
    for (int i = 0; i < e.input.criteria.size(); ++i) {
        if (e.input.criteria[i].isPrice()) {
            m_priceIndex = i;
            continue;
        }
        m_criteria.append(e.input.criteria[i]);
        m_criterionIndex.append(i);
    }
    m_hideSheets = !e.panel.isEmpty() && !e.sheetsComplete();
    m_lots.clear();
    for (const scoring::LotResult& lot : e.result.lots) {
        LotRows rows;
        rows.lotId = lot.lotId;
        rows.recommendedBidId = lot.recommendedBidId;
        for (const Lot& l : e.tender.lots)
            if (l.id == lot.lotId)
                rows.label = l.title.isEmpty() ? tr("Lot %1").arg(l.number)
                                               : tr("Lot %1: %2").arg(l.number).arg(l.title);
        if (rows.label.isEmpty())
            rows.label = tr("The whole tender");
        if (lot.benchmarkMinor > 0)
            rows.label =
                tr("%1 · benchmark price %2")
                    .arg(rows.label, EvaluationText::money(lot.benchmarkMinor, e.names.currency));
        QList<const scoring::BidResult*> bids;
        for (const scoring::BidResult& b : e.result.bids)
            if (b.lotId == lot.lotId)
                bids.append(&b);
        // Ranked bids by rank (ties keep the input's order), then the unranked ones.
        std::stable_sort(bids.begin(), bids.end(),
                         [](const scoring::BidResult* a, const scoring::BidResult* b) {
                             const int ra = a->rank > 0 ? a->rank : INT_MAX;
                             const int rb = b->rank > 0 ? b->rank : INT_MAX;
                             return ra < rb;
                         });
        for (const scoring::BidResult* b : bids)
            rows.bids.append(b->bidId);
        if (rows.bids.isEmpty())
            rows.label = tr("%1 · no bid").arg(rows.label);
        m_lots.append(rows);
    }
    endResetModel();
}

QModelIndex RankingModel::indexOf(qint64 bidId, int column) const
{
    for (int l = 0; l < m_lots.size(); ++l) {
        const int row = int(m_lots[l].bids.indexOf(bidId));
        if (row >= 0)
            return createIndex(row, column, quintptr(l + 1));
    }
    return {};
}

QModelIndex RankingModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= columnCount() || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_lots.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_lots.size() ||
        row >= m_lots[parent.row()].bids.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RankingModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RankingModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_lots.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_lots.size())
        return 0;
    return int(m_lots[parent.row()].bids.size());
}

int RankingModel::columnCount(const QModelIndex&) const
{
    return costColumn() + 1;
}

QVariant RankingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_evaluation)
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= m_lots.size())
            return {};
        const LotRows& lot = m_lots[index.row()];
        if (role == LotIdRole)
            return lot.lotId;
        if (index.column() == RankColumn && role == Qt::DisplayRole)
            return lot.label;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const int lotRow = int(index.internalId() - 1);
    if (lotRow >= m_lots.size() || index.row() >= m_lots[lotRow].bids.size())
        return {};
    return bidData(m_lots[lotRow], m_lots[lotRow].bids[index.row()], index.column(), role);
}

QString RankingModel::keyOf(const scoring::BidResult& bid, int column) const
{
    if (column == RankColumn)
        return bid.rank > 0 ? QStringLiteral("rank") : QString();
    if (column == EvaluationPriceColumn)
        return bid.valid ? QStringLiteral("evaluationPrice") : QString();
    if (column >= FirstCriterionColumn && column < technicalColumn()) {
        const int i = m_criterionIndex[column - FirstCriterionColumn];
        if (m_hideSheets || !bid.valid || i >= bid.criterionPoints.size() ||
            std::isnan(bid.criterionPoints[i]))
            return {};
        return QStringLiteral("criterion:") + m_criteria[column - FirstCriterionColumn].code;
    }
    if (column == technicalColumn())
        return bid.valid && bid.scored && !m_hideSheets ? QStringLiteral("technical") : QString();
    if (column == priceScoreColumn())
        return bid.valid ? QStringLiteral("priceScore") : QString();
    if (column == totalColumn())
        return bid.valid && bid.scored && !m_hideSheets ? QStringLiteral("total") : QString();
    if (column == flagsColumn())
        return bid.flags.isEmpty()
                   ? QString()
                   : QStringLiteral("flag:") + scoring::lowBidRuleCode(bid.flags.first().rule);
    if (column == costColumn())
        return QStringLiteral("cost");
    return {};
}

QVariant RankingModel::bidData(const LotRows& lot, qint64 bidId, int column, int role) const
{
    const TenderEvaluation& e = *m_evaluation;
    const scoring::BidResult* bid = e.result.bid(bidId);
    if (!bid)
        return {};
    if (role == BidIdRole)
        return bidId;
    if (role == LotIdRole)
        return lot.lotId;
    if (role == ExplanationKeyRole)
        return keyOf(*bid, column);
    if (role == Qt::FontRole && bidId == lot.recommendedBidId) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    const QString currency = e.names.currency;
    if (role == Qt::TextAlignmentRole && column != VendorColumn && column != costColumn())
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (column == RankColumn) {
        if (role == Qt::DisplayRole)
            return bid->rank > 0 ? QString::number(bid->rank) : QStringLiteral("—");
        if (role == Qt::ToolTipRole && bid->rank == 0) {
            const scoring::BidInput* in = inputOf(e, bidId);
            if (in && !in->compliant)
                return tr("Not ranked: disqualified by the compliance review.");
            if (in && in->lowPriceDecision == scoring::LowPriceDecision::Rejected)
                return tr("Not ranked: its abnormally low price was rejected.");
            return tr("Not ranked: the bid is not valid.");
        }
        if (role == Qt::ToolTipRole && bidId == lot.recommendedBidId)
            return tr("The recommended winner of the lot.");
        return {};
    }
    if (column == VendorColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole
                   ? QVariant(e.names.vendors.value(bidId))
                   : QVariant();
    if (column == EvaluationPriceColumn)
        return role == Qt::DisplayRole && bid->valid
                   ? QVariant(EvaluationText::money(bid->evaluationPriceMinor, currency))
                   : QVariant();
    if (column >= FirstCriterionColumn && column < technicalColumn()) {
        const int i = m_criterionIndex[column - FirstCriterionColumn];
        const double points = i < bid->criterionPoints.size()
                                  ? bid->criterionPoints[i]
                                  : std::numeric_limits<double>::quiet_NaN();
        if (role == Qt::DisplayRole)
            return bid->valid
                       ? EvaluationText::points(
                             m_hideSheets ? std::numeric_limits<double>::quiet_NaN() : points)
                       : QString();
        if (role == Qt::ToolTipRole && bid->valid && (m_hideSheets || std::isnan(points)))
            return m_hideSheets ? tr("Hidden until every evaluator's sheet is in.")
                                : tr("Not scored yet.");
        return {};
    }
    if (column == technicalColumn() || column == totalColumn()) {
        const double value = column == technicalColumn() ? bid->technicalPoints : bid->totalPoints;
        const bool shown = bid->valid && bid->scored && !m_hideSheets;
        if (role == Qt::DisplayRole)
            return bid->valid ? EvaluationText::points(
                                    shown ? value : std::numeric_limits<double>::quiet_NaN())
                              : QString();
        if (role == Qt::ToolTipRole && bid->valid && !shown)
            return tr("Waits for every evaluator's sheet.");
        return {};
    }
    if (column == priceScoreColumn())
        return role == Qt::DisplayRole && bid->valid
                   ? QVariant(EvaluationText::points(bid->priceScore))
                   : QVariant();
    if (column == flagsColumn()) {
        // The count only, to keep the ranking narrow: the tooltip names the rules with their
        // values, and Enter opens their working.
        if (role == Qt::DisplayRole)
            return bid->flags.isEmpty() ? QString() : QStringLiteral("⚑ %1").arg(bid->flags.size());
        if (role == Qt::ToolTipRole && !bid->flags.isEmpty()) {
            QStringList sentences;
            for (const scoring::LowBidFlag& f : bid->flags)
                sentences.append(tr("%1: %2").arg(scoring::lowBidRuleName(f.rule),
                                                  scoring::flagSentence(f, currency)));
            return sentences.join(QLatin1Char('\n'));
        }
        if (role == Qt::ForegroundRole && !bid->flags.isEmpty())
            return EvaluationText::pendingColour();
        return {};
    }
    if (column == costColumn()) {
        if (role == Qt::DisplayRole)
            return EvaluationText::costVerdictName(bid->costVerdict);
        if (role == Qt::ForegroundRole) {
            switch (bid->costVerdict) {
            case scoring::CostVerdict::Profitable:
                return EvaluationText::passColour();
            case scoring::CostVerdict::ProfitableOnlyWithVoucher:
                return EvaluationText::pendingColour();
            case scoring::CostVerdict::BelowCost:
                return EvaluationText::failColour();
            case scoring::CostVerdict::NoBenchmark:
                break;
            }
            return {};
        }
        if (role == Qt::ToolTipRole) {
            const scoring::BidInput* in = inputOf(e, bidId);
            return in ? EvaluationText::costVerdictSentence(bid->costVerdict, in->priceMinor,
                                                            in->costWithoutVoucherMinor,
                                                            in->costWithVoucherMinor, currency)
                      : QVariant();
        }
        return {};
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return tr("Double-click a number, or press Enter, to see how it was computed.");
    if (role != Qt::DisplayRole)
        return {};
    if (section == RankColumn)
        return tr("Rank");
    if (section == VendorColumn)
        return tr("Bidder");
    if (section == EvaluationPriceColumn)
        return tr("Evaluation price");
    if (section >= FirstCriterionColumn && section < technicalColumn()) {
        const scoring::CriterionSpec& c = m_criteria[section - FirstCriterionColumn];
        //: A criterion over its weight, on two lines of a column header
        return tr("%1\n(%2)").arg(c.name).arg(c.weight);
    }
    if (section == technicalColumn())
        return tr("Technical");
    if (section == priceScoreColumn())
        return m_priceIndex >= 0 && m_evaluation
                   ? tr("Price score\n(%1)").arg(m_evaluation->input.criteria[m_priceIndex].weight)
                   : tr("Price score");
    if (section == totalColumn())
        return tr("Total");
    if (section == flagsColumn())
        return tr("Abnormally low");
    if (section == costColumn())
        return tr("Cost verdict");
    return {};
}

} // namespace td::ui
