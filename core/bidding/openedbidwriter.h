#pragma once

#include "bidsubmission.h"
#include "bidunsealing.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace td {

// Lands an opened bid in the tables the rest of TenderDesk reads (bids, bid_price_items,
// bid_hardware_lines, documents with their text and metadata), status valid, linked to its
// submission, inside the caller's transaction. Returns the bid's id.
qint64 landOpenedBid(const QSqlDatabase& db, const BidSubmission& submission,
                     const UnsealedBid& bid, const QDateTime& now);

// "DeepSeek-V3 0324 671B (INT8)": the model offered as one line, for lists.
QString modelOfferText(const ModelOffer& model);

} // namespace td
