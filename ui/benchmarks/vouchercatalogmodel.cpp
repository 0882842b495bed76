#include "vouchercatalogmodel.h"

#include "catalogcells.h"

namespace td::ui {

VoucherCatalogModel::VoucherCatalogModel(const QList<ComputeVoucher>& vouchers, QUndoStack* undo,
                                         QObject* parent)
    : CatalogEntriesModel(vouchers, ColumnCount, undo, parent)
{}

QVariant VoucherCatalogModel::valueOf(const ComputeVoucher& v, int column) const
{
    switch (column) {
    case City:
        return v.city;
    case Name:
        return v.name;
    case NameEn:
        return v.nameEn;
    case SubsidyPercent:
        return v.subsidyPercent;
    case Cap:
        return CatalogCells::amountText(v.cap);
    case Eligibility:
        return v.eligibility;
    case Source:
        return v.source;
    case Date:
        return CatalogCells::dateText(v.date);
    default:
        return {};
    }
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

QString VoucherCatalogModel::columnToolTip(int column) const
{
    if (column == SubsidyPercent)
        return tr("The share of the accelerator rental the programme pays, at most.");
    if (column == Cap)
        return tr("The most the programme pays for one contract; empty when no cap is "
                  "stated.");
    return {};
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
    ComputeVoucher& v = editableEntry(row);
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
    if (column == Cap && !entry(row).cap)
        return tr("(none stated)");
    return editValue(row, column);
}

QVariant VoucherCatalogModel::extraData(int row, int column, int role) const
{
    const ComputeVoucher& v = entry(row);
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
    return tr("%1 of %2").arg(columnName(column), entry(row).name);
}

} // namespace td::ui
