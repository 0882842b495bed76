#pragma once

// Issues the two kinds of certificate TenderDesk makes: a vendor's self-signed identity
// certificate, and the recipient certificate a vendor's desk issues for a tender's public key so
// that CMS can address the sealed bid to it (CMS names recipients by certificate).

#include "opensslsupport.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace td {

class PrivateKey;

struct CertificateRequest
{
    QList<QPair<int, QString>> subject; // (NID, UTF-8 value), in order
    EVP_PKEY* subjectKey = nullptr;     // the certified public key
    X509* issuer = nullptr;             // null: self-signed
    QDateTime notBefore;
    QDateTime notAfter;
    const char* keyUsage = "critical,digitalSignature";
};

// A signed X.509 v3 certificate with a random serial, basicConstraints CA:FALSE, the given key
// usage and a subject key identifier (and the issuer's as authority key identifier), signed by
// `issuerKey` with SHA-256 (P-256) or SM3 with the default SM2 ID (SM2). Throws td::Error.
openssl::Certificate issueCertificate(const CertificateRequest& request,
                                      const PrivateKey& issuerKey);

QByteArray certificatePemOf(X509* certificate);

} // namespace td
