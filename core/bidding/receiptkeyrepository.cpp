#include "receiptkeyrepository.h"

#include "sealing/privatekey.h"
#include "store/sql.h"

namespace td {

ReceiptKeyRepository::ReceiptKeyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<StoredReceiptKey> ReceiptKeyRepository::forTender(qint64 tenderId) const
{
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral("SELECT algorithm, public_key_pem, private_key_pem, "
                                "created_at FROM tender_receipt_keys WHERE tender_id = ?"),
                 {tenderId});
    if (!q.next())
        return std::nullopt;
    return StoredReceiptKey{tenderId, q.value(0).toString(), q.value(1).toString().toUtf8(),
                            q.value(2).toString().toUtf8(), sql::toDateTime(q.value(3))};
}

StoredReceiptKey ReceiptKeyRepository::obtain(qint64 tenderId, CipherSuite suite,
                                              const QDateTime& now)
{
    if (std::optional<StoredReceiptKey> stored = forTender(tenderId))
        return *stored;
    const PrivateKey key = PrivateKey::generate(suite);
    StoredReceiptKey made{tenderId, keyAlgorithmOf(suite), key.publicKeyPem(), key.plainPem(),
                          now.toUTC()};
    sql::run(m_db,
             QStringLiteral("INSERT INTO tender_receipt_keys (tender_id, algorithm, "
                            "public_key_pem, private_key_pem, created_at) VALUES (?, ?, ?, ?, ?)"),
             {tenderId, made.algorithm, QString::fromUtf8(made.publicKeyPem),
              QString::fromUtf8(made.privateKeyPem), sql::fromDateTime(made.createdAt)});
    return made;
}

} // namespace td
