#pragma once

#include "domain/audithead.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

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

// Something outside the log that vouches for one of its entries, and what it is, so that a
// report can say which one the log contradicts.
struct AuditAnchor
{
    // The entry and its hash. Without a hash, the anchor only says that the entry exists.
    AuditHead head;
    // Why the entry must be there, as the end of a sentence: "release ... was published when
    // the log stood at entry 7".
    QString evidence;
};

// What verify() found: every entry whose hash, predecessor or number does not follow, and every
// anchor that the log contradicts.
struct AuditReport
{
    qint64 entriesChecked = 0;
    qint64 lastSeq = 0;         // the newest entry in the log; 0 for an empty log
    qint64 anchorsChecked = 0;  // anchors with a hash
    qint64 releasesChecked = 0; // releases whose own entry was looked for (AuditVerifier)
    QStringList problems;       // one sentence per broken link, naming the entry
    bool intact() const { return problems.isEmpty(); }
};

// The append-only, hash-chained audit log. Each entry's hash covers its number, its fields and
// the previous entry's hash, so changing, inserting or deleting any entry breaks the chain
// from that point on. Cutting off the newest entries leaves a shorter chain that is still whole:
// only an anchor kept outside the log (AuditHead) shows that entries are missing.
class AuditLog
{
public:
    AuditLog(QSqlDatabase db, const Dialect& dialect);

    // Appends inside the caller's transaction, if any, so the entry and the change it records
    // are written together or not at all.
    AuditEntry append(const QString& actor, const QString& action, const QString& entity,
                      const QString& entityId, const QString& payload);
    // The newest entry now (seq 0 and the genesis hash for an empty log). Inside a transaction
    // it holds the log's lock until the commit, so the head read stays the head and the
    // transaction's next entry comes right after it.
    AuditHead head() const;

    // Walks the chain from its first entry and checks every anchor against the entry it names:
    // an anchor past the newest entry means the log was truncated, and the report names the
    // first missing entry. `visit`, when given, sees every entry in order.
    AuditReport verify(QList<AuditAnchor> anchors = {},
                       const std::function<void(const AuditEntry&)>& visit = {}) const;

    static QString hashOf(const AuditEntry& entry);
    static QString genesisHash();

private:
    QSqlDatabase m_db;
    const Dialect& m_dialect;
};

} // namespace td
