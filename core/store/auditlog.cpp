#include "auditlog.h"

#include "dialect.h"
#include "sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace td {

AuditLog::AuditLog(QSqlDatabase db, const Dialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::hashOf(const AuditEntry& e)
{
    // Length-prefixed fields: no choice of separator can make two entries hash alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString fields[] = {QString::number(e.seq),
                              e.at.toUTC().toString(Qt::ISODateWithMs),
                              e.actor,
                              e.action,
                              e.entity,
                              e.entityId,
                              e.payload,
                              e.prevHash};
    for (const QString& field : fields) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

AuditEntry AuditLog::append(const QString& actor, const QString& action, const QString& entity,
                            const QString& entityId, const QString& payload)
{
    const QString lock = m_dialect.lockAuditLog();
    if (!lock.isEmpty())
        sql::run(m_db, lock);
    AuditEntry entry;
    QSqlQuery last =
        sql::run(m_db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    entry.seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
    entry.prevHash = last.isValid() ? last.value(1).toString() : genesisHash();
    // Millisecond precision is what the column keeps; hash exactly what is stored.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    entry.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    // Empty, never NULL: a null QString would bind as SQL NULL.
    const auto text = [](const QString& s) {
        return s.isNull() ? QStringLiteral("") : s;
    };
    entry.actor = text(actor);
    entry.action = text(action);
    entry.entity = text(entity);
    entry.entityId = text(entityId);
    entry.payload = text(payload);
    entry.hash = hashOf(entry);
    sql::run(m_db,
             QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, "
                            "payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {entry.seq, entry.at.toString(Qt::ISODateWithMs), entry.actor, entry.action,
              entry.entity, entry.entityId, entry.payload, entry.prevHash, entry.hash});
    return entry;
}

AuditReport AuditLog::verify() const
{
    AuditReport report;
    QSqlQuery query = sql::run(m_db, QStringLiteral("SELECT seq, at, actor, action, entity, "
                                                    "entity_id, payload, prev_hash, hash "
                                                    "FROM audit_log ORDER BY seq"));
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    while (query.next()) {
        AuditEntry e;
        e.seq = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        e.entity = query.value(4).toString();
        e.entityId = query.value(5).toString();
        e.payload = query.value(6).toString();
        e.prevHash = query.value(7).toString();
        e.hash = query.value(8).toString();
        ++report.entriesChecked;
        if (e.seq != expectedSeq)
            report.problems.append(
                QCoreApplication::translate("AuditLog",
                                            "Entry %1 follows entry %2: entries were deleted "
                                            "or inserted.")
                    .arg(e.seq)
                    .arg(expectedSeq - 1));
        if (e.prevHash != expectedPrev)
            report.problems.append(
                QCoreApplication::translate("AuditLog",
                                            "Entry %1 does not link to the entry before it: an "
                                            "entry was inserted, deleted or changed there.")
                    .arg(e.seq));
        if (hashOf(e) != e.hash)
            report.problems.append(
                QCoreApplication::translate("AuditLog",
                                            "Entry %1 (%2) was changed after it was written.")
                    .arg(e.seq)
                    .arg(e.action));
        expectedPrev = e.hash;
        expectedSeq = e.seq + 1;
    }
    return report;
}

} // namespace td
