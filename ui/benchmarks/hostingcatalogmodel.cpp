#include "hostingcatalogmodel.h"

#include "catalogcells.h"

namespace td::ui {
namespace {

// "Shanghai, Ningbo" -> {"Ningbo", "Shanghai"}: a set, in the order the database keeps it.
QStringList citiesOf(const QVariant& value)
{
    QStringList cities;
    for (const QString& part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString city = part.trimmed();
        if (!city.isEmpty() && !cities.contains(city))
            cities.append(city);
    }
    cities.sort();
    return cities;
}

} // namespace

HostingCatalogModel::HostingCatalogModel(const QList<HostingOption>& options,
                                         const QStringList& voucherCities, QUndoStack* undo,
                                         QObject* parent)
    : CatalogEntriesModel(options, ColumnCount, undo, parent)
    , m_knownCities(voucherCities)
{}

QVariant HostingCatalogModel::valueOf(const HostingOption& h, int column) const
{
    switch (column) {
    case Id:
        return h.id;
    case Name:
        return h.name;
    case NameEn:
        return h.nameEn;
    case Hub:
        return h.hub;
    case ElectricityPrice:
        return CatalogCells::rateText(h.electricityPricePerKwh,
                                      HostingOption::electricityPriceDecimals);
    case Pue:
        return CatalogCells::rateText(h.pueThousandths, HostingOption::pueDecimals);
    case VoucherCities:
        return h.voucherCities.join(QStringLiteral(", "));
    case PriceSource:
        return h.priceSource;
    case PriceDate:
        return CatalogCells::dateText(h.priceDate);
    default:
        return {};
    }
}

QString HostingCatalogModel::columnName(int column) const
{
    switch (column) {
    case Id:
        return tr("Key");
    case Name:
        return tr("Name");
    case NameEn:
        return tr("English name");
    case Hub:
        return tr("Hub node");
    case ElectricityPrice:
        return tr("Electricity (CNY/kWh)");
    case Pue:
        return tr("PUE");
    case VoucherCities:
        return tr("Vouchers accepted");
    case PriceSource:
        return tr("Source");
    case PriceDate:
        return tr("Date");
    default:
        return {};
    }
}

QString HostingCatalogModel::columnToolTip(int column) const
{
    switch (column) {
    case Pue:
        return tr("Power usage effectiveness: the energy the data centre draws per unit its "
                  "IT load uses (1.00 or more).");
    case VoucherCities:
        return tr("The cities whose compute vouchers may be spent here, separated by "
                  "commas: %1.")
            .arg(m_knownCities.join(QStringLiteral(", ")));
    default:
        return {};
    }
}

QString HostingCatalogModel::problem(int row, int column, const QVariant& value) const
{
    const QString what = cellName(row, column);
    switch (column) {
    case Name:
        return CatalogCells::requiredTextProblem(value, what);
    case ElectricityPrice:
        return CatalogCells::rateProblem(value, HostingOption::electricityPriceDecimals, 0, what);
    case Pue:
        return CatalogCells::rateProblem(value, HostingOption::pueDecimals, 1000, what);
    case VoucherCities:
        for (const QString& city : citiesOf(value))
            if (!m_knownCities.contains(city))
                return tr("No compute voucher is known for %1; the catalog has vouchers for "
                          "%2.")
                    .arg(city, m_knownCities.join(QStringLiteral(", ")));
        return {};
    case PriceDate:
        return CatalogCells::dateProblem(value, what);
    default:
        return {};
    }
}

QVariant HostingCatalogModel::canonical(int column, const QVariant& value) const
{
    switch (column) {
    case ElectricityPrice:
        return CatalogCells::rateText(
            CatalogCells::rate(value, HostingOption::electricityPriceDecimals),
            HostingOption::electricityPriceDecimals);
    case Pue:
        return CatalogCells::rateText(CatalogCells::rate(value, HostingOption::pueDecimals),
                                      HostingOption::pueDecimals);
    case VoucherCities:
        return citiesOf(value).join(QStringLiteral(", "));
    case PriceDate:
        return CatalogCells::dateText(CatalogCells::date(value));
    default:
        return value.toString().trimmed();
    }
}

void HostingCatalogModel::write(int row, int column, const QVariant& value)
{
    HostingOption& h = editableEntry(row);
    switch (column) {
    case Name:
        h.name = value.toString();
        break;
    case NameEn:
        h.nameEn = value.toString();
        break;
    case Hub:
        h.hub = value.toString();
        break;
    case ElectricityPrice:
        h.electricityPricePerKwh =
            CatalogCells::rate(value, HostingOption::electricityPriceDecimals);
        break;
    case Pue:
        h.pueThousandths = int(CatalogCells::rate(value, HostingOption::pueDecimals));
        break;
    case VoucherCities:
        h.voucherCities = citiesOf(value);
        break;
    case PriceSource:
        h.priceSource = value.toString();
        break;
    case PriceDate:
        h.priceDate = CatalogCells::date(value);
        break;
    default:
        break;
    }
}

QVariant HostingCatalogModel::extraData(int row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == PriceSource && !entry(row).priceSource.isEmpty())
        return entry(row).priceSource;
    if (role == Qt::TextAlignmentRole && (column == ElectricityPrice || column == Pue))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool HostingCatalogModel::isReadOnlyColumn(int column) const
{
    return column == Id;
}

QString HostingCatalogModel::cellName(int row, int column) const
{
    return tr("%1 of %2").arg(columnName(column), entry(row).name);
}

} // namespace td::ui
