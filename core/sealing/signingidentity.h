#pragma once

#include "ciphersuite.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace td {

// A vendor's signing identity: a key pair of the suite's algorithm and a self-signed X.509 v3
// certificate naming the organisation (CN and O) and its unified social credit code
// (organizationIdentifier, 2.5.4.97), valid five years, signed with SHA-256 (P-256) or SM3
// (SM2), CA:FALSE, keyUsage digitalSignature. The private key is encrypted under the passphrase
// like a sealing key (PKCS#8, scrypt, AES-256-CBC).
struct SigningIdentity
{
    CipherSuite suite = CipherSuite::International;
    QByteArray certificatePem;
    QByteArray encryptedPrivateKeyPem;
    QString fingerprint; // SHA-256 of the certificate's DER, lower-case hex
};

// Throws td::Error for an empty organisation or USCC, a passphrase shorter than
// minimumPassphraseLength, or an OpenSSL failure.
SigningIdentity makeSigningIdentity(const QString& organization, const QString& uscc,
                                    CipherSuite suite, const QByteArray& passphrase);

// What a certificate says, as read back from its PEM.
struct CertificateInfo
{
    QString organization;
    QString uscc;
    CipherSuite suite = CipherSuite::International;
    QString fingerprint; // SHA-256 of the certificate's DER, lower-case hex
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray publicKeyPem;
};

// Throws td::Error for a PEM that is not a certificate with a P-256 or SM2 key.
CertificateInfo readCertificate(const QByteArray& certificatePem);

// SHA-256 of a PEM certificate's DER, lower-case hex. Throws td::Error on a bad certificate.
QString certificateFingerprint(const QByteArray& certificatePem);

} // namespace td
