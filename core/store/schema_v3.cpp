// Schema version 3: what publication leaves behind. Each publication, amendment, published
// answer and cancellation is an immutable, numbered release (the OCDS release exactly as it was
// published); the key pair that bids are sealed to is kept with the tender, its private half
// encrypted under the buyer's passphrase.
#include "migrations.h"

namespace td {

QStringList schemaV3(const Dialect& dialect)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE tender_releases ("
                       " id ${ID},"
                       " tender_id BIGINT NOT NULL REFERENCES tenders (id),"
                       " number INTEGER NOT NULL CHECK (number > 0),"
                       " release_id TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL,"
                       " released_at TEXT NOT NULL,"
                       " rationale TEXT NOT NULL DEFAULT '',"
                       " changes TEXT NOT NULL DEFAULT '[]',"
                       " material INTEGER NOT NULL DEFAULT 0 CHECK (material IN (0, 1)),"
                       " content TEXT NOT NULL,"
                       " UNIQUE (tender_id, number))"),
        QStringLiteral("CREATE TABLE tender_sealing_keys ("
                       " tender_id BIGINT NOT NULL PRIMARY KEY REFERENCES tenders (id),"
                       " algorithm TEXT NOT NULL,"
                       " public_key_pem TEXT NOT NULL,"
                       " encrypted_private_key_pem TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),
    };
    statements += dialect.refuseChanges(QStringLiteral("tender_releases"));
    return statements;
}

} // namespace td
