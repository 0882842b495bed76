#pragma once

#include "bidding/openingrelease.h"
#include "domain/bid.h"
#include "domain/organization.h"
#include "domain/tender.h"
#include "domain/tenderrelease.h"
#include "exchange/ocdsbids.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

class Database;

// Writes the release of the award (kind Award, tag award) inside the caller's transaction: the
// tender as awarded (status awarded or complete: OCDS tender.status "complete"), every award so
// far (a release is a snapshot: the award of an earlier lot stays in the next lot's release),
// each with its value, supplier, related lot and bid, and the loss-making verdict under
// awards[].tenderdesk ({"costVerdict", "costToServe", "costToServeWithVoucher",
// "standstillEndsAt"}); the suppliers and every bidder among the parties (roles supplier,
// tenderer); and the bids extension: every bid as evaluated (valid, disqualified, withdrawn; a
// bid disqualified in evaluation keeps its price and lot) with the bid statistics of the whole
// tender and, when it has lots, of each lot (relatedLot).
//
// The awards, parties and bids are written by addBidsAndAwards (exchange/ocdsbids.h, which
// lists the statistics), as the market's OCDS export writes them. A bid the opening could not
// open has no lot, so it counts for the whole tender only.
//
// Call it right before the audit entry that records it (releaseAuditFields), as the release
// carries the audit head just before that entry. Throws std::invalid_argument when the tender
// is not awarded, an award has no id or its bid is not among `bids` (a caller's mistake), and
// td::Error when an amount is too large to publish (ocds::value).
TenderRelease writeAwardRelease(const Database& database, const Tender& awarded,
                                const QList<ReleasedBid>& bids,
                                const QList<AwardedSupplier>& awards, const QDateTime& now);

} // namespace td
