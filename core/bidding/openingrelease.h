#pragma once

#include "domain/money.h"
#include "domain/organization.h"
#include "domain/tender.h"
#include "domain/tenderrelease.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace td {

class Database;

// A bid as the opening release lists it (OCDS bids extension).
struct ReleasedBid
{
    QString id; // the submission's id
    Organization vendor;
    BidStatus status = BidStatus::Valid; // valid, disqualified (failed to open), withdrawn
    QDateTime date;                      // received, UTC
    Money value;                         // valid bids only
    int lotNumber = 0;                   // valid bids only
};

// What the later releases that list the bids (the award's) write as the opening does: a bidder
// among the release's parties (role tenderer, with its USCC as identifier), and one bid as
// bids.details lists it.
QJsonObject tendererParty(const Organization& vendor);
QJsonObject bidDetail(const ReleasedBid& bid);

// Writes the release of the opening (kind Opening, tag tenderUpdate) inside the caller's
// transaction: the tender as opened, with the bids extension (every bid received, its status,
// the tenderer and, for opened bids, the price and lot) and the tenderers among the parties.
// Call it right before the audit entry that records it (releaseAuditFields), as the release
// carries the audit head just before that entry.
TenderRelease writeOpeningRelease(const Database& database, const Tender& opened,
                                  const QList<ReleasedBid>& bids, const QDateTime& now);

} // namespace td
