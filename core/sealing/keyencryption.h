#pragma once

// Private keys at rest: encrypted PKCS#8 (PBES2: scrypt N=16384 r=8 p=1, AES-256-CBC), the
// same for tender sealing keys and vendor signing keys, so one `openssl pkey -passin` opens both.

#include <QByteArray>

#include <openssl/evp.h>

namespace td::keyencryption {

// Throws td::Error when `passphrase` has fewer than minimumPassphraseLength characters.
void requireLongEnough(const QByteArray& passphrase);

// Encrypted PKCS#8 PEM of `key` under `passphrase`; throws td::Error when OpenSSL fails.
QByteArray encryptedPem(EVP_PKEY* key, const QByteArray& passphrase);

// The key inside an encrypted PKCS#8 PEM, or null for a wrong passphrase. Throws td::Error when
// the PEM is not an encrypted PKCS#8 key at all (an unencrypted key would open with any
// passphrase, so it is refused).
EVP_PKEY* decrypt(const QByteArray& encryptedPem, const QByteArray& passphrase);

} // namespace td::keyencryption
