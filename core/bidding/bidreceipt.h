#pragma once

#include "bidpackagemanifest.h"
#include "bidrefusal.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace td {

class Database;

// "tenderdesk-bid-receipt-1": the format of the receipt the vendor gets.
QString bidReceiptFormat();

// What the buyer's desk signs for a package it took: the JSON (exact bytes signed) and the
// raw signature of the tender's receipt key over it, with that key's public half, so that
// `openssl pkeyutl -verify -pubin -inkey KEY.pem -rawin -digest sha256|sm3 -in R.json
// -sigfile R.sig` checks it.
struct BidReceipt
{
    BidPackageManifest::Kind kind = BidPackageManifest::Kind::Bid;
    qint64 submissionId = 0;
    QString tenderReference;
    QString vendor;
    QString uscc;
    QDateTime receivedAt;
    QString packageSha256;
    qint64 replacedSubmissionId = 0;  // a bid: the vendor's earlier bid it replaces
    qint64 withdrawnSubmissionId = 0; // a withdrawal: the bid it withdraws
    QByteArray json;
    QByteArray signature;
    QByteArray receiptKeyPem;
};

// What became of a package: taken (a receipt) or refused (the reason, recorded).
struct ReceiptOutcome
{
    bool accepted = false;
    BidReceipt receipt;     // when accepted
    RefusalReason reason{}; // when refused
    QString reasonCode;     // refusalCode(reason)
    QString message;        // why, a sentence for the vendor and the buyer
    qint64 refusalId = 0;   // the bid_refusals row
};

// Takes the bid package (or withdrawal notice) at `packagePath` for the tender it names, at
// `now`. A package is refused, and nothing of it stored but a bid_refusals row and an audit
// entry, when it is unsafe or malformed (readBidPackage), for no tender here, for a tender that
// takes no bids, late (at or after the bid deadline: never opened), sealed to another key, or
// received before (the same SHA-256). A bid is stored sealed; a later bid of the same vendor
// (USCC) replaces its earlier one; a withdrawal withdraws it. One transaction each way. Throws
// td::Error only when the file cannot be read or the database fails.
ReceiptOutcome receiveBidPackage(const Database& database, const QString& packagePath,
                                 const QDateTime& now, const QString& actor);

} // namespace td
