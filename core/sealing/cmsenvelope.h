#pragma once

// The international envelope: CMS AuthEnvelopedData (RFC 5083) with AES-256-GCM, the content
// key agreed by ECDH P-256 (RFC 5753, X9.63 KDF over SHA-256, AES-256 key wrap) with the tender
// key, the recipient named by key identifier, the content detached. Opened by
// `openssl cms -decrypt -inform DER -in payload.cms -content payload.bin -inkey tender.key`.

#include "envelope.h"
#include "opensslsupport.h"

namespace td::cmsenvelope {

// Seals to `tenderKey` (P-256), naming it by a certificate that `issuerKey` and
// `issuerCertificate` (the vendor) issue for it; returns the DER of the CMS without content.
QByteArray seal(QIODevice& plaintext, QIODevice& ciphertextOut, EVP_PKEY* tenderKey,
                const PrivateKey& issuerKey, X509* issuerCertificate,
                const StreamProgress& progress);

void unseal(const QByteArray& cmsDer, QIODevice& ciphertext, QIODevice& plaintextOut,
            const PrivateKey& tenderKey, const StreamProgress& progress);

} // namespace td::cmsenvelope
