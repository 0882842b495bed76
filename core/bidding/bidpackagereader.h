#pragma once

#include "bidpackagemanifest.h"
#include "exchange/ziparchive.h"
#include "sealing/envelope.h"
#include "sealing/signingidentity.h"

#include <QByteArray>
#include <QString>

namespace td {

// What a bid package's .zip may hold at most: 1,000 entries, 2 GiB unpacked, and no more than
// 100 bytes unpacked for each byte of the file (a zip bomb is refused as it crosses the ratio).
ZipLimits bidPackageLimits();

// A bid package read and checked: its manifest and signature hold, and every file is the one the
// manifest vouches for. Still sealed: the payload is ciphertext for the tender's key.
struct BidPackage
{
    BidPackageManifest manifest;
    QByteArray manifestJson; // the exact bytes signed
    QByteArray signature;
    CertificateInfo certificate; // the vendor's, read from the manifest
    // Kind "bid" only: the envelope (payload.cms or payload.key.sm2, and the national MAC) and
    // the ciphertext (payload.bin) with its SHA-256.
    Envelope envelope;
    QByteArray ciphertext;
    QString payloadSha256;
};

// Reads the bid package at `filePath` and checks, in this order: a safe archive
// (bidPackageLimits, plain relative paths, no links or devices), the manifest (present, complete,
// of this format), the files (each listed one present with its size and SHA-256, nothing
// unlisted, the layout of its kind and suite), the vendor's certificate (readable, the one the
// manifest names, of the manifest's USCC and suite) and its signature over manifest.json.
// Throws BidRefused with the reason; td::Error when the file cannot be read at all.
BidPackage readBidPackage(const QString& filePath);

// SHA-256 of a whole file, read in chunks, lower-case hex. Throws td::Error when unreadable.
QString fileSha256(const QString& filePath);

} // namespace td
