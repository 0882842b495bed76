#pragma once

#include "bidrepository.h"
#include "bidsubmission.h"
#include "domain/audithead.h"
#include "domain/organization.h"
#include "domain/tender.h"
#include "refusalrepository.h"

#include <QDateTime>
#include <QList>

namespace td {

class Database;

// One package the tender received, as the minutes record it.
struct MinutesSubmission
{
    BidSubmission submission;        // without blobs
    std::optional<OpenedBidRow> bid; // opened ones
};

// What the minutes of a bid opening say: the tender, when it was opened, every package received
// in order (opened with its price and model, failed with why, replaced, withdrawn, and the
// withdrawal notices), every package refused (late ones among them), and whether the tender may
// fail for want of valid bids.
struct OpeningMinutes
{
    Tender tender;
    Organization buyer;
    QDateTime openedAt; // of the opening release; invalid before the opening
    QString releaseId;
    QList<MinutesSubmission> submissions;
    QList<BidRefusal> refusals;
    int validBids = 0;
    int neededBids = 3;  // 3 in an open tender, else 1
    AuditHead auditHead; // the audit log's newest entry when the minutes were read
};

// Reads the minutes of tender `reference`'s opening. Throws td::Error when there is no such
// tender or its bids have not been opened yet.
OpeningMinutes openingMinutes(const Database& database, const QString& reference);

} // namespace td
