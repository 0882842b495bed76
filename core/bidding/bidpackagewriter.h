#pragma once

#include "bidpackagemanifest.h"
#include "domain/bidcontent.h"
#include "sealing/ciphersuite.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace td {

class Database;
class PrivateKey;

// The tender a bid is sealed for, as the vendor's desk imported it from its package.
struct SealingTarget
{
    QString reference;
    QString ocid;
    QString sealingKeyFingerprint;
    CipherSuite suite = CipherSuite::International;
    QByteArray publicKeyPem;
};

// The stored tender's sealing target; throws td::Error when the desk has no such tender or no
// key for it.
SealingTarget sealingTargetOf(const Database& database, const QString& reference);

// Who signs: the desk's identity, its key unlocked with the passphrase.
struct PackageSigner
{
    QString organization;
    QString uscc;
    QByteArray certificatePem;
    QString certificateFingerprint;
    const PrivateKey& key;
};

// Called with the bytes done and the bytes to do in all; returning false cancels.
using PackageProgress = std::function<bool(qint64 done, qint64 total)>;

// What was written.
struct WrittenPackage
{
    QString sha256; // of the whole package file, lower-case hex: what the buyer's receipt names
    qint64 bytes = 0;
    BidPackageManifest manifest;
    BidContent sealed; // with each document's file, size and SHA-256, as sealed in bid.json
};

// Writes a bid package (docs/sealing.md) to `outPath`, all or nothing: the documents (each a
// PDF, found under `documentsDir` when its path is relative; those without a path are left
// out) and bid.json go into a stored zip in a temporary file, which is sealed to the tender's
// key into another; the manifest lists the payload's files with their SHA-256 and the machine
// fingerprint and is signed; the package is written beside `outPath` and renamed into place.
// Documents stream through in 64 KiB chunks: memory stays flat with their size. Throws td::Error
// (SealingCancelled when `progress` cancels); then nothing is left at `outPath` (an existing
// file stays as it was) and no temporary file remains.
WrittenPackage writeBidPackage(const QString& outPath, const SealingTarget& tender,
                               const PackageSigner& signer, BidContent bid,
                               const QString& documentsDir, const PackageProgress& progress = {});

// Writes a signed withdrawal notice for the signer's bid to `tender`: a manifest of kind
// "withdrawal" with no payload, and its signature. All or nothing, like writeBidPackage.
WrittenPackage writeWithdrawalPackage(const QString& outPath, const SealingTarget& tender,
                                      const PackageSigner& signer);

} // namespace td
