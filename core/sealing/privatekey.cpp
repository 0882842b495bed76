#include "privatekey.h"

#include "keyencryption.h"
#include "opensslsupport.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>

namespace td {

WrongPassphrase::WrongPassphrase()
    : Error(QCoreApplication::translate("td::PrivateKey",
                                        "The passphrase is wrong: it does not open this key. "
                                        "Check the passphrase and try again."))
{}

void PrivateKey::Free::operator()(evp_pkey_st* key) const noexcept
{
    EVP_PKEY_free(key);
}

PrivateKey::PrivateKey(evp_pkey_st* key)
    : m_key(key)
{
    // Only keys of a suite get here: anything else would fail later in a less clear place.
    (void)suite();
}

PrivateKey::PrivateKey(PrivateKey&&) noexcept = default;
PrivateKey& PrivateKey::operator=(PrivateKey&&) noexcept = default;
PrivateKey::~PrivateKey() = default;

PrivateKey PrivateKey::unlock(const QByteArray& encryptedPem, const QByteArray& passphrase)
{
    EVP_PKEY* key = keyencryption::decrypt(encryptedPem, passphrase);
    if (!key)
        throw WrongPassphrase();
    return PrivateKey(key);
}

PrivateKey PrivateKey::fromPem(const QByteArray& plainPem)
{
    ERR_clear_error();
    const openssl::Bio bio = openssl::readBio(plainPem);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key)
        throw openssl::failure("td::PrivateKey",
                               QT_TRANSLATE_NOOP("td::PrivateKey",
                                                 "The private key is not an unencrypted PEM key "
                                                 "(%1). The database may be damaged: restore it "
                                                 "from a backup."));
    return PrivateKey(key);
}

PrivateKey PrivateKey::generate(CipherSuite suite)
{
    ERR_clear_error();
    EVP_PKEY* key = suite == CipherSuite::International
                        ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                        : EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2");
    if (!key)
        throw openssl::failure(
            "td::PrivateKey",
            QT_TRANSLATE_NOOP("td::PrivateKey",
                              "Could not generate a key pair (%1). Check that OpenSSL 3 is "
                              "installed completely, then try again."));
    return PrivateKey(key);
}

QByteArray PrivateKey::plainPem() const
{
    const openssl::Bio bio = openssl::memoryBio();
    if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
        1)
        throw openssl::failure(
            "td::PrivateKey",
            QT_TRANSLATE_NOOP("td::PrivateKey",
                              "Could not write the private key (%1). Check that OpenSSL 3 is "
                              "installed completely, then try again."));
    return openssl::contentOf(bio.get());
}

QByteArray PrivateKey::encryptedPem(const QByteArray& passphrase) const
{
    keyencryption::requireLongEnough(passphrase);
    return keyencryption::encryptedPem(m_key.get(), passphrase);
}

QByteArray PrivateKey::publicKeyPem() const
{
    return openssl::publicKeyPemOf(m_key.get());
}

CipherSuite PrivateKey::suite() const
{
    return openssl::suiteOfKey(m_key.get());
}

} // namespace td
