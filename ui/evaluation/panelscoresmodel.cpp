#include "panelscoresmodel.h"

#include "evaluationtext.h"

#include <cmath>
#include <limits>

namespace td::ui {

PanelScoresModel::PanelScoresModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PanelScoresModel::clear()
{
    beginResetModel();
    m_evaluators.clear();
    m_rows.clear();
    endResetModel();
}

void PanelScoresModel::setSheets(const TenderEvaluation& evaluation,
                                 const QHash<QString, QList<SheetScore>>& sheets)
{
    beginResetModel();
    m_evaluators.clear();
    m_rows.clear();
    for (const Evaluator& e : evaluation.panel)
        m_evaluators.append(e.name);
    const QList<scoring::CriterionSpec>& criteria = evaluation.input.criteria;
    for (const scoring::BidResult& bid : evaluation.result.bids) {
        if (!bid.valid)
            continue;
        for (int c = 0; c < criteria.size(); ++c) {
            if (criteria[c].isPrice())
                continue;
            Row row;
            row.bidId = bid.bidId;
            row.vendor = evaluation.names.vendors.value(bid.bidId);
            row.criterion = criteria[c].code;
            row.criterionName = criteria[c].name;
            row.weight = criteria[c].weight;
            row.panel = c < bid.criterionPoints.size() ? bid.criterionPoints[c]
                                                       : std::numeric_limits<double>::quiet_NaN();
            for (const QString& name : m_evaluators) {
                std::optional<double> points;
                QString comment;
                for (const SheetScore& s : sheets.value(name))
                    if (s.bidId == bid.bidId && s.criterion == row.criterion) {
                        points = s.points;
                        comment = s.comment;
                    }
                row.points.append(points);
                row.comments.append(comment);
            }
            m_rows.append(row);
        }
    }
    endResetModel();
}

int PanelScoresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PanelScoresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : panelColumn() + 1;
}

QVariant PanelScoresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const int column = index.column();
    if (column == VendorColumn)
        return role == Qt::DisplayRole ? row.vendor : QVariant();
    if (column == CriterionColumn) {
        if (role == Qt::DisplayRole)
            return tr("%1 (%2)").arg(row.criterionName).arg(row.weight);
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (column == panelColumn()) {
        if (role == Qt::DisplayRole)
            return EvaluationText::points(row.panel);
        if (role == Qt::ToolTipRole)
            return tr("The panel's score of %1 for %2.").arg(row.criterionName, row.vendor);
        return {};
    }
    const int e = column - FirstEvaluatorColumn;
    if (e < 0 || e >= row.points.size())
        return {};
    if (role == Qt::DisplayRole)
        return row.points[e] ? EvaluationText::points(*row.points[e]) : QStringLiteral("—");
    if (role == Qt::ToolTipRole && !row.comments[e].isEmpty())
        return tr("%1: %2").arg(m_evaluators[e], row.comments[e]);
    return {};
}

QVariant PanelScoresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == VendorColumn)
        return tr("Bidder");
    if (section == CriterionColumn)
        return tr("Criterion");
    if (section == panelColumn())
        return tr("Panel score");
    const int e = section - FirstEvaluatorColumn;
    return e >= 0 && e < m_evaluators.size() ? m_evaluators[e] : QVariant();
}

} // namespace td::ui
