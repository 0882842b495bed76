#include "sealingkeyrepository.h"

#include "sql.h"

namespace td {

SealingKeyRepository::SealingKeyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

void SealingKeyRepository::insert(const StoredSealingKey& key)
{
    sql::run(
        m_db,
        QStringLiteral("INSERT INTO tender_sealing_keys (tender_id, algorithm, public_key_pem, "
                       "encrypted_private_key_pem, fingerprint, created_at) VALUES (?, ?, ?, "
                       "?, ?, ?)"),
        {key.tenderId, key.algorithm, QString::fromLatin1(key.publicKeyPem),
         QString::fromLatin1(key.encryptedPrivateKeyPem), key.fingerprint,
         sql::fromDateTime(key.createdAt)});
}

std::optional<StoredSealingKey> SealingKeyRepository::forTender(qint64 tenderId) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT algorithm, public_key_pem, "
                                          "encrypted_private_key_pem, fingerprint, created_at "
                                          "FROM tender_sealing_keys WHERE tender_id = ?"),
                           {tenderId});
    if (!q.next())
        return std::nullopt;
    return StoredSealingKey{tenderId,
                            q.value(0).toString(),
                            q.value(1).toString().toLatin1(),
                            q.value(2).toString().toLatin1(),
                            q.value(3).toString(),
                            sql::toDateTime(q.value(4))};
}

} // namespace td
