#include "vouchercatalogmodel.h"

#include "catalogcells.h"

namespace td::ui {
namespace {

QVariant valueOf(const ComputeVoucher& v, int column)
{
    switch (column) {
    case VoucherCatalogModel::City:
        return v.city;
    case VoucherCatalogModel::Name:
        return v.name;
    case VoucherCatalogModel::NameEn:
        return v.nameEn;
    case VoucherCatalogModel::SubsidyPercent:
        return v.subsidyPercent;
    case VoucherCatalogModel::Cap:
        return CatalogCells::amountText(v.cap);
    case VoucherCatalogModel::Eligibility:
        return v.eligibility;
    case VoucherCatalogModel::Source:
        return v.source;
    case VoucherCatalogModel::Date:
        return CatalogCells::dateText(v.date);
    default:
        return {};
    }
}

} // namespace

VoucherCatalogModel::VoucherCatalogModel(const QList<ComputeVoucher>& vouchers, QUndoStack* undo,
                                         QObject* parent)
    : CatalogTableModel(undo, parent)
    , m_rows(vouchers)
    , m_saved(vouchers)
{}

int VoucherCatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VoucherCatalogModel::columnName(int column) const
{
    switch (column) {
    case City:
        return tr("City");
    case Name:
        return tr("Name");
    case NameEn:
        return tr("English name");
    case SubsidyPercent:
        return tr("Subsidy (%)");
    case Cap:
        return tr("Cap per contract (CNY)");
    case Eligibility:
        return tr("Eligibility");
    case Source:
        return tr("Source");
    case Date:
        return tr("Date");
    default:
        return {};
    }
}

QVariant VoucherCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole && section == SubsidyPercent)
        return tr("The share of the accelerator rental the programme pays, at most.");
    if (role == Qt::ToolTipRole && section == Cap)
        return tr("The most the programme pays for one contract; empty when no cap is "
                  "stated.");
    return {};
}

bool VoucherCatalogModel::isRowModified(int row) const
{
    return m_rows.at(row) != m_saved.at(row);
}

void VoucherCatalogModel::markSaved()
{
    m_saved = m_rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<ComputeVoucher> VoucherCatalogModel::modifiedEntries() const
{
    QList<ComputeVoucher> out;
    for (int row = 0; row < m_rows.size(); ++row)
        if (isRowModified(row))
            out.append(m_rows.at(row));
    return out;
}

QVariant VoucherCatalogModel::editValue(int row, int column) const
{
    return valueOf(m_rows.at(row), column);
}

QVariant VoucherCatalogModel::savedValue(int row, int column) const
{
    return valueOf(m_saved.at(row), column);
}

QString VoucherCatalogModel::problem(int row, int column, const QVariant& value) const
{
    const QString what = cellName(row, column);
    switch (column) {
    case Name:
        return CatalogCells::requiredTextProblem(value, what);
    case SubsidyPercent:
        return CatalogCells::wholeNumberProblem(value, 0, 100, what);
    case Cap:
        return CatalogCells::amountProblem(value, what);
    case Date:
        return CatalogCells::dateProblem(value, what);
    default:
        return {};
    }
}

QVariant VoucherCatalogModel::canonical(int column, const QVariant& value) const
{
    switch (column) {
    case SubsidyPercent:
        return value.toString().trimmed().toInt();
    case Cap:
        return CatalogCells::amountText(CatalogCells::amount(value));
    case Date:
        return CatalogCells::dateText(CatalogCells::date(value));
    default:
        return value.toString().trimmed();
    }
}

void VoucherCatalogModel::write(int row, int column, const QVariant& value)
{
    ComputeVoucher& v = m_rows[row];
    switch (column) {
    case Name:
        v.name = value.toString();
        break;
    case NameEn:
        v.nameEn = value.toString();
        break;
    case SubsidyPercent:
        v.subsidyPercent = value.toInt();
        break;
    case Cap:
        v.cap = CatalogCells::amount(value);
        break;
    case Eligibility:
        v.eligibility = value.toString();
        break;
    case Source:
        v.source = value.toString();
        break;
    case Date:
        v.date = CatalogCells::date(value);
        break;
    default:
        break;
    }
}

QVariant VoucherCatalogModel::displayValue(int row, int column) const
{
    if (column == Cap && !m_rows.at(row).cap)
        return tr("(none stated)");
    return editValue(row, column);
}

QVariant VoucherCatalogModel::extraData(int row, int column, int role) const
{
    const ComputeVoucher& v = m_rows.at(row);
    if (role == Qt::ToolTipRole && column == Source && !v.source.isEmpty())
        return v.source;
    if (role == Qt::ToolTipRole && column == Eligibility && !v.eligibility.isEmpty())
        return v.eligibility;
    if (role == Qt::TextAlignmentRole && (column == SubsidyPercent || column == Cap))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool VoucherCatalogModel::isReadOnlyColumn(int column) const
{
    return column == City;
}

QString VoucherCatalogModel::cellName(int row, int column) const
{
    return tr("%1 of %2").arg(columnName(column), m_rows.at(row).name);
}

} // namespace td::ui
