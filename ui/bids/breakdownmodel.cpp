#include "breakdownmodel.h"

namespace td::ui {

BreakdownModel::BreakdownModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setBreakdown({}, m_currency);
}

void BreakdownModel::setBreakdown(const QList<PriceItem>& items, const QString& currency)
{
    QList<PriceItem> rows;
    for (PriceItemKind kind : Codes<PriceItemKind>::all()) {
        PriceItem row;
        row.kind = kind;
        row.amount = Money(0, currency);
        for (const PriceItem& item : items) {
            if (item.kind != kind)
                continue;
            if (row.label.isEmpty())
                row.label = item.label;
            if (item.amount.currency() == currency)
                row.amount = row.amount + item.amount;
        }
        rows.append(row);
    }
    const auto same = [&] {
        if (rows.size() != m_items.size() || currency != m_currency)
            return false;
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows[i].label != m_items[i].label || rows[i].amount != m_items[i].amount)
                return false;
        return true;
    };
    if (same())
        return;
    beginResetModel();
    m_items = rows;
    m_currency = currency;
    endResetModel();
}

Money BreakdownModel::sum() const
{
    Money total(0, m_currency);
    for (const PriceItem& item : m_items)
        total = total + item.amount;
    return total;
}

int BreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const PriceItem& item = m_items[index.row()];
    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DisplayRole)
            return nameOf(item.kind);
        break;
    case LabelColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return item.label;
        break;
    case AmountColumn:
        if (role == Qt::DisplayRole)
            return item.amount.minorUnits() == 0 ? QString() : item.amount.toDisplayString();
        if (role == Qt::EditRole)
            return item.amount.minorUnits() == 0 ? QString() : item.amount.toPlainString();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case LabelColumn:
        return tr("Description");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

Qt::ItemFlags BreakdownModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != KindColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BreakdownModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    PriceItem& item = m_items[index.row()];
    if (index.column() == LabelColumn) {
        if (item.label == value.toString())
            return false;
        item.label = value.toString();
    } else if (index.column() == AmountColumn) {
        const QString text = value.toString().trimmed();
        const std::optional<Money> amount =
            text.isEmpty() ? Money(0, m_currency) : Money::parse(text, m_currency);
        if (!amount || amount->minorUnits() < 0 || *amount == item.amount)
            return false;
        item.amount = *amount;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

} // namespace td::ui
