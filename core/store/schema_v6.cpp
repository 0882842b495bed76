// Schema version 6: the audit log anchored outside itself. Each release keeps the audit log's
// newest entry (number and hash) as it stood when the release was written, so that `audit
// verify` can tell when the log's last entries were cut off or rewritten; releases written
// before this version have none. The audit log itself now refuses updates and deletes, as the
// releases do: only someone who drops the triggers can change it, and the chain and its anchors
// catch that.
#include "migrations.h"

namespace td {

QStringList schemaV6(const Dialect& dialect)
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE tender_releases ADD COLUMN audit_seq BIGINT"),
        QStringLiteral("ALTER TABLE tender_releases ADD COLUMN audit_hash TEXT"),
    };
    statements += dialect.refuseChanges(QStringLiteral("audit_log"));
    return statements;
}

} // namespace td
