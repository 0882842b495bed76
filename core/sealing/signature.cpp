#include "signature.h"

#include "domain/error.h"
#include "privatekey.h"

namespace td {

QByteArray signManifest(const QByteArray&, const PrivateKey&, const QByteArray&)
{
    throw Error(QStringLiteral("signManifest: in progress on branch sealing"));
}

bool verifyManifest(const QByteArray&, const QByteArray&, const QByteArray&)
{
    return false;
}

QString signatureFileName(CipherSuite suite)
{
    return suite == CipherSuite::International ? QStringLiteral("signature.p7s")
                                               : QStringLiteral("signature.sm2");
}

QByteArray signBytes(const QByteArray&, const PrivateKey&)
{
    throw Error(QStringLiteral("signBytes: in progress on branch sealing"));
}

bool verifyBytes(const QByteArray&, const QByteArray&, const QByteArray&)
{
    return false;
}

} // namespace td
