#pragma once

#include "ciphersuite.h"

#include <QByteArray>
#include <QString>

namespace td {

// The key pair that bids for a tender are sealed to. It is made when the tender is published:
// the public key goes into the tender package, the private key stays with the buyer, encrypted
// under a passphrase (PKCS#8 PBES2: AES-256-CBC with a key from scrypt, N=16384 r=8 p=1, the
// same as `openssl pkcs8 -topk8 -scrypt`), and is needed at the opening to unseal the bids.
// Passphrases are UTF-8 bytes.
struct SealingKeyPair
{
    QString algorithm;                 // "EC P-256" or "SM2" (keyAlgorithmOf the suite)
    QByteArray publicKeyPem;           // SubjectPublicKeyInfo, PEM
    QByteArray encryptedPrivateKeyPem; // encrypted PKCS#8, PEM
    QString fingerprint;               // SHA-256 of the public key's DER, lower-case hex
};

// The shortest passphrase generateSealingKeyPair accepts, in characters (not UTF-8 bytes).
constexpr int minimumPassphraseLength = 8;

// A fresh key pair of the suite's algorithm (P-256 or SM2) with its private key encrypted under
// `passphrase`. Throws td::Error when the passphrase is shorter than minimumPassphraseLength or
// OpenSSL fails (naming what failed).
SealingKeyPair generateSealingKeyPair(const QByteArray& passphrase,
                                      CipherSuite suite = CipherSuite::International);

// Whether `passphrase` opens `encryptedPrivateKeyPem` and the key belongs to `publicKeyPem`:
// false for a wrong passphrase or a key of another pair. Throws td::Error when a PEM cannot be
// read at all, or the private key is not encrypted (it would open with any passphrase).
bool unlocksSealingKey(const QByteArray& encryptedPrivateKeyPem, const QByteArray& publicKeyPem,
                       const QByteArray& passphrase);

// SHA-256 of a PEM public key's DER encoding, lower-case hex; throws td::Error on a bad key.
QString publicKeyFingerprint(const QByteArray& publicKeyPem);

} // namespace td
