#pragma once

#include "auditlog.h"
#include "domain/tenderrelease.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace td {

class Dialect;

// What the audit entry of a step that publishes a release says about that release, in its
// payload: {"release": <release id>, "sha256": <SHA-256 of the release's content, hex>}.
// AuditVerifier finds each release's entry by these fields.
QJsonObject releaseAuditFields(const TenderRelease& release);

// Checks the audit log against everything outside it that vouches for it:
// - the chain itself (AuditLog::verify);
// - the head that each release carries: that entry must be in the log with that hash;
// - anchors that an auditor gives, read off printed documents or kept elsewhere;
// - each release's own entry: some entry must record the release, it must be the entry right
//   after the head the release carries, and the SHA-256 it records must be the release's.
// Deleting the log's newest entries is caught as soon as a release or a printed document made
// after them anchors one of them; deleting the entry of the newest release is caught by that
// release itself, which no longer has its entry.
class AuditVerifier
{
public:
    AuditVerifier(QSqlDatabase db, const Dialect& dialect);

    AuditReport verify(const QList<AuditHead>& given = {}) const;

private:
    QSqlDatabase m_db;
    const Dialect& m_dialect;
};

} // namespace td
