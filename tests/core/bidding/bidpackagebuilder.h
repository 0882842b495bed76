#pragma once
// Bid packages made by hand in the tests, from the documented format (docs/sealing.md) and the
// sealing library alone, so that a test can build what no honest desk would: a file changed
// after signing, one too many, a manifest signed by someone else.
#include "exchange/ziparchive.h"
#include "sealing/ciphersuite.h"
#include "sealing/signingidentity.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace td::test {

inline const QByteArray vendorPassphrase = QByteArrayLiteral("投标人口令 vendor passphrase");

// A vendor's identity, made once per suite and organisation and kept for the test run (making
// one takes a scrypt).
struct Vendor
{
    QString organization;
    QString uscc;
    SigningIdentity identity;
};
// `which`: 0 to 4, five different organisations.
const Vendor& vendor(CipherSuite suite, int which = 0);

// Where a package is sent: the tender's reference and the key bids are sealed to.
struct PackageTarget
{
    QString reference;
    QString sealingKeyFingerprint;
    QByteArray sealingPublicKeyPem;
    CipherSuite suite = CipherSuite::International;
};

class BidPackageBuilder
{
public:
    BidPackageBuilder(const PackageTarget& target, const Vendor& vendor);

    // A bid whose payload is the given bytes as they are (not sealed): enough for the receipt,
    // which never unseals.
    BidPackageBuilder& withOpaquePayload(const QByteArray& ciphertext);
    // A bid whose payload is `plaintext` (an inner zip) sealed to the target's key.
    BidPackageBuilder& withSealedPayload(const QByteArray& plaintext);
    BidPackageBuilder& asWithdrawal();

    // The payload and envelope entries (everything but the manifest and the signature).
    QList<ArchiveEntry> payloadEntries() const { return m_payload; }
    QJsonObject manifest() const;
    QByteArray manifestBytes() const;
    // Every entry, manifest and signature included, signed by the vendor.
    QList<ArchiveEntry> entries() const;
    // Writes entries() as a .zip; returns the path.
    QString write(const QString& path) const;

private:
    PackageTarget m_target;
    const Vendor& m_vendor;
    bool m_withdrawal = false;
    QList<ArchiveEntry> m_payload;
};

// The inner zip of a sealed bid: bid.json and its documents, stored.
QByteArray innerZip(const QList<ArchiveEntry>& entries);

QString sha256Hex(const QByteArray& bytes);

} // namespace td::test
