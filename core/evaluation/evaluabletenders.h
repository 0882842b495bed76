#pragma once

#include "domain/codes.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace td {

// A tender the Evaluation workspace works on: its bids were opened, and it is being evaluated,
// or was evaluated and awarded.
struct EvaluableTender
{
    qint64 id = 0;
    QString reference;
    QString title;
    QString buyerName;
    TenderStatus status = TenderStatus::Opened;
    QDateTime openingAt; // UTC; invalid when none is set
    QString timeZone;    // the tender's, its times are read in
};

// The tenders past their opening whose reference or title contains `text` (any case; empty:
// all), the latest opening first, at most `limit`.
QList<EvaluableTender> evaluableTenders(const QSqlDatabase& db, const QString& text,
                                        int limit = 500);

// The statuses of a tender whose bids were opened, in lifecycle order.
QList<TenderStatus> evaluableStatuses();

} // namespace td
