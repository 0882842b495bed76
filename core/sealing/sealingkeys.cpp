#include "sealingkeys.h"

#include "keyencryption.h"
#include "opensslsupport.h"
#include "privatekey.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/x509.h>

namespace td {
namespace {

QString fingerprintOf(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    const openssl::OpenSslBytes owned(der);
    if (length <= 0)
        throw openssl::failure(
            "td::SealingKeys",
            QT_TRANSLATE_NOOP("td::SealingKeys",
                              "Could not compute the fingerprint of the public sealing key (%1). "
                              "Check that OpenSSL 3 is installed completely, then try again."));
    return openssl::sha256Hex(der, static_cast<size_t>(length));
}

} // namespace

SealingKeyPair generateSealingKeyPair(const QByteArray& passphrase, CipherSuite suite)
{
    keyencryption::requireLongEnough(passphrase);
    const PrivateKey key = PrivateKey::generate(suite);
    SealingKeyPair pair;
    pair.algorithm = keyAlgorithmOf(suite);
    pair.publicKeyPem = key.publicKeyPem();
    pair.encryptedPrivateKeyPem = keyencryption::encryptedPem(key.handle(), passphrase);
    pair.fingerprint = fingerprintOf(key.handle());
    return pair;
}

bool unlocksSealingKey(const QByteArray& encryptedPrivateKeyPem, const QByteArray& publicKeyPem,
                       const QByteArray& passphrase)
{
    const openssl::Key publicKey = openssl::readPublicKey(publicKeyPem);
    const openssl::Key privateKey(keyencryption::decrypt(encryptedPrivateKeyPem, passphrase));
    const bool matches = privateKey && EVP_PKEY_eq(privateKey.get(), publicKey.get()) == 1;
    ERR_clear_error();
    return matches;
}

QString publicKeyFingerprint(const QByteArray& publicKeyPem)
{
    const openssl::Key key = openssl::readPublicKey(publicKeyPem);
    return fingerprintOf(key.get());
}

} // namespace td
