#pragma once

// What the evaluation tests share: a tender of the knowledge-assistant template (price 30,
// technical 30, benchmark accuracy 15, benchmark performance 10, security 10, service 5; lot 1
// budget 2,100,000.00 of a 3,000,000.00 ceiling), published, with bids sealed, received and
// opened for real, each carrying every mandatory document.
#include "domain/bidcontent.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace td::test {

struct OpenedTender
{
    QString reference;
    QList<qint64> bidIds; // in the order of the bids given
};

// A bid for lot 1 at `yuan`, on 16 Ascend 910B, declaring 1,500 ms to first token and 60 ms per
// output token (within the template's 2,000 and 80 ms).
BidContent evaluationBid(const QString& reference, qint64 yuan);

// Publishes the template tender (the opening is at `openedAt()`), lets `makeBids` write each
// vendor's bid (vendor i of bidpackagebuilder's five), seals, receives and opens them all.
OpenedTender
openedTender(const Database& db, const QString& folder,
             const std::function<QList<BidContent>(const QString& reference)>& makeBids);

// Three bids at 1,800,000, 1,600,000 and 1,200,000 yuan.
OpenedTender threeOpenedBids(const Database& db, const QString& folder);

QDateTime openedAt();

} // namespace td::test
