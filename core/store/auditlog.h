#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace td {

class Dialect;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action; // "tender.published", "demo.loaded", ...
    QString entity; // "tender", "bid", "database"
    QString entityId;
    QString payload; // compact JSON
    QString prevHash;
    QString hash;
};

// What verify() found: every entry whose hash, predecessor or number does not follow.
struct AuditReport
{
    qint64 entriesChecked = 0;
    QStringList problems; // one sentence per broken link, naming the entry
    bool intact() const { return problems.isEmpty(); }
};

// The append-only, hash-chained audit log. Each entry's hash covers its number, its fields and
// the previous entry's hash, so changing, inserting or deleting any entry breaks the chain
// from that point on.
class AuditLog
{
public:
    AuditLog(QSqlDatabase db, const Dialect& dialect);

    // Appends inside the caller's transaction, if any, so the entry and the change it records
    // are written together or not at all.
    AuditEntry append(const QString& actor, const QString& action, const QString& entity,
                      const QString& entityId, const QString& payload);
    AuditReport verify() const;

    static QString hashOf(const AuditEntry& entry);
    static QString genesisHash();

private:
    QSqlDatabase m_db;
    const Dialect& m_dialect;
};

} // namespace td
