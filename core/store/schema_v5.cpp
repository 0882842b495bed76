// Schema version 5: what a benchmark sample needs beyond version 1's columns: the sweep step it
// belongs to, the last token's time (for TPOT) and the inter-token gaps themselves, so that
// every percentile of a stored run can be computed again from its samples.
#include "migrations.h"

namespace td {

QStringList schemaV5(const Dialect&)
{
    return {
        QStringLiteral("ALTER TABLE benchmark_samples ADD COLUMN phase INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE benchmark_samples ADD COLUMN last_token_us BIGINT"),
        QStringLiteral("ALTER TABLE benchmark_samples ADD COLUMN itl_us TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX benchmark_runs_started ON benchmark_runs (started_at, id)"),
    };
}

} // namespace td
