#pragma once

#include "domain/bid.h"
#include "domain/money.h"
#include "domain/organization.h"
#include "domain/tender.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The bids and awards of an OCDS release (the bids extension, awards, tenderers and suppliers
// among the parties), as the opening and award releases publish them and as the market's OCDS
// export writes them: one writer, so that a reader merging the published releases with an
// export finds the same bid under the same id.
namespace td {

// A bid as a release lists it (OCDS bids extension).
struct ReleasedBid
{
    QString id; // the submission's id, or "bid-<bid id>" for a bid without a sealed submission
    Organization vendor;
    BidStatus status = BidStatus::Valid; // valid, disqualified, withdrawn, pending
    QDateTime date;                      // received, UTC
    Money value;                         // when the price is known (opened)
    int lotNumber = 0;                   // when the lot is known (opened)
};

// An award as a release publishes it: the decision as recorded (amount, status, date, the
// loss-making verdict with its amounts, the end of the standstill), who it goes to, and the
// winning bid's id among the released bids (ReleasedBid::id).
struct AwardedSupplier
{
    Award award; // its id (> 0) is the award's id in the release
    Organization supplier;
    QString bidId;
};

// The id a bid is released under: its sealed submission's number when it came through one (the
// opening published it so), else "bid-<bid id>".
QString releasedBidId(qint64 bidId, qint64 submissionId);

// A bidder among the release's parties (role tenderer, with its USCC as identifier).
QJsonObject tendererParty(const Organization& vendor);
// One bid as bids.details lists it. A status without an OCDS code (a draft) is left out.
QJsonObject bidDetail(const ReleasedBid& bid);

// Adds to `release`, a release of `tender` (ocds::tenderRelease), its awards, each with its
// value, status, date, supplier, related lot and bid, and the loss-making verdict under
// awards[].tenderdesk ({"costVerdict", "costToServe", "costToServeWithVoucher",
// "standstillEndsAt"}); every bidder among the parties (role tenderer) and the suppliers (role
// supplier); and the bids extension: every bid with the bid statistics of the whole tender and,
// when it has lots, of each lot (relatedLot). No "awards" key when `awards` is empty.
//
// The statistics, by their codes in the bidStatistics codelist: bids (every bid listed),
// validBids, bidders (organisations), qualifiedBidders (with a valid bid), disqualifiedBidders
// (with a disqualified bid and no valid one), lowestValidBidValue and highestValidBidValue
// (with their currency; left out when no valid bid has a price, or the valid prices are in more
// than one currency); and disqualifiedBids (a code of ours: the codelist counts disqualified
// bidders only). A bid without a lot counts for the whole tender only.
//
// The texts TenderDesk writes itself (award titles) are in Chinese when `language` is "zh".
// Throws std::invalid_argument when an award has no id or its bid is not among `bids` (a
// caller's mistake), td::Error when an amount is too large to publish (ocds::value).
void addBidsAndAwards(QJsonObject& release, const Tender& tender, const QList<ReleasedBid>& bids,
                      const QList<AwardedSupplier>& awards, const QString& language);

} // namespace td
