#pragma once

#include "ciphersuite.h"
#include "domain/error.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace td {

class PrivateKey;

// What a sealed payload needs besides its ciphertext (docs/sealing.md).
// International: `bytes` is payload.cms, a CMS AuthEnvelopedData (DER, AES-256-GCM, ECDH P-256
// key agreement) whose content is detached: the ciphertext is payload.bin.
// National: `bytes` is payload.key.sm2, the SM2 encryption (DER) of the ASCII text
// "sm4-key=<32 hex>\nsm4-iv=<32 hex>\nhmac-sm3-key=<64 hex>\n"; the ciphertext is SM4-CBC with
// PKCS#7 padding, and `mac` is HMAC-SM3 over the ciphertext as 64 lower-case hex characters.
struct Envelope
{
    CipherSuite suite = CipherSuite::International;
    QString fileName; // "payload.cms" / "payload.key.sm2"
    QByteArray bytes;
    QByteArray mac; // national: 64 lower-case hex characters (payload.mac); else empty
};

// Called after each chunk with the plaintext bytes done so far; returning false cancels.
using StreamProgress = std::function<bool(qint64 bytesDone)>;

// Sealing or unsealing was cancelled through the progress callback.
class SealingCancelled : public Error
{
public:
    SealingCancelled();
};

// The ciphertext's entry name in a bid package: "payload.bin"; and the national MAC's.
QString ciphertextFileName();
QString macFileName(); // "payload.mac"

// Encrypts `plaintext` (read to its end) into `ciphertextOut` in 64 KiB chunks, to the tender's
// public key (P-256 for International, SM2 for National). International needs a recipient
// certificate for the tender key: `issuerKey` and `issuerCertificatePem` (the vendor's identity)
// issue it. Throws td::Error on failure and SealingCancelled when `progress` returns false; then
// `ciphertextOut` holds a partial ciphertext the caller discards.
Envelope seal(QIODevice& plaintext, QIODevice& ciphertextOut, const QByteArray& tenderPublicKeyPem,
              CipherSuite suite, const PrivateKey& issuerKey,
              const QByteArray& issuerCertificatePem, const StreamProgress& progress = {});

// Decrypts `ciphertext` into `plaintextOut` in 64 KiB chunks. Throws td::Error when the key is
// not the recipient, or the GCM tag or the HMAC fails: both are checked at the end of the stream,
// so `plaintextOut` then holds unauthenticated bytes and the caller must discard them.
void unseal(const Envelope& envelope, QIODevice& ciphertext, QIODevice& plaintextOut,
            const PrivateKey& tenderKey, const StreamProgress& progress = {});

} // namespace td
