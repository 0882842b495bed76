#include "acceleratorrepository.h"

#include "auditlog.h"
#include "catalogjson.h"
#include "dialect.h"
#include "domain/error.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace td {
namespace {

const QString columns = QStringLiteral(
    "model, vendor, domestic, excluded_by_default, export_controlled, memory_gb, "
    "peak_bf16_tflops, peak_int8_tops, power_watts, hourly_price_minor, hourly_price_currency, "
    "price_source, price_date, purchase_price_minor, purchase_price_currency, "
    "purchase_price_source, purchase_price_date, service_life_years");

// A price nobody ever set (no amount, no source, no date): databases from before the cost model.
const QString neverPriced =
    QStringLiteral("hourly_price_minor IS NULL AND price_source = '' AND price_date IS NULL");
// Likewise the purchase price, which came with schema version 7.
const QString neverPurchasePriced =
    QStringLiteral("purchase_price_minor IS NULL AND purchase_price_source = '' AND "
                   "purchase_price_date IS NULL");

// The values of every column but the model, in the order of `columns` after it.
QVariantList valuesOf(const Accelerator& a)
{
    const QVariant noAmount(QMetaType::fromType<qlonglong>());
    const QVariant noText(QMetaType::fromType<QString>());
    return {a.vendor,
            int(a.domestic),
            int(a.excludedByDefault),
            int(a.exportControlled),
            a.memoryGb,
            a.peakBf16Tflops,
            a.peakInt8Tops,
            a.powerWatts,
            a.hourlyPrice ? QVariant(a.hourlyPrice->minorUnits()) : noAmount,
            a.hourlyPrice ? QVariant(a.hourlyPrice->currency()) : noText,
            a.priceSource,
            a.priceDate.isValid() ? QVariant(a.priceDate.toString(Qt::ISODate)) : noText,
            a.purchasePrice ? QVariant(a.purchasePrice->minorUnits()) : noAmount,
            a.purchasePrice ? QVariant(a.purchasePrice->currency()) : noText,
            a.purchasePriceSource,
            a.purchasePriceDate.isValid() ? QVariant(a.purchasePriceDate.toString(Qt::ISODate))
                                          : noText,
            a.serviceLifeYears};
}

void check(const Accelerator& a)
{
    const auto refuse = [&a](const char* what) {
        throw Error(QCoreApplication::translate("Accelerators", what).arg(a.model));
    };
    if (a.hourlyPrice && a.hourlyPrice->minorUnits() < 0)
        refuse(QT_TRANSLATE_NOOP("Accelerators", "The hourly price of %1 cannot be negative."));
    if (a.hourlyPrice && !a.hourlyPrice->isValid())
        refuse(QT_TRANSLATE_NOOP("Accelerators",
                                 "The hourly price of %1 has no currency: give it in CNY."));
    if (a.purchasePrice && a.purchasePrice->minorUnits() < 0)
        refuse(QT_TRANSLATE_NOOP("Accelerators", "The purchase price of %1 cannot be negative."));
    if (a.purchasePrice && !a.purchasePrice->isValid())
        refuse(QT_TRANSLATE_NOOP("Accelerators",
                                 "The purchase price of %1 has no currency: give it in CNY."));
    if (a.serviceLifeYears < 1)
        refuse(
            QT_TRANSLATE_NOOP("Accelerators", "The service life of %1 must be at least one year."));
    if (a.powerWatts < 0)
        refuse(QT_TRANSLATE_NOOP("Accelerators", "The power of %1 cannot be negative."));
    if (a.memoryGb < 0 || a.peakBf16Tflops < 0 || a.peakInt8Tops < 0)
        refuse(QT_TRANSLATE_NOOP("Accelerators",
                                 "The memory and peak throughput of %1 cannot be negative."));
}

} // namespace

AcceleratorRepository::AcceleratorRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

void AcceleratorRepository::addMissing(const QList<Accelerator>& catalog)
{
    QSqlQuery exists =
        sql::prepare(m_db, QStringLiteral("SELECT 1 FROM accelerators WHERE model = ?"));
    QSqlQuery insert = sql::prepare(m_db, QStringLiteral("INSERT INTO accelerators (%1) VALUES "
                                                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                         "?, ?, ?, ?, ?)")
                                              .arg(columns));
    // Databases from before the cost model have no prices: a price nobody ever set (no amount,
    // no source, no date) takes the catalog's; one the user set or wrote about stays. Likewise
    // the purchase price, which came with schema version 7.
    QSqlQuery price = sql::prepare(
        m_db, QStringLiteral("UPDATE accelerators SET hourly_price_minor = ?, "
                             "hourly_price_currency = ?, price_source = ?, price_date = ? "
                             "WHERE model = ? AND %1")
                  .arg(neverPriced));
    QSqlQuery purchase = sql::prepare(
        m_db, QStringLiteral("UPDATE accelerators SET purchase_price_minor = ?, "
                             "purchase_price_currency = ?, purchase_price_source = ?, "
                             "purchase_price_date = ?, service_life_years = ? WHERE model = ? "
                             "AND %1")
                  .arg(neverPurchasePriced));
    for (const Accelerator& a : catalog) {
        exists.bindValue(0, a.model);
        sql::exec(exists);
        const bool known = exists.next();
        exists.finish();
        if (known) {
            const QVariantList values = valuesOf(a);
            if (a.hourlyPrice) {
                sql::bind(price, values.mid(8, 4) + QVariantList{a.model});
                sql::exec(price);
            }
            if (a.purchasePrice) {
                sql::bind(purchase, values.mid(12, 5) + QVariantList{a.model});
                sql::exec(purchase);
            }
            continue;
        }
        sql::bind(insert, QVariantList{a.model} + valuesOf(a));
        sql::exec(insert);
    }
}

QList<Accelerator> AcceleratorRepository::select(const QString& where,
                                                 const QVariantList& values) const
{
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT %1 FROM accelerators %2 ORDER BY model").arg(columns, where),
        values);
    QList<Accelerator> out;
    while (q.next()) {
        Accelerator a;
        a.model = q.value(0).toString();
        a.vendor = q.value(1).toString();
        a.domestic = q.value(2).toInt() != 0;
        a.excludedByDefault = q.value(3).toInt() != 0;
        a.exportControlled = q.value(4).toInt() != 0;
        a.memoryGb = q.value(5).toInt();
        a.peakBf16Tflops = q.value(6).toDouble();
        a.peakInt8Tops = q.value(7).toDouble();
        a.powerWatts = q.value(8).toInt();
        if (!q.value(9).isNull())
            a.hourlyPrice = Money(q.value(9).toLongLong(), q.value(10).toString());
        a.priceSource = q.value(11).toString();
        if (!q.value(12).isNull())
            a.priceDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        if (!q.value(13).isNull())
            a.purchasePrice = Money(q.value(13).toLongLong(), q.value(14).toString());
        a.purchasePriceSource = q.value(15).toString();
        if (!q.value(16).isNull())
            a.purchasePriceDate = QDate::fromString(q.value(16).toString(), Qt::ISODate);
        a.serviceLifeYears = q.value(17).toInt();
        out.append(a);
    }
    return out;
}

QList<Accelerator> AcceleratorRepository::all() const
{
    return select(QString(), {});
}

std::optional<Accelerator> AcceleratorRepository::byModel(const QString& model) const
{
    const QList<Accelerator> found = select(QStringLiteral("WHERE model = ?"), {model});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QHash<QString, bool> AcceleratorRepository::domesticByModel() const
{
    QHash<QString, bool> out;
    for (const Accelerator& a : all())
        out.insert(a.model, a.domestic);
    return out;
}

void AcceleratorRepository::update(const Accelerator& accelerator, const QString& actor)
{
    const std::optional<Accelerator> before = byModel(accelerator.model);
    if (!before)
        throw Error(QCoreApplication::translate("Accelerators",
                                                "The accelerator catalog has no model '%1'; "
                                                "nothing was changed.")
                        .arg(accelerator.model));
    if (*before == accelerator)
        return;
    check(accelerator);
    sql::run(m_db,
             QStringLiteral("UPDATE accelerators SET vendor = ?, domestic = ?, "
                            "excluded_by_default = ?, export_controlled = ?, memory_gb = ?, "
                            "peak_bf16_tflops = ?, peak_int8_tops = ?, power_watts = ?, "
                            "hourly_price_minor = ?, hourly_price_currency = ?, price_source = ?, "
                            "price_date = ?, purchase_price_minor = ?, purchase_price_currency = "
                            "?, purchase_price_source = ?, purchase_price_date = ?, "
                            "service_life_years = ? WHERE model = ?"),
             valuesOf(accelerator) + QVariantList{accelerator.model});
    const QJsonObject payload{{QStringLiteral("before"), catalogjson::toJson(*before)},
                              {QStringLiteral("after"), catalogjson::toJson(accelerator)}};
    const Dialect dialect = Dialect::of(m_db);
    AuditLog(m_db, dialect)
        .append(actor, QStringLiteral("accelerator.updated"), QStringLiteral("accelerator"),
                accelerator.model,
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

bool AcceleratorRepository::lacksAnyOf(const QList<Accelerator>& catalog) const
{
    // Model -> whether its hourly and purchase prices were never set. addMissing writes a model
    // that is not there, and the catalog's prices into a model never priced.
    QHash<QString, std::pair<bool, bool>> unpriced;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT model, %1, %2 FROM accelerators")
                                     .arg(neverPriced, neverPurchasePriced));
    while (q.next())
        unpriced.insert(q.value(0).toString(), {q.value(1).toBool(), q.value(2).toBool()});
    return std::any_of(catalog.cbegin(), catalog.cend(), [&unpriced](const Accelerator& a) {
        const auto known = unpriced.constFind(a.model);
        return known == unpriced.cend() || (a.hourlyPrice && known->first) ||
               (a.purchasePrice && known->second);
    });
}

void AcceleratorRepository::addBuiltInCatalog(const QSqlDatabase& db)
{
    // Read first: opening a database that lacks nothing writes nothing, so it does not wait
    // for, or hold up, another program writing to the same file.
    const QList<Accelerator> catalog = builtInCatalog();
    if (!AcceleratorRepository(db).lacksAnyOf(catalog))
        return;
    Transaction transaction(db);
    sql::takeLock(db, Dialect::of(db).lockOpeningWrites());
    AcceleratorRepository(db).addMissing(catalog); // checks again, now as the only writer
    transaction.commit();
}

QList<Accelerator> AcceleratorRepository::builtInCatalog()
{
    QFile file(QStringLiteral(":/catalogs/accelerators.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("Accelerators",
                                                "The built-in accelerator catalog is missing "
                                                "from this build. Reinstall TenderDesk."));
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QLatin1String("accelerators"))
                                   .toArray();
    QList<Accelerator> out;
    for (const QJsonValue& value : entries)
        out.append(catalogjson::accelerator(value.toObject()));
    return out;
}

} // namespace td
