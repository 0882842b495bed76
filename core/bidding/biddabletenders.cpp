#include "biddabletenders.h"

#include "store/sql.h"

namespace td {

QList<BiddableTender> biddableTenders(const QSqlDatabase& db, int limit)
{
    const QList<TenderStatus> statuses{TenderStatus::Published, TenderStatus::Tendering,
                                       TenderStatus::BidDeadlinePassed, TenderStatus::Opened};
    QStringList marks;
    QVariantList values;
    for (TenderStatus status : statuses) {
        marks.append(QStringLiteral("?"));
        values.append(codeOf(status));
    }
    values.append(limit);
    // Newest deadline first: the tenders still taking bids come before those opened long ago.
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT t.id, t.reference, t.title, o.name, t.status, t.origin, "
                       "t.bid_deadline FROM tenders t JOIN organizations o ON o.id = t.buyer_id "
                       "WHERE t.status IN (%1) ORDER BY t.bid_deadline DESC, t.id DESC LIMIT ?")
            .arg(marks.join(QStringLiteral(", "))),
        values);
    QList<BiddableTender> tenders;
    while (q.next()) {
        BiddableTender t;
        t.id = q.value(0).toLongLong();
        t.reference = q.value(1).toString();
        t.title = q.value(2).toString();
        t.buyerName = q.value(3).toString();
        t.status = parseCode<TenderStatus>(q.value(4).toString()).value_or(TenderStatus::Published);
        t.origin = parseCode<TenderOrigin>(q.value(5).toString()).value_or(TenderOrigin::Own);
        t.bidDeadline = sql::toDateTime(q.value(6));
        tenders.append(t);
    }
    return tenders;
}

} // namespace td
