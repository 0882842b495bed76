// Schema version 8: a tender says whether it buys goods, services or both, which decides its
// minimum price weight (MOF Order 87) and its OCDS procurement category. Tenders stored before
// were checked and published as services (the old policy and their OCDS releases said so), so
// they stay services; a draft's buyer can change it.
#include "migrations.h"

namespace td {

QStringList schemaV8(const Dialect&)
{
    return {QStringLiteral("ALTER TABLE tenders ADD COLUMN purchase_kind TEXT NOT NULL "
                           "DEFAULT 'services'")};
}

} // namespace td
