#pragma once

#include "domain/organization.h"
#include "sealing/signingidentity.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace td {

class Dialect;

// A signing identity as the desk keeps it, with the organisation it speaks for.
struct StoredIdentity
{
    qint64 id = 0;
    Organization organization;
    SigningIdentity identity;
    QDateTime createdAt;
};

// The signing identities of this desk (table signing_identities). The newest is the current
// one, which signs the desk's bid packages; older ones stay so that packages signed earlier can
// still be traced to them.
class IdentityRepository
{
public:
    IdentityRepository(QSqlDatabase db, const Dialect& dialect);

    std::optional<StoredIdentity> current() const;

    // Stores `identity` as the current one for `organization` (found by its unified social
    // credit code, or added as a model vendor), with an audit entry, in one transaction.
    // Refuses, changing nothing, an invalid code, and a desk that has an identity already
    // unless `replace` is true.
    StoredIdentity save(Organization organization, const SigningIdentity& identity, bool replace,
                        const QDateTime& now, const QString& actor);

private:
    QSqlDatabase m_db;
    const Dialect& m_dialect;
};

} // namespace td
