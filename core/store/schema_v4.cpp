// Schema version 4: the catalogs of the cost model and what the buyer assumes per bid. Hosting
// options and compute vouchers are keyed by stable text ids, like accelerators, so that the
// built-in catalogs can add what a database lacks without touching what the user edited.
// Electricity prices are integers in 1/10000 CNY per kWh and PUE in thousandths: exact rates,
// never floats.
#include "migrations.h"

namespace td {

QStringList schemaV4(const Dialect&)
{
    return {
        QStringLiteral(
            "CREATE TABLE compute_vouchers ("
            " city TEXT NOT NULL PRIMARY KEY,"
            " position INTEGER NOT NULL DEFAULT 0,"
            " name TEXT NOT NULL,"
            " name_en TEXT NOT NULL DEFAULT '',"
            " subsidy_percent INTEGER NOT NULL CHECK (subsidy_percent BETWEEN 0 AND 100),"
            " cap_minor BIGINT CHECK (cap_minor IS NULL OR cap_minor >= 0),"
            " cap_currency TEXT,"
            " eligibility TEXT NOT NULL DEFAULT '',"
            " source TEXT NOT NULL DEFAULT '',"
            " source_date TEXT)"),
        QStringLiteral("CREATE TABLE hosting_options ("
                       " id TEXT NOT NULL PRIMARY KEY,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " name TEXT NOT NULL,"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " hub TEXT NOT NULL DEFAULT '',"
                       " electricity_price_e4 BIGINT NOT NULL CHECK (electricity_price_e4 >= 0),"
                       " price_source TEXT NOT NULL DEFAULT '',"
                       " price_date TEXT,"
                       " pue_thousandths INTEGER NOT NULL CHECK (pue_thousandths >= 1000))"),
        QStringLiteral(
            "CREATE TABLE hosting_voucher_cities ("
            " hosting_id TEXT NOT NULL REFERENCES hosting_options (id) ON DELETE CASCADE,"
            " city TEXT NOT NULL REFERENCES compute_vouchers (city) ON DELETE CASCADE,"
            " PRIMARY KEY (hosting_id, city))"),
        QStringLiteral(
            "CREATE TABLE bid_cost_assumptions ("
            " bid_id BIGINT NOT NULL PRIMARY KEY REFERENCES bids (id) ON DELETE CASCADE,"
            " hosting_id TEXT NOT NULL REFERENCES hosting_options (id),"
            " voucher_city TEXT REFERENCES compute_vouchers (city),"
            " fixed_costs_minor BIGINT NOT NULL DEFAULT 0 CHECK (fixed_costs_minor >= 0),"
            " currency TEXT NOT NULL CHECK (length(currency) = 3),"
            " contract_years INTEGER NOT NULL DEFAULT 1 CHECK (contract_years >= 1))"),
    };
}

} // namespace td
