#include "signingidentity.h"

#include "certificatebuilder.h"
#include "domain/error.h"
#include "keyencryption.h"
#include "privatekey.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace td {
namespace {

// A vendor's certificate outlives any one tender: five years, like the CA-issued signing
// certificates Chinese e-bidding platforms accept.
constexpr int validityYears = 5;

QString tr(const char* text)
{
    return QCoreApplication::translate("td::SigningIdentity", text);
}

QString nameEntry(X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    unsigned char* utf8 = nullptr;
    const int length =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    const openssl::OpenSslBytes owned(utf8);
    return length < 0 ? QString() : QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
}

QDateTime timeOf(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString fingerprintOf(X509* certificate)
{
    unsigned char* der = nullptr;
    const int length = i2d_X509(certificate, &der);
    const openssl::OpenSslBytes owned(der);
    if (length <= 0)
        throw openssl::failure("td::SigningIdentity",
                               QT_TRANSLATE_NOOP("td::SigningIdentity",
                                                 "Could not encode the certificate (%1). Check "
                                                 "that OpenSSL 3 is installed completely."));
    return openssl::sha256Hex(der, static_cast<size_t>(length));
}

openssl::Certificate parse(const QByteArray& certificatePem)
{
    ERR_clear_error();
    openssl::Certificate certificate = openssl::readCertificatePem(certificatePem);
    if (!certificate)
        throw openssl::failure(
            "td::SigningIdentity",
            QT_TRANSLATE_NOOP("td::SigningIdentity",
                              "The vendor certificate is not a PEM X.509 certificate (%1). Use "
                              "the certificate from the vendor's bid package or identity."));
    return certificate;
}

} // namespace

SigningIdentity makeSigningIdentity(const QString& organization, const QString& uscc,
                                    CipherSuite suite, const QByteArray& passphrase)
{
    if (organization.trimmed().isEmpty())
        throw Error(tr("The organisation name is empty. Enter the vendor's registered name."));
    if (uscc.trimmed().isEmpty())
        throw Error(tr("The unified social credit code is empty. Enter the vendor's 18-character "
                       "code."));
    keyencryption::requireLongEnough(passphrase);
    const PrivateKey key = PrivateKey::generate(suite);
    CertificateRequest request;
    request.subject = {{NID_commonName, organization.trimmed()},
                       {NID_organizationName, organization.trimmed()},
                       {NID_organizationIdentifier, uscc.trimmed()}};
    request.subjectKey = key.handle();
    request.notBefore = QDateTime::currentDateTimeUtc();
    request.notAfter = request.notBefore.addYears(validityYears);
    const openssl::Certificate certificate = issueCertificate(request, key);

    SigningIdentity identity;
    identity.suite = suite;
    identity.certificatePem = certificatePemOf(certificate.get());
    identity.encryptedPrivateKeyPem = key.encryptedPem(passphrase);
    identity.fingerprint = fingerprintOf(certificate.get());
    return identity;
}

CertificateInfo readCertificate(const QByteArray& certificatePem)
{
    const openssl::Certificate certificate = parse(certificatePem);
    EVP_PKEY* publicKey = X509_get0_pubkey(certificate.get());
    if (!publicKey)
        throw openssl::failure("td::SigningIdentity",
                               QT_TRANSLATE_NOOP("td::SigningIdentity",
                                                 "The vendor certificate has no readable public "
                                                 "key (%1). Ask the vendor for a new package."));
    X509_NAME* subject = X509_get_subject_name(certificate.get());
    CertificateInfo info;
    info.organization = nameEntry(subject, NID_organizationName);
    info.uscc = nameEntry(subject, NID_organizationIdentifier);
    info.suite = openssl::suiteOfKey(publicKey);
    info.fingerprint = fingerprintOf(certificate.get());
    info.notBefore = timeOf(X509_get0_notBefore(certificate.get()));
    info.notAfter = timeOf(X509_get0_notAfter(certificate.get()));
    info.publicKeyPem = openssl::publicKeyPemOf(publicKey);
    return info;
}

QString certificateFingerprint(const QByteArray& certificatePem)
{
    const openssl::Certificate certificate = parse(certificatePem);
    return fingerprintOf(certificate.get());
}

} // namespace td
