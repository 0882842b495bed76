// Schema version 11: procurement processes imported from other publishers' OCDS data, for the
// market study. Each import of a file is a batch that says where its rows came from; a tender
// keeps its OCDS release (id and date, so that an older release does not overwrite a newer
// one) and its publisher; lots, bids and awards keep their OCDS ids, so that a newer release of
// a process updates them instead of adding them again; organisations keep the identifier their
// publisher gave them (scheme and id), which is how they are recognised from one file to the
// next.
// Published data has awards that name no bid (most publishers do not publish bids), no
// supplier (unsuccessful awards) or no value, so those three columns of awards become
// nullable. SQLite cannot drop a NOT NULL, so the table is rebuilt: created under a new name,
// filled, the old one dropped and the new one renamed (no table references awards).
#include "migrations.h"

namespace td {

QStringList schemaV11(const Dialect& dialect)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE ocds_imports ("
                       " id ${ID},"
                       " file_name TEXT NOT NULL,"
                       " shape TEXT NOT NULL,"
                       " publisher TEXT NOT NULL DEFAULT '',"
                       " imported_at TEXT NOT NULL,"
                       " actor TEXT NOT NULL DEFAULT '',"
                       " releases BIGINT NOT NULL DEFAULT 0,"
                       " tenders_created BIGINT NOT NULL DEFAULT 0,"
                       " tenders_updated BIGINT NOT NULL DEFAULT 0,"
                       " warnings BIGINT NOT NULL DEFAULT 0)"),

        QStringLiteral("ALTER TABLE tenders ADD COLUMN ocds_release_id TEXT"),
        QStringLiteral("ALTER TABLE tenders ADD COLUMN ocds_release_date TEXT"),
        QStringLiteral("ALTER TABLE tenders ADD COLUMN ocds_publisher TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE tenders ADD COLUMN ocds_import_id BIGINT REFERENCES "
                       "ocds_imports (id)"),
        QStringLiteral("ALTER TABLE lots ADD COLUMN ocds_id TEXT"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN ocds_id TEXT"),
        QStringLiteral("ALTER TABLE organizations ADD COLUMN ocds_scheme TEXT"),
        QStringLiteral("ALTER TABLE organizations ADD COLUMN ocds_identifier TEXT"),
        QStringLiteral("CREATE INDEX organizations_ocds ON organizations (ocds_scheme, "
                       "ocds_identifier)"),
        QStringLiteral("CREATE INDEX organizations_name ON organizations (name)"),

        QStringLiteral("CREATE TABLE awards_v11 ("
                       " id ${ID},"
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " lot_id BIGINT NOT NULL REFERENCES lots (id) ON DELETE CASCADE,"
                       " bid_id BIGINT REFERENCES bids (id) ON DELETE CASCADE,"
                       " vendor_id BIGINT REFERENCES organizations (id),"
                       " amount_minor BIGINT CHECK (amount_minor >= 0),"
                       " currency TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " decided_at TEXT,"
                       " cost_verdict TEXT NOT NULL DEFAULT 'noBenchmark',"
                       " cost_without_voucher_minor BIGINT,"
                       " cost_with_voucher_minor BIGINT,"
                       " standstill_ends_at TEXT,"
                       " justification TEXT NOT NULL DEFAULT '',"
                       " ocds_id TEXT)"),
        QStringLiteral("INSERT INTO awards_v11 (id, tender_id, lot_id, bid_id, vendor_id, "
                       "amount_minor, currency, status, decided_at, cost_verdict, "
                       "cost_without_voucher_minor, cost_with_voucher_minor, standstill_ends_at, "
                       "justification) SELECT id, tender_id, lot_id, bid_id, vendor_id, "
                       "amount_minor, currency, status, decided_at, cost_verdict, "
                       "cost_without_voucher_minor, cost_with_voucher_minor, standstill_ends_at, "
                       "justification FROM awards"),
        QStringLiteral("DROP TABLE awards"),
        QStringLiteral("ALTER TABLE awards_v11 RENAME TO awards"),
        QStringLiteral("CREATE INDEX awards_tender ON awards (tender_id)"),
        QStringLiteral("CREATE INDEX awards_vendor ON awards (vendor_id)"),
        QStringLiteral("CREATE INDEX awards_bid ON awards (bid_id)"),
    };
    statements += dialect.continueIdsAfterCopy(QStringLiteral("awards"));
    return statements;
}

} // namespace td
