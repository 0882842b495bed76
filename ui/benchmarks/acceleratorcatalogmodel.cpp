#include "acceleratorcatalogmodel.h"

#include "catalogcells.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace td::ui {

AcceleratorCatalogModel::AcceleratorCatalogModel(const QList<Accelerator>& accelerators,
                                                 QUndoStack* undo, QObject* parent)
    : CatalogEntriesModel(accelerators, ColumnCount, undo, parent)
{}

QVariant AcceleratorCatalogModel::valueOf(const Accelerator& a, int column) const
{
    switch (column) {
    case Model:
        return a.model;
    case Vendor:
        return a.vendor;
    case Domestic:
        return a.domestic;
    case ExcludedByDefault:
        return a.excludedByDefault;
    case ExportControlled:
        return a.exportControlled;
    case MemoryGb:
        return a.memoryGb;
    case PeakBf16:
        return a.peakBf16Tflops;
    case PeakInt8:
        return a.peakInt8Tops;
    case PowerWatts:
        return a.powerWatts;
    case HourlyPrice:
        return CatalogCells::amountText(a.hourlyPrice);
    case PriceSource:
        return a.priceSource;
    case PriceDate:
        return CatalogCells::dateText(a.priceDate);
    case PurchasePrice:
        return CatalogCells::amountText(a.purchasePrice);
    case PurchasePriceSource:
        return a.purchasePriceSource;
    case PurchasePriceDate:
        return CatalogCells::dateText(a.purchasePriceDate);
    case ServiceLifeYears:
        return a.serviceLifeYears;
    default:
        return {};
    }
}

QString AcceleratorCatalogModel::columnName(int column) const
{
    switch (column) {
    case Model:
        return tr("Model");
    case Vendor:
        return tr("Vendor");
    case Domestic:
        return tr("Domestic");
    case ExcludedByDefault:
        return tr("Excluded by default");
    case ExportControlled:
        return tr("Export-controlled");
    case MemoryGb:
        return tr("Memory (GB)");
    case PeakBf16:
        return tr("Peak BF16 (TFLOPS)");
    case PeakInt8:
        return tr("Peak INT8 (TOPS)");
    case PowerWatts:
        return tr("Power (W)");
    case HourlyPrice:
        return tr("Hourly price (CNY)");
    case PriceSource:
        return tr("Price source");
    case PriceDate:
        return tr("Price date");
    case PurchasePrice:
        return tr("Purchase price (CNY)");
    case PurchasePriceSource:
        return tr("Purchase price source");
    case PurchasePriceDate:
        return tr("Purchase price date");
    case ServiceLifeYears:
        return tr("Service life (years)");
    default:
        return {};
    }
}

QString AcceleratorCatalogModel::columnToolTip(int column) const
{
    switch (column) {
    case Domestic:
        return tr("Produced in China: counts towards a tender's domestic share.");
    case ExcludedByDefault:
        return tr("New tenders exclude it (NVIDIA H20, AMD Instinct MI308).");
    case ExportControlled:
        return tr("Barred from export to China: a bid that declares it is a provenance "
                  "risk.");
    case HourlyPrice:
        return tr("Rental of one accelerator for one hour, in yuan; empty when unknown. "
                  "The cost model needs it for every declared model.");
    case PriceSource:
    case PurchasePriceSource:
        return tr("Where the price comes from; say so when it is an estimate.");
    case PurchasePrice:
        return tr("Buying one accelerator outright, in yuan; empty when unknown. Bids that "
                  "deliver their hardware on premises are costed with it.");
    case ServiceLifeYears:
        return tr("The years over which a bought accelerator is written off.");
    default:
        return {};
    }
}

QString AcceleratorCatalogModel::problem(int row, int column, const QVariant& value) const
{
    const QString what = cellName(row, column);
    switch (column) {
    case Vendor:
        return CatalogCells::requiredTextProblem(value, what);
    case MemoryGb:
        return CatalogCells::wholeNumberProblem(value, 0, 1'000'000, what);
    case PowerWatts:
        return CatalogCells::wholeNumberProblem(value, 0, 100'000, what);
    case PeakBf16:
    case PeakInt8:
        return CatalogCells::numberProblem(value, what);
    case HourlyPrice:
    case PurchasePrice:
        return CatalogCells::amountProblem(value, what);
    case PriceDate:
    case PurchasePriceDate:
        return CatalogCells::dateProblem(value, what);
    case ServiceLifeYears:
        return CatalogCells::wholeNumberProblem(value, 1, 50, what);
    default:
        return {};
    }
}

QVariant AcceleratorCatalogModel::canonical(int column, const QVariant& value) const
{
    switch (column) {
    case Vendor:
    case PriceSource:
    case PurchasePriceSource:
        return value.toString().trimmed();
    case MemoryGb:
    case PowerWatts:
    case ServiceLifeYears:
        return value.toString().trimmed().toInt();
    case PeakBf16:
    case PeakInt8:
        return value.toString().trimmed().toDouble();
    case HourlyPrice:
    case PurchasePrice:
        return CatalogCells::amountText(CatalogCells::amount(value));
    case PriceDate:
    case PurchasePriceDate:
        return CatalogCells::dateText(CatalogCells::date(value));
    default:
        return value;
    }
}

void AcceleratorCatalogModel::write(int row, int column, const QVariant& value)
{
    Accelerator& a = editableEntry(row);
    switch (column) {
    case Vendor:
        a.vendor = value.toString();
        break;
    case Domestic:
        a.domestic = value.toBool();
        break;
    case ExcludedByDefault:
        a.excludedByDefault = value.toBool();
        break;
    case ExportControlled:
        a.exportControlled = value.toBool();
        break;
    case MemoryGb:
        a.memoryGb = value.toInt();
        break;
    case PeakBf16:
        a.peakBf16Tflops = value.toDouble();
        break;
    case PeakInt8:
        a.peakInt8Tops = value.toDouble();
        break;
    case PowerWatts:
        a.powerWatts = value.toInt();
        break;
    case HourlyPrice:
        a.hourlyPrice = CatalogCells::amount(value);
        break;
    case PriceSource:
        a.priceSource = value.toString();
        break;
    case PriceDate:
        a.priceDate = CatalogCells::date(value);
        break;
    case PurchasePrice:
        a.purchasePrice = CatalogCells::amount(value);
        break;
    case PurchasePriceSource:
        a.purchasePriceSource = value.toString();
        break;
    case PurchasePriceDate:
        a.purchasePriceDate = CatalogCells::date(value);
        break;
    case ServiceLifeYears:
        a.serviceLifeYears = value.toInt();
        break;
    default:
        break;
    }
}

QVariant AcceleratorCatalogModel::displayValue(int row, int column) const
{
    const Accelerator& a = entry(row);
    if ((column == HourlyPrice && !a.hourlyPrice) || (column == PurchasePrice && !a.purchasePrice))
        return tr("(not set)");
    return editValue(row, column);
}

QVariant AcceleratorCatalogModel::extraData(int row, int column, int role) const
{
    const Accelerator& a = entry(row);
    const bool risky = a.exportControlled && (column == Model || column == ExportControlled);
    switch (role) {
    case Qt::DecorationRole:
        if (risky && column == Model)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (risky)
            return QBrush(QColor(0xb0, 0x4a, 0x00));
        if (column == HourlyPrice && !a.hourlyPrice)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (risky)
            return tr("%1 is export-controlled: barred from export to China, so a bid that "
                      "declares it is a provenance risk.")
                .arg(a.model);
        if (column == HourlyPrice && !a.hourlyPrice)
            return tr("No price: bids that declare %1 cannot be costed until it is set.")
                .arg(a.model);
        if (column == PriceSource && !a.priceSource.isEmpty())
            return a.priceSource;
        if (column == PurchasePriceSource && !a.purchasePriceSource.isEmpty())
            return a.purchasePriceSource;
        return {};
    case Qt::TextAlignmentRole:
        if ((column >= MemoryGb && column <= HourlyPrice) || column == PurchasePrice ||
            column == ServiceLifeYears)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool AcceleratorCatalogModel::isCheckColumn(int column) const
{
    return column == Domestic || column == ExcludedByDefault || column == ExportControlled;
}

bool AcceleratorCatalogModel::isReadOnlyColumn(int column) const
{
    return column == Model;
}

QString AcceleratorCatalogModel::cellName(int row, int column) const
{
    return tr("%1 of %2").arg(columnName(column), entry(row).model);
}

} // namespace td::ui
