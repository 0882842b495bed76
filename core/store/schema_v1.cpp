// Schema version 1: the whole domain of TenderDesk, so later features add behaviour, not tables.
// SQL that SQLite and PostgreSQL both accept; ${ID} and ${BLOB} are expanded by the Dialect.
// Times are ISO 8601 UTC text; money is integer minor units with an ISO 4217 code; flags are
// 0/1 integers; coded values are the stable codes of domain/codes.h.
#include "migrations.h"

namespace td {

QStringList schemaV1(const Dialect& dialect)
{
    QStringList s = {
        QStringLiteral("CREATE TABLE schema_version ("
                       " version INTEGER NOT NULL PRIMARY KEY,"
                       " applied_at TEXT NOT NULL)"),

        QStringLiteral("CREATE TABLE organizations ("
                       " id ${ID},"
                       " name TEXT NOT NULL,"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " short_name TEXT NOT NULL,"
                       " uscc TEXT NOT NULL UNIQUE CHECK (length(uscc) = 18),"
                       " kind TEXT NOT NULL,"
                       " city TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX organizations_short_name ON organizations (short_name, id)"),

        QStringLiteral("CREATE TABLE accelerators ("
                       " model TEXT NOT NULL PRIMARY KEY,"
                       " vendor TEXT NOT NULL,"
                       " domestic INTEGER NOT NULL CHECK (domestic IN (0, 1)),"
                       " excluded_by_default INTEGER NOT NULL DEFAULT 0"
                       "   CHECK (excluded_by_default IN (0, 1)),"
                       " export_controlled INTEGER NOT NULL DEFAULT 0"
                       "   CHECK (export_controlled IN (0, 1)),"
                       " memory_gb INTEGER NOT NULL DEFAULT 0,"
                       " peak_bf16_tflops DOUBLE PRECISION NOT NULL DEFAULT 0,"
                       " peak_int8_tops DOUBLE PRECISION NOT NULL DEFAULT 0,"
                       " power_watts INTEGER NOT NULL DEFAULT 0,"
                       " hourly_price_minor BIGINT,"
                       " hourly_price_currency TEXT,"
                       " price_source TEXT NOT NULL DEFAULT '',"
                       " price_date TEXT)"),

        QStringLiteral("CREATE TABLE tenders ("
                       " id ${ID},"
                       " reference TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL,"
                       " buyer_id BIGINT NOT NULL REFERENCES organizations (id),"
                       " category TEXT NOT NULL,"
                       " procurement_method TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " budget_minor BIGINT NOT NULL CHECK (budget_minor >= 0),"
                       " currency TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),"
                       " time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',"
                       " published_at TEXT,"
                       " clarification_deadline TEXT,"
                       " bid_deadline TEXT,"
                       " opening_at TEXT,"
                       " status TEXT NOT NULL,"
                       " min_domestic_share_percent INTEGER NOT NULL DEFAULT 50"
                       "   CHECK (min_domestic_share_percent BETWEEN 0 AND 100),"
                       " tokens_per_year BIGINT NOT NULL DEFAULT 0,"
                       " concurrent_users INTEGER NOT NULL DEFAULT 0,"
                       " slo_ttft_ms INTEGER NOT NULL DEFAULT 0,"
                       " slo_tpot_ms INTEGER NOT NULL DEFAULT 0,"
                       " slo_availability_percent DOUBLE PRECISION NOT NULL DEFAULT 99.9,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        // One index per sortable column of the tender list, ending in id for keyset paging.
        QStringLiteral("CREATE INDEX tenders_title ON tenders (title, id)"),
        QStringLiteral("CREATE INDEX tenders_buyer ON tenders (buyer_id, id)"),
        QStringLiteral("CREATE INDEX tenders_category ON tenders (category, id)"),
        QStringLiteral("CREATE INDEX tenders_method ON tenders (procurement_method, id)"),
        QStringLiteral("CREATE INDEX tenders_status ON tenders (status, id)"),
        QStringLiteral("CREATE INDEX tenders_budget ON tenders (budget_minor, id)"),
        QStringLiteral("CREATE INDEX tenders_published ON tenders (published_at, id)"),
        QStringLiteral("CREATE INDEX tenders_bid_deadline ON tenders (bid_deadline, id)"),

        QStringLiteral("CREATE TABLE tender_excluded_accelerators ("
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " accelerator_model TEXT NOT NULL,"
                       " PRIMARY KEY (tender_id, accelerator_model))"),

        QStringLiteral("CREATE TABLE lots ("
                       " id ${ID},"
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " number INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " budget_minor BIGINT NOT NULL CHECK (budget_minor >= 0),"
                       " currency TEXT NOT NULL,"
                       " UNIQUE (tender_id, number))"),

        QStringLiteral("CREATE TABLE criteria ("
                       " id ${ID},"
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " code TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " weight INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100),"
                       " UNIQUE (tender_id, code))"),

        QStringLiteral("CREATE TABLE clarifications ("
                       " id ${ID},"
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " asked_at TEXT NOT NULL,"
                       " asker_id BIGINT REFERENCES organizations (id),"
                       " question TEXT NOT NULL,"
                       " answer TEXT,"
                       " answered_at TEXT)"),
        QStringLiteral("CREATE INDEX clarifications_tender ON clarifications (tender_id)"),

        QStringLiteral("CREATE TABLE bids ("
                       " id ${ID},"
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " lot_id BIGINT NOT NULL REFERENCES lots (id) ON DELETE CASCADE,"
                       " vendor_id BIGINT NOT NULL REFERENCES organizations (id),"
                       " submitted_at TEXT,"
                       " total_price_minor BIGINT NOT NULL CHECK (total_price_minor >= 0),"
                       " currency TEXT NOT NULL CHECK (length(currency) = 3),"
                       " model_offered TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL,"
                       " sealed_payload ${BLOB})"),
        QStringLiteral("CREATE INDEX bids_tender ON bids (tender_id)"),
        QStringLiteral("CREATE INDEX bids_vendor ON bids (vendor_id)"),
        QStringLiteral("CREATE INDEX bids_lot ON bids (lot_id)"),

        QStringLiteral("CREATE TABLE bid_price_items ("
                       " bid_id BIGINT NOT NULL REFERENCES bids (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " label TEXT NOT NULL,"
                       " amount_minor BIGINT NOT NULL,"
                       " PRIMARY KEY (bid_id, position))"),

        QStringLiteral("CREATE TABLE bid_hardware_lines ("
                       " bid_id BIGINT NOT NULL REFERENCES bids (id) ON DELETE CASCADE,"
                       " accelerator_model TEXT NOT NULL,"
                       " unit_count INTEGER NOT NULL CHECK (unit_count > 0),"
                       " PRIMARY KEY (bid_id, accelerator_model))"),

        QStringLiteral("CREATE TABLE documents ("
                       " id ${ID},"
                       " tender_id BIGINT REFERENCES tenders (id) ON DELETE CASCADE,"
                       " bid_id BIGINT REFERENCES bids (id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " media_type TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " size_bytes BIGINT NOT NULL,"
                       " content ${BLOB},"
                       " created_at TEXT NOT NULL,"
                       " CHECK (tender_id IS NOT NULL OR bid_id IS NOT NULL))"),
        QStringLiteral("CREATE INDEX documents_tender ON documents (tender_id)"),
        QStringLiteral("CREATE INDEX documents_bid ON documents (bid_id)"),

        QStringLiteral("CREATE TABLE evaluators ("
                       " id ${ID},"
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " role TEXT NOT NULL DEFAULT 'member')"),
        QStringLiteral("CREATE INDEX evaluators_tender ON evaluators (tender_id)"),

        QStringLiteral("CREATE TABLE scores ("
                       " id ${ID},"
                       " bid_id BIGINT NOT NULL REFERENCES bids (id) ON DELETE CASCADE,"
                       " evaluator_id BIGINT NOT NULL REFERENCES evaluators (id) ON DELETE CASCADE,"
                       " criterion_id BIGINT NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,"
                       " points_hundredths INTEGER NOT NULL CHECK (points_hundredths >= 0),"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (bid_id, evaluator_id, criterion_id))"),

        QStringLiteral("CREATE TABLE awards ("
                       " id ${ID},"
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " lot_id BIGINT NOT NULL REFERENCES lots (id) ON DELETE CASCADE,"
                       " bid_id BIGINT NOT NULL REFERENCES bids (id) ON DELETE CASCADE,"
                       " vendor_id BIGINT NOT NULL REFERENCES organizations (id),"
                       " amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),"
                       " currency TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " decided_at TEXT)"),
        QStringLiteral("CREATE INDEX awards_tender ON awards (tender_id)"),
        QStringLiteral("CREATE INDEX awards_vendor ON awards (vendor_id)"),

        QStringLiteral("CREATE TABLE benchmark_runs ("
                       " id ${ID},"
                       " bid_id BIGINT REFERENCES bids (id) ON DELETE SET NULL,"
                       " endpoint TEXT NOT NULL,"
                       " model TEXT NOT NULL,"
                       " suite TEXT NOT NULL,"
                       " load_shape TEXT NOT NULL,"
                       " started_at TEXT NOT NULL,"
                       " finished_at TEXT,"
                       " status TEXT NOT NULL,"
                       " summary_json TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX benchmark_runs_bid ON benchmark_runs (bid_id)"),

        QStringLiteral("CREATE TABLE benchmark_samples ("
                       " run_id BIGINT NOT NULL REFERENCES benchmark_runs (id) ON DELETE CASCADE,"
                       " seq INTEGER NOT NULL,"
                       " started_at_us BIGINT NOT NULL,"
                       " ttfb_us BIGINT,"
                       " ttft_us BIGINT,"
                       " e2e_us BIGINT,"
                       " input_tokens INTEGER,"
                       " output_tokens INTEGER,"
                       " streamed_chunks INTEGER,"
                       " warmup INTEGER NOT NULL DEFAULT 0 CHECK (warmup IN (0, 1)),"
                       " error TEXT,"
                       " PRIMARY KEY (run_id, seq))"),

        QStringLiteral("CREATE TABLE audit_log ("
                       " seq ${ID},"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " entity_id TEXT NOT NULL,"
                       " payload TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
    };
    s += dialect.createTenderSearch();
    return s;
}

} // namespace td
