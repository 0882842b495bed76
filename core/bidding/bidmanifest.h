#pragma once

#include "sealing/ciphersuite.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

// "tenderdesk-bid-package-1": the format of a bid package's manifest.json (docs/sealing.md).
QString bidPackageFormat();

enum class BidPackageKind
{
    Bid,        // carries a sealed payload
    Withdrawal, // a signed notice that withdraws the vendor's current bid; no payload
};

// One file of the package that the manifest vouches for (every entry but the manifest and the
// signature).
struct BidPackageFile
{
    QString path;
    qint64 bytes = 0;
    QString sha256; // lower-case hex
};

// What a bid package's manifest.json says: which tender and key the bid is sealed to, who sends
// it (with the certificate that checks the signature), and every file's size and digest.
struct BidManifest
{
    BidPackageKind kind = BidPackageKind::Bid;
    QString tenderReference;
    QString ocid;
    QString sealingKeyFingerprint;
    CipherSuite suite = CipherSuite::International;
    QString organization;
    QString uscc;
    QByteArray certificatePem;
    QString certificateFingerprint;
    QDateTime createdAt; // UTC
    QString machineFingerprint;
    QList<BidPackageFile> files;

    const BidPackageFile* file(const QString& path) const;
};

// "bid" / "withdrawal".
QString bidPackageKindCode(BidPackageKind kind);

// Reads manifest.json. Throws td::Error naming the first field that is missing or wrong (and
// what it should hold) for anything that is not a complete manifest of this format.
BidManifest readBidManifest(const QByteArray& json);

} // namespace td
