// Schema version 9: sealed bids. A tender lists the documents a bid must carry and may be
// another buyer's, imported from its package on a vendor's desk (read-only there); a desk keeps
// the signing identity of its organisation and the vendor's unsealed bid drafts; the buyer's
// desk keeps each bid package it received, still sealed, until the opening, and every refusal;
// an opened bid carries the model it offers, its declared figures and its documents' text and
// metadata.
#include "migrations.h"

namespace td {

QStringList schemaV9(const Dialect&)
{
    return {
        // 'own': drafted and published on this desk; 'imported': read from a tender package.
        QStringLiteral("ALTER TABLE tenders ADD COLUMN origin TEXT NOT NULL DEFAULT 'own'"),

        QStringLiteral("CREATE TABLE tender_bid_documents ("
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " mandatory INTEGER NOT NULL DEFAULT 1 CHECK (mandatory IN (0, 1)),"
                       " PRIMARY KEY (tender_id, position))"),

        // The key that signs a desk's bid packages (a vendor) or receipts (a buyer), with its
        // self-signed certificate; the private key only encrypted under a passphrase.
        QStringLiteral("CREATE TABLE signing_identities ("
                       " id ${ID},"
                       " organization_id BIGINT NOT NULL REFERENCES organizations (id),"
                       " suite TEXT NOT NULL,"
                       " certificate_pem TEXT NOT NULL,"
                       " encrypted_private_key_pem TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),

        // The key a tender's receipts are signed with (made at publication, or at the first
        // receipt for tenders published before); its public half is in the tender package.
        QStringLiteral("CREATE TABLE tender_receipt_keys ("
                       " tender_id BIGINT NOT NULL PRIMARY KEY REFERENCES tenders (id)"
                       "   ON DELETE CASCADE,"
                       " algorithm TEXT NOT NULL,"
                       " public_key_pem TEXT NOT NULL,"
                       " private_key_pem TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),

        // A vendor's bid being prepared: the same JSON as `bid template` prints.
        QStringLiteral("CREATE TABLE bid_drafts ("
                       " id ${ID},"
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " content TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX bid_drafts_tender ON bid_drafts (tender_id)"),

        // A bid package as the buyer received it, sealed until the opening.
        QStringLiteral("CREATE TABLE bid_submissions ("
                       " id ${ID},"
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id) ON DELETE CASCADE,"
                       " vendor_id BIGINT NOT NULL REFERENCES organizations (id),"
                       " received_at TEXT NOT NULL,"
                       " package_sha256 TEXT NOT NULL,"
                       " manifest TEXT NOT NULL,"
                       " signature ${BLOB} NOT NULL,"
                       " envelope ${BLOB} NOT NULL,"
                       " payload ${BLOB} NOT NULL,"
                       " payload_mac TEXT NOT NULL DEFAULT '',"
                       " certificate_fingerprint TEXT NOT NULL,"
                       " machine_fingerprint TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL,"
                       " failure_reason TEXT NOT NULL DEFAULT '',"
                       " bid_id BIGINT REFERENCES bids (id) ON DELETE SET NULL,"
                       " receipt TEXT NOT NULL DEFAULT '',"
                       " receipt_signature ${BLOB},"
                       " UNIQUE (tender_id, package_sha256))"),
        QStringLiteral("CREATE INDEX bid_submissions_tender ON bid_submissions (tender_id)"),

        // Packages refused at receipt: nothing of them is kept but why (late ones included).
        QStringLiteral("CREATE TABLE bid_refusals ("
                       " id ${ID},"
                       " tender_id BIGINT REFERENCES tenders (id) ON DELETE CASCADE,"
                       " refused_at TEXT NOT NULL,"
                       " package_sha256 TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " vendor TEXT NOT NULL DEFAULT '',"
                       " reason_code TEXT NOT NULL,"
                       " reason TEXT NOT NULL)"),

        QStringLiteral("ALTER TABLE bids ADD COLUMN submission_id BIGINT"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN model_family TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN model_version TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN model_parameters TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN model_licence TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN model_quantisation TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN price_per_million_tokens_minor BIGINT"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN declared_benchmarks TEXT NOT NULL "
                       "DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN project_manager TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE bids ADD COLUMN security_account TEXT NOT NULL DEFAULT ''"),

        QStringLiteral("ALTER TABLE documents ADD COLUMN page_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN text_content TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE documents ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}'"),

        // The release number of the tender package an imported tender was read from last, so
        // that a newer package (an amendment) updates it and an older one is refused.
        QStringLiteral("ALTER TABLE tenders ADD COLUMN imported_release INTEGER NOT NULL "
                       "DEFAULT 0"),
    };
}

} // namespace td
