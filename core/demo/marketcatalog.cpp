#include "marketcatalog.h"

#include "domain/error.h"
#include "store/acceleratorrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::demo {
namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

MarketCatalog MarketCatalog::builtIn()
{
    QFile file(QStringLiteral(":/catalogs/market.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("Demo", "The demo market catalog is missing from "
                                                        "this build. Reinstall TenderDesk."));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    MarketCatalog c;
    const auto text = [](const QJsonObject& o, const char* key) {
        return o.value(QLatin1String(key)).toString();
    };
    for (const QJsonValue& v : root.value(QLatin1String("buyers")).toArray()) {
        const QJsonObject o = v.toObject();
        c.buyers.append({text(o, "name"), text(o, "shortName"), text(o, "nameEnglish"),
                         text(o, "code"), text(o, "city")});
    }
    for (const QJsonValue& v : root.value(QLatin1String("vendors")).toArray()) {
        const QJsonObject o = v.toObject();
        MarketVendor vendor;
        vendor.name = text(o, "name");
        vendor.shortName = text(o, "shortName");
        vendor.nameEnglish = text(o, "nameEnglish");
        vendor.city = text(o, "city");
        vendor.kind =
            parseCode<OrganizationKind>(text(o, "kind")).value_or(OrganizationKind::ModelVendor);
        vendor.models = strings(o.value(QLatin1String("models")));
        vendor.belowCostPropensity = o.value(QLatin1String("belowCostPropensity")).toDouble();
        vendor.presence = o.value(QLatin1String("presence")).toDouble(1);
        vendor.sme = o.value(QLatin1String("sme")).toBool();
        vendor.accelerators = strings(o.value(QLatin1String("accelerators")));
        c.vendors.append(vendor);
    }
    const QJsonObject scenarios = root.value(QLatin1String("scenarios")).toObject();
    for (TenderCategory category : Codes<TenderCategory>::all())
        c.scenarios.insert(category, strings(scenarios.value(codeOf(category))));
    c.titleSuffixes = strings(root.value(QLatin1String("titleSuffixes")));
    const QJsonObject vouchers = root.value(QLatin1String("cityVouchers")).toObject();
    for (auto it = vouchers.begin(); it != vouchers.end(); ++it)
        c.cityVouchers.insert(it.key(), it.value().toString());
    c.accelerators = AcceleratorRepository::builtInCatalog();
    if (c.buyers.isEmpty() || c.vendors.size() < 25 || c.titleSuffixes.isEmpty())
        throw Error(QCoreApplication::translate("Demo", "The demo market catalog is incomplete. "
                                                        "Reinstall TenderDesk."));
    return c;
}

} // namespace td::demo
