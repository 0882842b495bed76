#include "collusionsignalsmodel.h"

namespace td::ui {

CollusionSignalsModel::CollusionSignalsModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void CollusionSignalsModel::setSignals(const QList<CollusionSignal>& list)
{
    beginResetModel();
    m_signals = list;
    endResetModel();
}

int CollusionSignalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_signals.size());
}

QVariant CollusionSignalsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_signals.size())
        return {};
    const CollusionSignal& s = m_signals[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QStringList bidders;
        for (const SignalBidder& b : s.bidders)
            bidders.append(b.vendorName);
        //: between the names of the bidders a collusion signal links (Chinese: 、)
        const QString separator = tr(", ");
        return tr("%1: %2").arg(CollusionText::kindName(s.kind), bidders.join(separator));
    }
    case Qt::ToolTipRole:
        return CollusionText::clauseText(s.clause);
    case Qt::UserRole:
        return CollusionText::kindCode(s.kind);
    default:
        return {};
    }
}

} // namespace td::ui
