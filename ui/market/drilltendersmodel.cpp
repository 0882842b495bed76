#include "drilltendersmodel.h"

#include "analytics/reportcells.h"

#include <QLocale>

namespace td::ui {

void DrillTendersModel::setTenders(const QList<analytics::DrillTender>& tenders)
{
    beginResetModel();
    m_tenders = tenders;
    endResetModel();
}

const analytics::DrillTender* DrillTendersModel::tenderAt(int row) const
{
    return row >= 0 && row < m_tenders.size() ? &m_tenders.at(row) : nullptr;
}

int DrillTendersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tenders.size());
}

int DrillTendersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillTendersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tenders.size())
        return {};
    const analytics::DrillTender& t = m_tenders.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Budget)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return t.title;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Reference:
        return t.reference;
    case Title:
        return t.title;
    case Buyer:
        return t.buyer;
    case Budget:
        return QStringLiteral("%1 %2").arg(
            analytics::displayCell(t.budgetMinor, analytics::ColumnKind::Money), t.currency);
    case Published:
        return QLocale().toString(t.published, QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant DrillTendersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Title:
        return tr("Title");
    case Buyer:
        return tr("Buyer");
    case Budget:
        return tr("Budget");
    case Published:
        return tr("Published");
    default:
        return {};
    }
}

} // namespace td::ui
