#include "acceleratorcatalogmodel.h"

#include "catalogcells.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace td::ui {
namespace {

QVariant valueOf(const Accelerator& a, int column)
{
    switch (column) {
    case AcceleratorCatalogModel::Model:
        return a.model;
    case AcceleratorCatalogModel::Vendor:
        return a.vendor;
    case AcceleratorCatalogModel::Domestic:
        return a.domestic;
    case AcceleratorCatalogModel::ExcludedByDefault:
        return a.excludedByDefault;
    case AcceleratorCatalogModel::ExportControlled:
        return a.exportControlled;
    case AcceleratorCatalogModel::MemoryGb:
        return a.memoryGb;
    case AcceleratorCatalogModel::PeakBf16:
        return a.peakBf16Tflops;
    case AcceleratorCatalogModel::PeakInt8:
        return a.peakInt8Tops;
    case AcceleratorCatalogModel::PowerWatts:
        return a.powerWatts;
    case AcceleratorCatalogModel::HourlyPrice:
        return CatalogCells::amountText(a.hourlyPrice);
    case AcceleratorCatalogModel::PriceSource:
        return a.priceSource;
    case AcceleratorCatalogModel::PriceDate:
        return CatalogCells::dateText(a.priceDate);
    default:
        return {};
    }
}

} // namespace

AcceleratorCatalogModel::AcceleratorCatalogModel(const QList<Accelerator>& accelerators,
                                                 QUndoStack* undo, QObject* parent)
    : CatalogTableModel(undo, parent)
    , m_rows(accelerators)
    , m_saved(accelerators)
{}

int AcceleratorCatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
    default:
        return {};
    }
}

QVariant AcceleratorCatalogModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
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
            return tr("Where the price comes from; say so when it is an estimate.");
        default:
            return {};
        }
    }
    return {};
}

bool AcceleratorCatalogModel::isRowModified(int row) const
{
    return m_rows.at(row) != m_saved.at(row);
}

void AcceleratorCatalogModel::markSaved()
{
    m_saved = m_rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<Accelerator> AcceleratorCatalogModel::modifiedEntries() const
{
    QList<Accelerator> out;
    for (int row = 0; row < m_rows.size(); ++row)
        if (isRowModified(row))
            out.append(m_rows.at(row));
    return out;
}

QVariant AcceleratorCatalogModel::editValue(int row, int column) const
{
    return valueOf(m_rows.at(row), column);
}

QVariant AcceleratorCatalogModel::savedValue(int row, int column) const
{
    return valueOf(m_saved.at(row), column);
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
        return CatalogCells::amountProblem(value, what);
    case PriceDate:
        return CatalogCells::dateProblem(value, what);
    default:
        return {};
    }
}

QVariant AcceleratorCatalogModel::canonical(int column, const QVariant& value) const
{
    switch (column) {
    case Vendor:
    case PriceSource:
        return value.toString().trimmed();
    case MemoryGb:
    case PowerWatts:
        return value.toString().trimmed().toInt();
    case PeakBf16:
    case PeakInt8:
        return value.toString().trimmed().toDouble();
    case HourlyPrice:
        return CatalogCells::amountText(CatalogCells::amount(value));
    case PriceDate:
        return CatalogCells::dateText(CatalogCells::date(value));
    default:
        return value;
    }
}

void AcceleratorCatalogModel::write(int row, int column, const QVariant& value)
{
    Accelerator& a = m_rows[row];
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
    default:
        break;
    }
}

QVariant AcceleratorCatalogModel::displayValue(int row, int column) const
{
    const Accelerator& a = m_rows.at(row);
    if (column == HourlyPrice && !a.hourlyPrice)
        return tr("(not set)");
    return editValue(row, column);
}

QVariant AcceleratorCatalogModel::extraData(int row, int column, int role) const
{
    const Accelerator& a = m_rows.at(row);
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
        return {};
    case Qt::TextAlignmentRole:
        if (column >= MemoryGb && column <= HourlyPrice)
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
    return tr("%1 of %2").arg(columnName(column), m_rows.at(row).model);
}

} // namespace td::ui
