#include "releaserepository.h"

#include "sql.h"

#include <QJsonDocument>

namespace td {
namespace {

std::optional<ReleaseKind> kindFromCode(const QString& code)
{
    for (ReleaseKind kind : {ReleaseKind::Publication, ReleaseKind::Amendment,
                             ReleaseKind::Clarification, ReleaseKind::Cancellation,
                             ReleaseKind::Unsuccessful, ReleaseKind::Opening, ReleaseKind::Award})
        if (ReleaseRepository::kindCode(kind) == code)
            return kind;
    return std::nullopt;
}

const QString selectColumns = QStringLiteral(
    "SELECT id, tender_id, number, release_id, kind, released_at, rationale, changes, material, "
    "content, audit_seq, audit_hash FROM tender_releases ");

TenderRelease readRow(const QSqlQuery& q)
{
    TenderRelease r;
    r.id = q.value(0).toLongLong();
    r.tenderId = q.value(1).toLongLong();
    r.number = q.value(2).toInt();
    r.releaseId = q.value(3).toString();
    r.kind = kindFromCode(q.value(4).toString()).value_or(ReleaseKind::Publication);
    r.date = sql::toDateTime(q.value(5));
    r.rationale = q.value(6).toString();
    r.changes = fieldChangesFrom(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array());
    r.material = q.value(8).toInt() != 0;
    r.content = q.value(9).toString().toUtf8();
    if (!q.isNull(10)) // NULL for releases written before schema version 6
        r.auditHead = {q.value(10).toLongLong(), q.value(11).toString()};
    return r;
}

} // namespace

ReleaseRepository::ReleaseRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ReleaseRepository::kindCode(ReleaseKind kind)
{
    switch (kind) {
    case ReleaseKind::Publication:
        return QStringLiteral("publication");
    case ReleaseKind::Amendment:
        return QStringLiteral("amendment");
    case ReleaseKind::Clarification:
        return QStringLiteral("clarification");
    case ReleaseKind::Cancellation:
        return QStringLiteral("cancellation");
    case ReleaseKind::Unsuccessful:
        return QStringLiteral("unsuccessful");
    case ReleaseKind::Opening:
        return QStringLiteral("opening");
    case ReleaseKind::Award:
        return QStringLiteral("award");
    }
    return {};
}

void ReleaseRepository::append(TenderRelease& r)
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO tender_releases (tender_id, number, release_id, kind, "
                       "released_at, rationale, changes, material, content, audit_seq, "
                       "audit_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.tenderId, r.number, r.releaseId, kindCode(r.kind), sql::fromDateTime(r.date),
         r.rationale,
         QString::fromUtf8(QJsonDocument(toJson(r.changes)).toJson(QJsonDocument::Compact)),
         r.material ? 1 : 0, QString::fromUtf8(r.content),
         r.auditHead.isValid() ? QVariant(r.auditHead.seq)
                               : QVariant(QMetaType::fromType<qint64>()),
         r.auditHead.isValid() ? QVariant(r.auditHead.hash)
                               : QVariant(QMetaType::fromType<QString>())});
    q.next();
    r.id = q.value(0).toLongLong();
}

QList<TenderRelease> ReleaseRepository::forTender(qint64 tenderId) const
{
    QSqlQuery q = sql::run(
        m_db, selectColumns + QStringLiteral("WHERE tender_id = ? ORDER BY number"), {tenderId});
    QList<TenderRelease> releases;
    while (q.next())
        releases.append(readRow(q));
    return releases;
}

std::optional<TenderRelease> ReleaseRepository::latest(qint64 tenderId) const
{
    QSqlQuery q = sql::run(
        m_db, selectColumns + QStringLiteral("WHERE tender_id = ? ORDER BY number DESC LIMIT 1"),
        {tenderId});
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

void ReleaseRepository::forEach(const std::function<void(const TenderRelease&)>& visit) const
{
    QSqlQuery q = sql::run(m_db, selectColumns + QStringLiteral("ORDER BY id"));
    while (q.next())
        visit(readRow(q));
}

int ReleaseRepository::count(qint64 tenderId) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM tender_releases WHERE tender_id = ?"),
                       {tenderId})
        .toInt();
}

} // namespace td
