#pragma once

#include "domain/organization.h"

#include <QSqlDatabase>

#include <optional>

namespace td {

// The organisation with this unified social credit code, if the database has it.
std::optional<Organization> organizationByUscc(const QSqlDatabase& db, const QString& uscc);

// The organisation with `organization.uscc`, or `organization` added (its code checked) when
// there is none: how a desk learns of the buyer of an imported tender or of its own vendor
// organisation. An organisation found keeps its stored name. Runs in the caller's transaction;
// throws td::Error for a code that is not valid.
Organization findOrAddOrganization(const QSqlDatabase& db, Organization organization);

} // namespace td
