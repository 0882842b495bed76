#include "envelope.h"

#include "cmsenvelope.h"
#include "opensslsupport.h"
#include "privatekey.h"
#include "sm2envelope.h"

#include <QCoreApplication>

namespace td {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td::Envelope", text);
}

QString envelopeFileName(CipherSuite suite)
{
    return suite == CipherSuite::International ? QStringLiteral("payload.cms")
                                               : QStringLiteral("payload.key.sm2");
}

void requireSuite(CipherSuite expected, CipherSuite actual)
{
    if (expected != actual)
        throw Error(tr("The key is for the %1 suite but the bid uses the %2 suite. Use the "
                       "tender's own key.")
                        .arg(cipherSuiteName(actual), cipherSuiteName(expected)));
}

} // namespace

SealingCancelled::SealingCancelled()
    : Error(tr("Sealing or unsealing was cancelled; nothing was kept."))
{}

QString ciphertextFileName()
{
    return QStringLiteral("payload.bin");
}

QString macFileName()
{
    return QStringLiteral("payload.mac");
}

Envelope seal(QIODevice& plaintext, QIODevice& ciphertextOut, const QByteArray& tenderPublicKeyPem,
              CipherSuite suite, const PrivateKey& issuerKey,
              const QByteArray& issuerCertificatePem, const StreamProgress& progress)
{
    const openssl::Key tenderKey = openssl::readPublicKey(tenderPublicKeyPem);
    requireSuite(suite, openssl::suiteOfKey(tenderKey.get()));
    Envelope envelope;
    envelope.suite = suite;
    envelope.fileName = envelopeFileName(suite);
    if (suite == CipherSuite::National) {
        sm2envelope::Sealed sealed =
            sm2envelope::seal(plaintext, ciphertextOut, tenderKey.get(), progress);
        envelope.bytes = std::move(sealed.encryptedKeys);
        envelope.mac = std::move(sealed.macHex);
        return envelope;
    }
    const openssl::Certificate issuer = openssl::readCertificatePem(issuerCertificatePem);
    if (!issuer)
        throw Error(tr("The vendor certificate is not a PEM X.509 certificate. Create the "
                       "vendor identity again."));
    envelope.bytes = cmsenvelope::seal(plaintext, ciphertextOut, tenderKey.get(), issuerKey,
                                       issuer.get(), progress);
    return envelope;
}

void unseal(const Envelope& envelope, QIODevice& ciphertext, QIODevice& plaintextOut,
            const PrivateKey& tenderKey, const StreamProgress& progress)
{
    requireSuite(envelope.suite, tenderKey.suite());
    if (envelope.suite == CipherSuite::National)
        sm2envelope::unseal(envelope.bytes, envelope.mac, ciphertext, plaintextOut, tenderKey,
                            progress);
    else
        cmsenvelope::unseal(envelope.bytes, ciphertext, plaintextOut, tenderKey, progress);
}

} // namespace td
