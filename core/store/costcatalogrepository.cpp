#include "costcatalogrepository.h"

#include "auditlog.h"
#include "catalogjson.h"
#include "dialect.h"
#include "domain/error.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace td {
namespace {

const QVariant noText(QMetaType::fromType<QString>());
const QVariant noAmount(QMetaType::fromType<qlonglong>());

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : noText;
}

QDate dateOf(const QVariant& stored)
{
    return stored.isNull() ? QDate() : QDate::fromString(stored.toString(), Qt::ISODate);
}

// Every column but the key and the position, in the order the statements below name them.
QVariantList valuesOf(const HostingOption& h)
{
    return {h.name,          h.nameEn,
            h.hub,           h.electricityPricePerKwh,
            h.priceSource,   dateValue(h.priceDate),
            h.pueThousandths};
}

QVariantList valuesOf(const ComputeVoucher& v)
{
    return {v.name,
            v.nameEn,
            v.subsidyPercent,
            v.cap ? QVariant(v.cap->minorUnits()) : noAmount,
            v.cap ? QVariant(v.cap->currency()) : noText,
            v.eligibility,
            v.source,
            dateValue(v.date)};
}

void check(const HostingOption& h)
{
    if (h.name.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("CostCatalogs", "Hosting option %1 needs a name.")
                        .arg(h.id));
    if (h.electricityPricePerKwh < 0)
        throw Error(QCoreApplication::translate("CostCatalogs",
                                                "The electricity price of %1 cannot be negative.")
                        .arg(h.name));
    if (h.pueThousandths < 1000)
        throw Error(QCoreApplication::translate("CostCatalogs",
                                                "The PUE of %1 cannot be below 1.00: a data "
                                                "centre uses at least the energy of its IT load.")
                        .arg(h.name));
}

void check(const ComputeVoucher& v)
{
    if (v.name.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("CostCatalogs", "The %1 voucher needs a name.")
                        .arg(v.city));
    if (v.subsidyPercent < 0 || v.subsidyPercent > 100)
        throw Error(QCoreApplication::translate("CostCatalogs",
                                                "The subsidy rate of %1 must lie between 0% and "
                                                "100%.")
                        .arg(v.name));
    if (v.cap && (v.cap->minorUnits() < 0 || !v.cap->isValid()))
        throw Error(QCoreApplication::translate("CostCatalogs",
                                                "The cap of %1 must be an amount of zero or "
                                                "more.")
                        .arg(v.name));
}

} // namespace

CostCatalogRepository::CostCatalogRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<HostingOption> CostCatalogRepository::selectHosting(const QString& where,
                                                          const QVariantList& values) const
{
    QHash<QString, QStringList> cities;
    QSqlQuery c =
        sql::run(m_db, QStringLiteral("SELECT hosting_id, city FROM "
                                      "hosting_voucher_cities ORDER BY hosting_id, city"));
    while (c.next())
        cities[c.value(0).toString()].append(c.value(1).toString());
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, name, name_en, hub, electricity_price_e4, "
                                          "price_source, price_date, pue_thousandths FROM "
                                          "hosting_options %1 ORDER BY position, id")
                               .arg(where),
                           values);
    QList<HostingOption> out;
    while (q.next()) {
        HostingOption h;
        h.id = q.value(0).toString();
        h.name = q.value(1).toString();
        h.nameEn = q.value(2).toString();
        h.hub = q.value(3).toString();
        h.electricityPricePerKwh = q.value(4).toLongLong();
        h.priceSource = q.value(5).toString();
        h.priceDate = dateOf(q.value(6));
        h.pueThousandths = q.value(7).toInt();
        h.voucherCities = cities.value(h.id);
        out.append(h);
    }
    return out;
}

QList<ComputeVoucher> CostCatalogRepository::selectVouchers(const QString& where,
                                                            const QVariantList& values) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT city, name, name_en, subsidy_percent, cap_minor, "
                                          "cap_currency, eligibility, source, source_date FROM "
                                          "compute_vouchers %1 ORDER BY position, city")
                               .arg(where),
                           values);
    QList<ComputeVoucher> out;
    while (q.next()) {
        ComputeVoucher v;
        v.city = q.value(0).toString();
        v.name = q.value(1).toString();
        v.nameEn = q.value(2).toString();
        v.subsidyPercent = q.value(3).toInt();
        if (!q.value(4).isNull())
            v.cap = Money(q.value(4).toLongLong(), q.value(5).toString());
        v.eligibility = q.value(6).toString();
        v.source = q.value(7).toString();
        v.date = dateOf(q.value(8));
        out.append(v);
    }
    return out;
}

QList<HostingOption> CostCatalogRepository::hostingOptions() const
{
    return selectHosting(QString(), {});
}

std::optional<HostingOption> CostCatalogRepository::hostingOption(const QString& id) const
{
    const QList<HostingOption> found = selectHosting(QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QList<ComputeVoucher> CostCatalogRepository::vouchers() const
{
    return selectVouchers(QString(), {});
}

std::optional<ComputeVoucher> CostCatalogRepository::voucher(const QString& city) const
{
    const QList<ComputeVoucher> found = selectVouchers(QStringLiteral("WHERE city = ?"), {city});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

void CostCatalogRepository::addMissing(const QList<ComputeVoucher>& vouchers)
{
    int position =
        sql::scalar(m_db, QStringLiteral("SELECT MAX(position) FROM compute_vouchers")).toInt();
    for (const ComputeVoucher& v : vouchers) {
        if (voucher(v.city))
            continue;
        check(v);
        sql::run(m_db,
                 QStringLiteral("INSERT INTO compute_vouchers (city, position, name, name_en, "
                                "subsidy_percent, cap_minor, cap_currency, eligibility, source, "
                                "source_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 QVariantList{v.city, ++position} + valuesOf(v));
    }
}

void CostCatalogRepository::addMissing(const QList<HostingOption>& options)
{
    int position =
        sql::scalar(m_db, QStringLiteral("SELECT MAX(position) FROM hosting_options")).toInt();
    for (const HostingOption& h : options) {
        if (hostingOption(h.id))
            continue;
        check(h);
        sql::run(m_db,
                 QStringLiteral("INSERT INTO hosting_options (id, position, name, name_en, hub, "
                                "electricity_price_e4, price_source, price_date, pue_thousandths) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 QVariantList{h.id, ++position} + valuesOf(h));
        writeVoucherCities(h);
    }
}

void CostCatalogRepository::writeVoucherCities(const HostingOption& option)
{
    sql::run(m_db, QStringLiteral("DELETE FROM hosting_voucher_cities WHERE hosting_id = ?"),
             {option.id});
    for (const QString& city : option.voucherCities) {
        if (!voucher(city))
            throw Error(QCoreApplication::translate("CostCatalogs",
                                                    "No compute voucher is known for %1: add it "
                                                    "to the voucher catalog before naming it at "
                                                    "%2.")
                            .arg(city, option.name));
        sql::run(m_db,
                 QStringLiteral("INSERT INTO hosting_voucher_cities (hosting_id, city) VALUES "
                                "(?, ?)"),
                 {option.id, city});
    }
}

void CostCatalogRepository::update(const HostingOption& edited, const QString& actor)
{
    // The cities are a set: in the order the database reads them back, each once.
    HostingOption option = edited;
    option.voucherCities.sort();
    option.voucherCities.removeDuplicates();
    const std::optional<HostingOption> before = hostingOption(option.id);
    if (!before)
        throw Error(QCoreApplication::translate("CostCatalogs",
                                                "The hosting catalog has no option '%1'; "
                                                "nothing was changed.")
                        .arg(option.id));
    if (*before == option)
        return;
    check(option);
    sql::run(m_db,
             QStringLiteral("UPDATE hosting_options SET name = ?, name_en = ?, hub = ?, "
                            "electricity_price_e4 = ?, price_source = ?, price_date = ?, "
                            "pue_thousandths = ? WHERE id = ?"),
             valuesOf(option) + QVariantList{option.id});
    writeVoucherCities(option);
    audit(actor, QStringLiteral("hostingOption.updated"), QStringLiteral("hostingOption"),
          option.id, catalogjson::toJson(*before), catalogjson::toJson(option));
}

void CostCatalogRepository::update(const ComputeVoucher& voucher, const QString& actor)
{
    const std::optional<ComputeVoucher> before = this->voucher(voucher.city);
    if (!before)
        throw Error(QCoreApplication::translate("CostCatalogs",
                                                "The voucher catalog has no city '%1'; nothing "
                                                "was changed.")
                        .arg(voucher.city));
    if (*before == voucher)
        return;
    check(voucher);
    sql::run(m_db,
             QStringLiteral("UPDATE compute_vouchers SET name = ?, name_en = ?, "
                            "subsidy_percent = ?, cap_minor = ?, cap_currency = ?, "
                            "eligibility = ?, source = ?, source_date = ? WHERE city = ?"),
             valuesOf(voucher) + QVariantList{voucher.city});
    audit(actor, QStringLiteral("computeVoucher.updated"), QStringLiteral("computeVoucher"),
          voucher.city, catalogjson::toJson(*before), catalogjson::toJson(voucher));
}

void CostCatalogRepository::audit(const QString& actor, const QString& action,
                                  const QString& entity, const QString& id,
                                  const QJsonObject& before, const QJsonObject& after)
{
    const QJsonObject payload{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
    const Dialect dialect = Dialect::of(m_db);
    AuditLog(m_db, dialect)
        .append(actor, action, entity, id,
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

QList<HostingOption> CostCatalogRepository::builtInHostingOptions()
{
    QList<HostingOption> out;
    for (const QJsonValue& value : catalogjson::builtIn(QStringLiteral(":/catalogs/hosting.json"),
                                                        QStringLiteral("hostingOptions")))
        out.append(catalogjson::hostingOption(value.toObject()));
    return out;
}

QList<ComputeVoucher> CostCatalogRepository::builtInVouchers()
{
    QList<ComputeVoucher> out;
    for (const QJsonValue& value : catalogjson::builtIn(QStringLiteral(":/catalogs/vouchers.json"),
                                                        QStringLiteral("vouchers")))
        out.append(catalogjson::voucher(value.toObject()));
    return out;
}

bool CostCatalogRepository::lacksAnyOf(const QList<ComputeVoucher>& vouchers,
                                       const QList<HostingOption>& options) const
{
    return std::any_of(vouchers.cbegin(), vouchers.cend(),
                       [this](const ComputeVoucher& v) { return !voucher(v.city); }) ||
           std::any_of(options.cbegin(), options.cend(),
                       [this](const HostingOption& h) { return !hostingOption(h.id); });
}

void CostCatalogRepository::addBuiltInCatalog(const QSqlDatabase& db)
{
    // Read first: opening a database that lacks nothing writes nothing, so it does not wait
    // for, or hold up, another program writing to the same file.
    const QList<ComputeVoucher> vouchers = builtInVouchers();
    const QList<HostingOption> options = builtInHostingOptions();
    if (!CostCatalogRepository(db).lacksAnyOf(vouchers, options))
        return;
    Transaction transaction(db);
    sql::takeLock(db, Dialect::of(db).lockOpeningWrites());
    CostCatalogRepository repository(db); // checks again, now as the only writer
    repository.addMissing(vouchers);
    repository.addMissing(options);
    transaction.commit();
}

} // namespace td
