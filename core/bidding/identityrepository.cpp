#include "identityrepository.h"

#include "domain/error.h"
#include "domain/uscc.h"
#include "organizationbyuscc.h"
#include "store/auditlog.h"
#include "store/organizationrepository.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {

IdentityRepository::IdentityRepository(QSqlDatabase db, const Dialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

std::optional<StoredIdentity> IdentityRepository::current() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id, organization_id, suite, "
                                                "certificate_pem, encrypted_private_key_pem, "
                                                "fingerprint, created_at FROM signing_identities "
                                                "ORDER BY created_at DESC, id DESC LIMIT 1"));
    if (!q.next())
        return std::nullopt;
    StoredIdentity s;
    s.id = q.value(0).toLongLong();
    s.organization =
        OrganizationRepository(m_db).byId(q.value(1).toLongLong()).value_or(Organization{});
    s.identity.suite =
        cipherSuiteFromCode(q.value(2).toString()).value_or(CipherSuite::International);
    s.identity.certificatePem = q.value(3).toString().toLatin1();
    s.identity.encryptedPrivateKeyPem = q.value(4).toString().toLatin1();
    s.identity.fingerprint = q.value(5).toString();
    s.createdAt = sql::toDateTime(q.value(6));
    return s;
}

StoredIdentity IdentityRepository::save(Organization organization, const SigningIdentity& identity,
                                        bool replace, const QDateTime& now, const QString& actor)
{
    organization.uscc = organization.uscc.trimmed().toUpper();
    if (const QString problem = uscc::problem(organization.uscc); !problem.isEmpty())
        throw Error(problem);
    organization.kind = OrganizationKind::ModelVendor;
    Transaction transaction(m_db);
    if (const std::optional<StoredIdentity> existing = current(); existing && !replace)
        throw Error(QCoreApplication::translate(
                        "td::IdentityRepository",
                        "This desk signs already as %1 (certificate %2, made %3). Bids signed "
                        "with it would no longer match a new identity: replace it only on "
                        "purpose, with --force (or the replace button).")
                        .arg(existing->organization.name, existing->identity.fingerprint,
                             existing->createdAt.toLocalTime().toString(Qt::ISODate)));
    StoredIdentity stored;
    stored.organization = findOrAddOrganization(m_db, organization);
    stored.identity = identity;
    stored.createdAt = now.toUTC();
    QSqlQuery insert = sql::run(
        m_db,
        QStringLiteral("INSERT INTO signing_identities (organization_id, suite, certificate_pem, "
                       "encrypted_private_key_pem, fingerprint, created_at) VALUES (?, ?, ?, ?, "
                       "?, ?) RETURNING id"),
        {stored.organization.id, cipherSuiteCode(identity.suite),
         QString::fromLatin1(identity.certificatePem),
         QString::fromLatin1(identity.encryptedPrivateKeyPem), identity.fingerprint,
         sql::fromDateTime(stored.createdAt)});
    insert.next();
    stored.id = insert.value(0).toLongLong();
    const QJsonObject payload{{QStringLiteral("organization"), stored.organization.name},
                              {QStringLiteral("uscc"), stored.organization.uscc},
                              {QStringLiteral("suite"), cipherSuiteCode(identity.suite)},
                              {QStringLiteral("certificate"), identity.fingerprint}};
    AuditLog(m_db, m_dialect)
        .append(actor, QStringLiteral("identity.created"), QStringLiteral("identity"),
                QString::number(stored.id),
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    transaction.commit();
    return stored;
}

} // namespace td
