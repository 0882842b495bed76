#pragma once

#include "domain/bid.h"
#include "domain/tender.h"

#include <QSqlQuery>
#include <QString>

// The rows of a tender, a bid and an award as the readers select them: one column list and one
// parser each, shared by the reader of one tender (TenderReader) and the readers that page
// through the market in bulk.
namespace td::tenderrows {

// The columns of a tender, from "tenders t JOIN organizations o ON o.id = t.buyer_id".
QString tenderColumns();
// The tender of the query's current row, its first columns tenderColumns(): without its lots,
// criteria, clarifications, bids or awards.
Tender tender(const QSqlQuery& row);

// The columns of a bid, from "bids b JOIN organizations o ON o.id = b.vendor_id".
QString bidColumns();
// Without its hardware lines and price breakdown.
Bid bid(const QSqlQuery& row);

// The columns of an award, from "awards a".
QString awardColumns();
Award award(const QSqlQuery& row);

// The number of columns each list has: a query's own columns follow them.
constexpr int tenderColumnCount = 26;
constexpr int bidColumnCount = 11;
constexpr int awardColumnCount = 14;

} // namespace td::tenderrows
