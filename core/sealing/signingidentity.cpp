#include "signingidentity.h"

#include "domain/error.h"

namespace td {

SigningIdentity makeSigningIdentity(const QString&, const QString&, CipherSuite, const QByteArray&)
{
    throw Error(QStringLiteral("makeSigningIdentity: in progress on branch sealing"));
}

CertificateInfo readCertificate(const QByteArray&)
{
    throw Error(QStringLiteral("readCertificate: in progress on branch sealing"));
}

QString certificateFingerprint(const QByteArray&)
{
    throw Error(QStringLiteral("certificateFingerprint: in progress on branch sealing"));
}

} // namespace td
