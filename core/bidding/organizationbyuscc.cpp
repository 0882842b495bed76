#include "organizationbyuscc.h"

#include "store/organizationrepository.h"
#include "store/sql.h"

namespace td {

std::optional<Organization> organizationByUscc(const QSqlDatabase& db, const QString& uscc)
{
    const QVariant id =
        sql::scalar(db, QStringLiteral("SELECT id FROM organizations WHERE uscc = ?"), {uscc});
    if (!id.isValid())
        return std::nullopt;
    return OrganizationRepository(db).byId(id.toLongLong());
}

Organization findOrAddOrganization(const QSqlDatabase& db, Organization organization)
{
    organization.uscc = organization.uscc.trimmed().toUpper();
    if (const std::optional<Organization> found = organizationByUscc(db, organization.uscc))
        return *found;
    if (organization.shortName.isEmpty())
        organization.shortName = organization.name;
    OrganizationRepository(db).insert(organization);
    return organization;
}

} // namespace td
