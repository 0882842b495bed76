// Schema version 2: a tender names the accuracy suite that bidders' deployments are measured
// on (its template's by default). Existing tenders get none.
#include "migrations.h"

namespace td {

QStringList schemaV2(const Dialect&)
{
    return {QStringLiteral("ALTER TABLE tenders ADD COLUMN benchmark_suite TEXT NOT NULL "
                           "DEFAULT ''")};
}

} // namespace td
