#pragma once

#include "domain/money.h"
#include "domain/tenderrelease.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace td {

class Database;

// Where an opening stands, for a progress bar: bids done of all, the vendor being opened, and
// the bytes of its payload unsealed so far.
struct OpeningProgress
{
    int done = 0;
    int total = 0;
    QString vendor;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};
// Called between bids and between chunks; returning false cancels the opening, which then
// changes nothing.
using OpeningProgressCallback = std::function<bool(const OpeningProgress&)>;

// One submission as the opening found it.
struct OpenedSubmission
{
    qint64 submissionId = 0;
    qint64 bidId = 0; // 0 when it failed
    QString vendor;
    QString uscc;
    Money totalPrice; // opened bids only
    QString failure;  // why it failed to unseal or verify; empty when opened
};

struct OpeningResult
{
    QList<OpenedSubmission> submissions;
    int validBids = 0;
    int failedBids = 0;
    // Fewer valid bids than the method needs (3 in an open tender, else 1): the tender may
    // fail, and `warning` says so in a sentence.
    bool mayFail = false;
    QString warning;
    TenderRelease release;
};

// Opens the sealed bids of tender `reference` at `now`, all together: only after its bid
// deadline (and its opening time) and only once. The passphrase unlocks the tender's key
// (WrongPassphrase, and nothing changed, when it does not). Each sealed submission is unsealed
// and verified (unsealSubmission): a valid bid lands in bids with its price lines, hardware and
// documents; one that fails is marked failed with why, and audited. The tender moves to opened,
// with an opening release and its audit entry. One transaction: cancelled through `progress`
// or failing on the database, the opening changes nothing. Uses the calling thread's
// connection, so it may run on a worker thread. Throws td::Error saying why it cannot open.
OpeningResult openBids(const Database& database, const QString& reference,
                       const QByteArray& passphrase, const QDateTime& now, const QString& actor,
                       const OpeningProgressCallback& progress = {});

} // namespace td
