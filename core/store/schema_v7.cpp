// Schema version 7: what the capacity bound of the cost-to-serve needs. Accelerators gain a
// purchase price (with its source and date) and a service life, for bids that deliver their
// hardware; a bid says whether it delivers or hosts; its price lines say what they pay for, so
// that licences, deployment and the annual service can stand for the fixed costs; a tender
// states its peak concurrent requests (0: derived from its concurrent users); and the buyer's
// cost assumptions say whether fixed costs were stated (rows written before this step were).
#include "migrations.h"

namespace td {

QStringList schemaV7(const Dialect&)
{
    return {
        QStringLiteral("ALTER TABLE accelerators ADD COLUMN purchase_price_minor BIGINT"),
        QStringLiteral("ALTER TABLE accelerators ADD COLUMN purchase_price_currency TEXT"),
        QStringLiteral(
            "ALTER TABLE accelerators ADD COLUMN purchase_price_source TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE accelerators ADD COLUMN purchase_price_date TEXT"),
        QStringLiteral(
            "ALTER TABLE accelerators ADD COLUMN service_life_years INTEGER NOT NULL DEFAULT 5"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN delivers_hardware INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE bid_price_items ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'"),
        QStringLiteral("ALTER TABLE tenders ADD COLUMN peak_concurrent_requests INTEGER NOT NULL "
                       "DEFAULT 0"),
        QStringLiteral("ALTER TABLE bid_cost_assumptions ADD COLUMN fixed_costs_stated INTEGER "
                       "NOT NULL DEFAULT 1"),
    };
}

} // namespace td
