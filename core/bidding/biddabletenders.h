#pragma once

#include "domain/codes.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace td {

// A tender the Bids workspace works on: published and taking bids, past its bid deadline, or
// opened; the desk's own (the buyer receives and opens) or imported from another buyer's tender
// package (the vendor prepares its bid).
struct BiddableTender
{
    qint64 id = 0;
    QString reference;
    QString title;
    QString buyerName;
    TenderStatus status = TenderStatus::Published;
    TenderOrigin origin = TenderOrigin::Own;
    QDateTime bidDeadline; // UTC; invalid when none is set
};

// The biddable tenders, those with the nearest bid deadline first, at most `limit`.
QList<BiddableTender> biddableTenders(const QSqlDatabase& db, int limit = 1000);

} // namespace td
