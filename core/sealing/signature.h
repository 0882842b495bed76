#pragma once

#include "ciphersuite.h"

#include <QByteArray>
#include <QString>

namespace td {

class PrivateKey;

// A bid package's signature over the exact bytes of its manifest. International: a detached
// CMS SignedData (DER), ECDSA P-256 over SHA-256, carrying the certificate (what `openssl cms
// -verify -binary -content manifest.json` checks). National: an SM2 signature (DER) over SM3
// with the default user ID "1234567812345678" (what `openssl pkeyutl -verify -rawin -digest sm3`
// checks). The suite is the key's. Throws td::Error when the certificate is not the key's.
QByteArray signManifest(const QByteArray& manifest, const PrivateKey& key,
                        const QByteArray& certificatePem);
// True only when `signature` is the signature of the key certified by `certificatePem` over
// exactly `manifest`; false for anything else, malformed input included.
bool verifyManifest(const QByteArray& manifest, const QByteArray& signature,
                    const QByteArray& certificatePem);
// "signature.p7s" / "signature.sm2": the signature's entry name in a bid package.
QString signatureFileName(CipherSuite suite);

// A raw signature over `data`: ECDSA over SHA-256 (P-256) or SM2 over SM3 with the default user
// ID, DER (receipts: `openssl pkeyutl -verify -rawin -digest sha256|sm3`).
QByteArray signBytes(const QByteArray& data, const PrivateKey& key);
// True only when `signature` is the signature of the key `publicKeyPem` over exactly `data`.
bool verifyBytes(const QByteArray& data, const QByteArray& signature,
                 const QByteArray& publicKeyPem);

} // namespace td
