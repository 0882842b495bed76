#pragma once

#include "sealing/ciphersuite.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

// One entry of a bid package the manifest vouches for.
struct BidPackageFile
{
    QString path;
    qint64 bytes = 0;
    QString sha256; // lower-case hex
};

// manifest.json of a bid package ("tenderdesk-bid-package-1", docs/sealing.md): which tender
// and key the bid is sealed for, who signs it, when and on which machine it was made, and every
// other entry (the signature and the manifest itself aside) with its size and SHA-256. The
// signature covers its exact bytes.
struct BidPackageManifest
{
    static constexpr const char* format = "tenderdesk-bid-package-1";
    enum class Kind
    {
        Bid,
        Withdrawal
    };

    Kind kind = Kind::Bid;
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
};

// "bid" / "withdrawal".
QString bidPackageKindCode(BidPackageManifest::Kind kind);

// The manifest's bytes: indented UTF-8 JSON.
QByteArray bidPackageManifestJson(const BidPackageManifest& manifest);

// Reads a manifest; throws td::Error naming the first field that is missing or wrong.
BidPackageManifest readBidPackageManifest(const QByteArray& json);

} // namespace td
