#include "auditlog.h"

#include "dialect.h"
#include "sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace td {
namespace {

// Checks the anchors, sorted by entry, against the entries as the walk along the chain meets
// them: an anchor is settled by the first entry at or past the one it names.
class AnchorCheck
{
public:
    AnchorCheck(QList<AuditAnchor> anchors, QStringList& problems)
        : m_anchors(std::move(anchors))
        , m_problems(problems)
    {
        std::stable_sort(
            m_anchors.begin(), m_anchors.end(),
            [](const AuditAnchor& a, const AuditAnchor& b) { return a.head.seq < b.head.seq; });
    }

    void reached(qint64 seq, const QString& hash)
    {
        for (; m_next < m_anchors.size() && m_anchors.at(m_next).head.seq <= seq; ++m_next) {
            const AuditAnchor& a = m_anchors.at(m_next);
            if (a.head.seq < seq)
                m_problems.append(
                    QCoreApplication::translate("AuditLog", "Entry %1 is missing: %2.")
                        .arg(a.head.seq)
                        .arg(a.evidence));
            else if (a.head.isValid() && a.head.hash != hash)
                m_problems.append(QCoreApplication::translate(
                                      "AuditLog",
                                      "Entry %1 does not match its anchor: %2, with the hash %3, "
                                      "but the entry has the hash %4. The log was rewritten at or "
                                      "before entry %1.")
                                      .arg(a.head.seq)
                                      .arg(a.evidence, a.head.hash, hash));
        }
    }

    // After the newest entry: anchors still unsettled name entries past the end of the log.
    // One sentence names the first missing entry, with the anchor that reaches furthest.
    void ended(qint64 lastSeq)
    {
        if (m_next >= m_anchors.size())
            return;
        const QString evidence = m_anchors.constLast().evidence;
        if (lastSeq == 0)
            m_problems.append(
                QCoreApplication::translate(
                    "AuditLog", "Entry 1 is missing: every entry of the log was deleted; %1.")
                    .arg(evidence));
        else
            m_problems.append(
                QCoreApplication::translate(
                    "AuditLog", "Entry %1 is missing: the log was truncated after entry %2; %3.")
                    .arg(lastSeq + 1)
                    .arg(lastSeq)
                    .arg(evidence));
        m_next = m_anchors.size();
    }

private:
    QList<AuditAnchor> m_anchors;
    QStringList& m_problems;
    qsizetype m_next = 0;
};

} // namespace

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

AuditHead AuditLog::head() const
{
    sql::takeLock(m_db, m_dialect.lockAuditLog());
    QSqlQuery last =
        sql::run(m_db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last.next())
        return {0, genesisHash()};
    return {last.value(0).toLongLong(), last.value(1).toString()};
}

AuditEntry AuditLog::append(const QString& actor, const QString& action, const QString& entity,
                            const QString& entityId, const QString& payload)
{
    const AuditHead previous = head();
    AuditEntry entry;
    entry.seq = previous.seq + 1;
    entry.prevHash = previous.hash;
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

AuditReport AuditLog::verify(QList<AuditAnchor> anchors,
                             const std::function<void(const AuditEntry&)>& visit) const
{
    AuditReport report;
    report.anchorsChecked = std::count_if(anchors.cbegin(), anchors.cend(),
                                          [](const AuditAnchor& a) { return a.head.isValid(); });
    AnchorCheck anchorCheck(std::move(anchors), report.problems);
    anchorCheck.reached(0, genesisHash()); // "entry 0" is the empty log
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
        anchorCheck.reached(e.seq, e.hash);
        if (visit)
            visit(e);
        expectedPrev = e.hash;
        expectedSeq = e.seq + 1;
        report.lastSeq = e.seq;
    }
    anchorCheck.ended(report.lastSeq);
    return report;
}

} // namespace td
