#pragma once

#include "domain/money.h"
#include "domain/organization.h"
#include "domain/tender.h"
#include "domain/tenderrelease.h"
#include "exchange/ocdsbids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace td {

class Database;

// Writes the release of the opening (kind Opening, tag tenderUpdate) inside the caller's
// transaction: the tender as opened, with the bids extension (every bid received, its status,
// the tenderer and, for opened bids, the price and lot) and the tenderers among the parties.
// Call it right before the audit entry that records it (releaseAuditFields), as the release
// carries the audit head just before that entry.
TenderRelease writeOpeningRelease(const Database& database, const Tender& opened,
                                  const QList<ReleasedBid>& bids, const QDateTime& now);

} // namespace td
