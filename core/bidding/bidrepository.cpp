#include "bidrepository.h"

#include "store/sql.h"

#include <QHash>

namespace td {

BidRepository::BidRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<OpenedBidRow> BidRepository::openedBids(qint64 tenderId) const
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT b.id, b.submission_id, o.name, o.uscc, l.number, "
                       "b.total_price_minor, b.currency, b.price_per_million_tokens_minor, "
                       "b.model_offered, b.delivers_hardware, b.status, (SELECT count(*) FROM "
                       "documents d WHERE d.bid_id = b.id) FROM bids b JOIN organizations o ON "
                       "o.id = b.vendor_id JOIN lots l ON l.id = b.lot_id WHERE b.tender_id = ? "
                       "AND b.submission_id IS NOT NULL ORDER BY b.submission_id"),
        {tenderId});
    QList<OpenedBidRow> rows;
    QHash<qint64, qsizetype> byId;
    while (q.next()) {
        OpenedBidRow r;
        r.bidId = q.value(0).toLongLong();
        r.submissionId = q.value(1).toLongLong();
        r.vendor = q.value(2).toString();
        r.uscc = q.value(3).toString();
        r.lotNumber = q.value(4).toInt();
        r.totalPrice = Money(q.value(5).toLongLong(), q.value(6).toString());
        if (!q.isNull(7))
            r.pricePerMillionTokens = Money(q.value(7).toLongLong(), q.value(6).toString());
        r.model = q.value(8).toString();
        r.deliversHardware = q.value(9).toInt() != 0;
        r.status = parseCode<BidStatus>(q.value(10).toString()).value_or(BidStatus::Pending);
        r.documentCount = q.value(11).toInt();
        byId.insert(r.bidId, rows.size());
        rows.append(r);
    }
    QSqlQuery h = sql::run(m_db,
                           QStringLiteral("SELECT h.bid_id, h.accelerator_model, h.unit_count FROM "
                                          "bid_hardware_lines h JOIN bids b ON b.id = h.bid_id "
                                          "WHERE b.tender_id = ? ORDER BY h.bid_id, "
                                          "h.accelerator_model"),
                           {tenderId});
    while (h.next())
        if (const auto at = byId.constFind(h.value(0).toLongLong()); at != byId.cend())
            rows[*at].hardware.append({h.value(1).toString(), h.value(2).toInt()});
    return rows;
}

} // namespace td
