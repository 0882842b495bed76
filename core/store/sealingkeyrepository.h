#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace td {

// The key pair a tender's bids are sealed to, as the buyer keeps it: the private half only
// encrypted under the buyer's passphrase.
struct StoredSealingKey
{
    qint64 tenderId = 0;
    QString algorithm;
    QByteArray publicKeyPem;
    QByteArray encryptedPrivateKeyPem;
    QString fingerprint;
    QDateTime createdAt;
};

class SealingKeyRepository
{
public:
    explicit SealingKeyRepository(QSqlDatabase db);

    // One key per tender, made at publication; a second insert for the same tender fails.
    void insert(const StoredSealingKey& key);
    std::optional<StoredSealingKey> forTender(qint64 tenderId) const;

private:
    QSqlDatabase m_db;
};

} // namespace td
