#include "hardwarelinesmodel.h"

#include <QLocale>

#include <algorithm>

namespace td::ui {

HardwareLinesModel::HardwareLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void HardwareLinesModel::setCatalog(const QHash<QString, bool>& domesticByModel)
{
    beginResetModel();
    m_domestic = domesticByModel;
    endResetModel();
}

void HardwareLinesModel::setLines(const QList<HardwareLine>& lines)
{
    const bool same =
        std::equal(lines.begin(), lines.end(), m_lines.begin(), m_lines.end(),
                   [](const HardwareLine& a, const HardwareLine& b) {
                       return a.acceleratorModel == b.acceleratorModel && a.count == b.count;
                   });
    if (same)
        return;
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void HardwareLinesModel::addLine(const QString& model)
{
    QString chosen = model;
    if (chosen.isEmpty() && !m_domestic.isEmpty()) {
        QStringList models = m_domestic.keys();
        models.sort();
        chosen = models.first();
    }
    if (chosen.isEmpty())
        return;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
    m_lines.append({chosen, 1});
    endInsertRows();
    Q_EMIT edited();
}

void HardwareLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

int HardwareLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int HardwareLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HardwareLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const HardwareLine& line = m_lines[index.row()];
    switch (index.column()) {
    case AcceleratorColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return line.acceleratorModel;
        break;
    case CountColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(line.count);
        if (role == Qt::EditRole)
            return line.count;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OriginColumn:
        if (role == Qt::DisplayRole) {
            const auto it = m_domestic.constFind(line.acceleratorModel);
            if (it == m_domestic.constEnd())
                return tr("Not in the catalog");
            return *it ? tr("Domestic") : tr("Imported");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant HardwareLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AcceleratorColumn:
        return tr("Accelerator");
    case CountColumn:
        return tr("Count");
    case OriginColumn:
        return tr("Origin");
    default:
        return {};
    }
}

Qt::ItemFlags HardwareLinesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != OriginColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool HardwareLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_lines.size())
        return false;
    HardwareLine& line = m_lines[index.row()];
    if (index.column() == AcceleratorColumn) {
        const QString model = value.toString();
        if (!m_domestic.contains(model) || model == line.acceleratorModel)
            return false;
        line.acceleratorModel = model;
        Q_EMIT dataChanged(index, this->index(index.row(), OriginColumn));
    } else if (index.column() == CountColumn) {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (!ok || count < 1 || count > 1'000'000 || count == line.count)
            return false;
        line.count = count;
        Q_EMIT dataChanged(index, index);
    } else {
        return false;
    }
    Q_EMIT edited();
    return true;
}

} // namespace td::ui
