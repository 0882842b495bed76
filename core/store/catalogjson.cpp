#include "catalogjson.h"

#include "domain/decimal.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace td::catalogjson {
namespace {

[[noreturn]] void unreadable(const QString& entry, const QString& field)
{
    throw Error(QCoreApplication::translate("Catalogs",
                                            "The catalog entry %1 has an unreadable %2: "
                                            "correct the catalog file.")
                    .arg(entry, field));
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

std::optional<Money> money(const QJsonValue& value, const QString& entry, const QString& field)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    const QString currency = text(o, "currency");
    std::optional<Money> m = Money::parse(text(o, "amount"), currency);
    if (!m || currency.size() != 3)
        unreadable(entry, field);
    return m;
}

QJsonValue toJson(const std::optional<Money>& m)
{
    if (!m)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("amount"), m->toPlainString()},
                       {QStringLiteral("currency"), m->currency()}};
}

QDate date(const QJsonObject& o, const char* key, const QString& entry)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (value.isNull() || value.isUndefined())
        return {};
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    if (!d.isValid())
        unreadable(entry, QLatin1String(key));
    return d;
}

QJsonValue toJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue::Null;
}

qint64 rate(const QJsonObject& o, const char* key, int decimals, const QString& entry)
{
    const std::optional<qint64> scaled = decimal::parse(text(o, key), decimals);
    if (!scaled)
        unreadable(entry, QLatin1String(key));
    return *scaled;
}

} // namespace

Accelerator accelerator(const QJsonObject& o)
{
    Accelerator a;
    a.model = text(o, "model");
    a.vendor = text(o, "vendor");
    a.domestic = o.value(QLatin1String("domestic")).toBool();
    a.excludedByDefault = o.value(QLatin1String("excludedByDefault")).toBool();
    a.exportControlled = o.value(QLatin1String("exportControlled")).toBool();
    a.memoryGb = o.value(QLatin1String("memoryGb")).toInt();
    a.peakBf16Tflops = o.value(QLatin1String("peakBf16Tflops")).toDouble();
    a.peakInt8Tops = o.value(QLatin1String("peakInt8Tops")).toDouble();
    a.powerWatts = o.value(QLatin1String("powerWatts")).toInt();
    a.hourlyPrice =
        money(o.value(QLatin1String("hourlyPrice")), a.model, QStringLiteral("hourlyPrice"));
    a.priceSource = text(o, "priceSource");
    a.priceDate = date(o, "priceDate", a.model);
    a.purchasePrice =
        money(o.value(QLatin1String("purchasePrice")), a.model, QStringLiteral("purchasePrice"));
    a.purchasePriceSource = text(o, "purchasePriceSource");
    a.purchasePriceDate = date(o, "purchasePriceDate", a.model);
    a.serviceLifeYears =
        o.value(QLatin1String("serviceLifeYears")).toInt(Accelerator::defaultServiceLifeYears);
    return a;
}

HostingOption hostingOption(const QJsonObject& o)
{
    HostingOption h;
    h.id = text(o, "id");
    h.name = text(o, "name");
    h.nameEn = text(o, "nameEn");
    h.hub = text(o, "hub");
    h.electricityPricePerKwh =
        rate(o, "electricityPrice", HostingOption::electricityPriceDecimals, h.id);
    h.priceSource = text(o, "priceSource");
    h.priceDate = date(o, "priceDate", h.id);
    h.pueThousandths = int(rate(o, "pue", HostingOption::pueDecimals, h.id));
    for (const QJsonValue& city : o.value(QLatin1String("voucherCities")).toArray())
        h.voucherCities.append(city.toString());
    h.voucherCities.sort(); // a set: kept in one order, the one the database reads back
    return h;
}

ComputeVoucher voucher(const QJsonObject& o)
{
    ComputeVoucher v;
    v.city = text(o, "city");
    v.name = text(o, "name");
    v.nameEn = text(o, "nameEn");
    v.subsidyPercent = o.value(QLatin1String("subsidyPercent")).toInt();
    v.cap = money(o.value(QLatin1String("cap")), v.city, QStringLiteral("cap"));
    v.eligibility = text(o, "eligibility");
    v.source = text(o, "source");
    v.date = date(o, "date", v.city);
    return v;
}

QJsonObject toJson(const Accelerator& a)
{
    return {{QStringLiteral("model"), a.model},
            {QStringLiteral("vendor"), a.vendor},
            {QStringLiteral("domestic"), a.domestic},
            {QStringLiteral("excludedByDefault"), a.excludedByDefault},
            {QStringLiteral("exportControlled"), a.exportControlled},
            {QStringLiteral("memoryGb"), a.memoryGb},
            {QStringLiteral("peakBf16Tflops"), a.peakBf16Tflops},
            {QStringLiteral("peakInt8Tops"), a.peakInt8Tops},
            {QStringLiteral("powerWatts"), a.powerWatts},
            {QStringLiteral("hourlyPrice"), toJson(a.hourlyPrice)},
            {QStringLiteral("priceSource"), a.priceSource},
            {QStringLiteral("priceDate"), toJson(a.priceDate)},
            {QStringLiteral("purchasePrice"), toJson(a.purchasePrice)},
            {QStringLiteral("purchasePriceSource"), a.purchasePriceSource},
            {QStringLiteral("purchasePriceDate"), toJson(a.purchasePriceDate)},
            {QStringLiteral("serviceLifeYears"), a.serviceLifeYears}};
}

QJsonObject toJson(const HostingOption& h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("name"), h.name},
            {QStringLiteral("nameEn"), h.nameEn},
            {QStringLiteral("hub"), h.hub},
            {QStringLiteral("electricityPrice"),
             decimal::format(h.electricityPricePerKwh, HostingOption::electricityPriceDecimals)},
            {QStringLiteral("priceSource"), h.priceSource},
            {QStringLiteral("priceDate"), toJson(h.priceDate)},
            {QStringLiteral("pue"), decimal::format(h.pueThousandths, HostingOption::pueDecimals)},
            {QStringLiteral("voucherCities"), QJsonArray::fromStringList(h.voucherCities)}};
}

QJsonObject toJson(const ComputeVoucher& v)
{
    return {{QStringLiteral("city"), v.city},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("nameEn"), v.nameEn},
            {QStringLiteral("subsidyPercent"), v.subsidyPercent},
            {QStringLiteral("cap"), toJson(v.cap)},
            {QStringLiteral("eligibility"), v.eligibility},
            {QStringLiteral("source"), v.source},
            {QStringLiteral("date"), toJson(v.date)}};
}

QJsonArray builtIn(const QString& resource, const QString& key)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("Catalogs",
                                                "A built-in catalog (%1) is missing from this "
                                                "build. Reinstall TenderDesk.")
                        .arg(resource));
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toArray();
}

} // namespace td::catalogjson
