#include "refusalrepository.h"

#include "store/sql.h"

namespace td {

RefusalRepository::RefusalRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

void RefusalRepository::insert(BidRefusal& r)
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO bid_refusals (tender_id, refused_at, package_sha256, "
                       "file_name, vendor, reason_code, reason) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {r.tenderId > 0 ? QVariant(r.tenderId) : QVariant(QMetaType::fromType<qint64>()),
         sql::fromDateTime(r.refusedAt), r.packageSha256, r.fileName, r.vendor, r.reasonCode,
         r.reason});
    q.next();
    r.id = q.value(0).toLongLong();
}

QList<BidRefusal> RefusalRepository::forTender(qint64 tenderId) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, refused_at, package_sha256, file_name, "
                                          "vendor, reason_code, reason FROM bid_refusals WHERE "
                                          "tender_id = ? ORDER BY id"),
                           {tenderId});
    QList<BidRefusal> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), tenderId, sql::toDateTime(q.value(1)),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString(), q.value(6).toString()});
    return out;
}

} // namespace td
