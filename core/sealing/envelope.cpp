#include "envelope.h"

#include <QCoreApplication>

namespace td {

SealingCancelled::SealingCancelled()
    : Error(QCoreApplication::translate("td::Envelope", "Sealing was cancelled."))
{}

QString ciphertextFileName()
{
    return QStringLiteral("payload.bin");
}

QString macFileName()
{
    return QStringLiteral("payload.mac");
}

Envelope seal(QIODevice&, QIODevice&, const QByteArray&, CipherSuite, const PrivateKey&,
              const QByteArray&, const StreamProgress&)
{
    throw Error(QStringLiteral("seal: in progress on branch sealing"));
}

void unseal(const Envelope&, QIODevice&, QIODevice&, const PrivateKey&, const StreamProgress&)
{
    throw Error(QStringLiteral("unseal: in progress on branch sealing"));
}

} // namespace td
