#pragma once

// The national envelope (docs/sealing.md), since OpenSSL 3.0 has no CMS for SM2: a fresh SM4
// key and IV and an HMAC-SM3 key, written as ASCII text and SM2-encrypted to the tender key
// (payload.key.sm2); the content under SM4-CBC with PKCS#7 padding (payload.bin); HMAC-SM3 over
// that ciphertext (encrypt then MAC) as 64 lower-case hex characters (payload.mac). Each part
// opens with one `openssl` command: pkeyutl -decrypt, dgst -sm3 -mac HMAC, enc -d -sm4-cbc.

#include "envelope.h"

#include <openssl/evp.h>

namespace td::sm2envelope {

// Seals to `tenderKey` (SM2); returns the SM2-encrypted key text and the MAC in hex.
struct Sealed
{
    QByteArray encryptedKeys;
    QByteArray macHex;
};
Sealed seal(QIODevice& plaintext, QIODevice& ciphertextOut, EVP_PKEY* tenderKey,
            const StreamProgress& progress);

// Throws td::Error for a wrong key, a damaged key text, or a MAC that does not match.
void unseal(const QByteArray& encryptedKeys, const QByteArray& macHex, QIODevice& ciphertext,
            QIODevice& plaintextOut, const PrivateKey& tenderKey, const StreamProgress& progress);

} // namespace td::sm2envelope
