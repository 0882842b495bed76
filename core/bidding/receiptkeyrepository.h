#pragma once

#include "sealing/ciphersuite.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace td {

// The key a tender's receipts are signed with (tender_receipt_keys).
//
// Its private half is kept unencrypted, unlike the sealing key: receipts are signed whenever a
// package arrives, at any hour and from any desk of the procurement centre, with nobody there to
// type a passphrase. What the key protects is small: it only vouches that the buyer's desk saw a
// package with a given digest at a given time. Whoever can read the database can already change
// its rows, and the hash-chained audit log, not this key, is what shows such a change.
struct StoredReceiptKey
{
    qint64 tenderId = 0;
    QString algorithm; // keyAlgorithmOf the suite: "EC P-256" / "SM2"
    QByteArray publicKeyPem;
    QByteArray privateKeyPem; // unencrypted PKCS#8, see above
    QDateTime createdAt;
};

class ReceiptKeyRepository
{
public:
    explicit ReceiptKeyRepository(QSqlDatabase db);

    std::optional<StoredReceiptKey> forTender(qint64 tenderId) const;
    // The tender's key, made with the suite's algorithm and stored (inside the caller's
    // transaction) when the tender has none yet.
    StoredReceiptKey obtain(qint64 tenderId, CipherSuite suite, const QDateTime& now);

private:
    QSqlDatabase m_db;
};

} // namespace td
