#include "acceleratorrepository.h"

#include "domain/error.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

AcceleratorRepository::AcceleratorRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

void AcceleratorRepository::addMissing(const QList<Accelerator>& catalog)
{
    QSqlQuery exists =
        sql::prepare(m_db, QStringLiteral("SELECT 1 FROM accelerators WHERE model = ?"));
    QSqlQuery insert =
        sql::prepare(m_db, QStringLiteral("INSERT INTO accelerators (model, vendor, domestic, "
                                          "excluded_by_default, export_controlled, memory_gb, "
                                          "peak_bf16_tflops, peak_int8_tops, power_watts) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Accelerator& a : catalog) {
        exists.bindValue(0, a.model);
        sql::exec(exists);
        const bool known = exists.next();
        exists.finish();
        if (known)
            continue;
        const QVariantList values = {a.model,
                                     a.vendor,
                                     int(a.domestic),
                                     int(a.excludedByDefault),
                                     int(a.exportControlled),
                                     a.memoryGb,
                                     a.peakBf16Tflops,
                                     a.peakInt8Tops,
                                     a.powerWatts};
        sql::bind(insert, values);
        sql::exec(insert);
    }
}

QList<Accelerator> AcceleratorRepository::all() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT model, vendor, domestic, "
                                                "excluded_by_default, export_controlled, "
                                                "memory_gb, peak_bf16_tflops, peak_int8_tops, "
                                                "power_watts FROM accelerators ORDER BY model"));
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
        out.append(a);
    }
    return out;
}

QHash<QString, bool> AcceleratorRepository::domesticByModel() const
{
    QHash<QString, bool> out;
    for (const Accelerator& a : all())
        out.insert(a.model, a.domestic);
    return out;
}

void AcceleratorRepository::addBuiltInCatalog(const QSqlDatabase& db)
{
    Transaction transaction(db);
    AcceleratorRepository(db).addMissing(builtInCatalog());
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
    for (const QJsonValue& value : entries) {
        const QJsonObject o = value.toObject();
        Accelerator a;
        a.model = o.value(QLatin1String("model")).toString();
        a.vendor = o.value(QLatin1String("vendor")).toString();
        a.domestic = o.value(QLatin1String("domestic")).toBool();
        a.excludedByDefault = o.value(QLatin1String("excludedByDefault")).toBool();
        a.exportControlled = o.value(QLatin1String("exportControlled")).toBool();
        a.memoryGb = o.value(QLatin1String("memoryGb")).toInt();
        a.peakBf16Tflops = o.value(QLatin1String("peakBf16Tflops")).toDouble();
        a.peakInt8Tops = o.value(QLatin1String("peakInt8Tops")).toDouble();
        a.powerWatts = o.value(QLatin1String("powerWatts")).toInt();
        out.append(a);
    }
    return out;
}

} // namespace td
