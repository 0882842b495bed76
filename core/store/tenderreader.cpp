#include "tenderreader.h"

#include "sql.h"
#include "tenderrows.h"

#include <QHash>
#include <QSqlQuery>

namespace td {

TenderReader::TenderReader(QSqlDatabase db)
    : m_db(std::move(db))
{}

qint64 TenderReader::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM tenders")).toLongLong();
}

QString TenderReader::nextReference(int year) const
{
    const QString prefix = QStringLiteral("TD-%1-").arg(year);
    const QString last = sql::scalar(m_db,
                                     QStringLiteral("SELECT MAX(reference) FROM tenders WHERE "
                                                    "reference LIKE ?"),
                                     {prefix + QLatin1Char('%')})
                             .toString();
    const qint64 number = last.isEmpty() ? 1 : last.mid(prefix.size()).toLongLong() + 1;
    return prefix + QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
}

qint64 TenderReader::bidCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM bids")).toLongLong();
}

std::optional<Tender> TenderReader::byReference(const QString& reference) const
{
    const QVariant id = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM tenders WHERE reference = ?"), {reference});
    if (!id.isValid())
        return std::nullopt;
    return byId(id.toLongLong());
}

std::optional<Tender> TenderReader::byBidId(qint64 bidId) const
{
    const QVariant id =
        sql::scalar(m_db, QStringLiteral("SELECT tender_id FROM bids WHERE id = ?"), {bidId});
    if (!id.isValid())
        return std::nullopt;
    return byId(id.toLongLong());
}

std::optional<Tender> TenderReader::byId(qint64 id) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT ") + tenderrows::tenderColumns() +
                               QStringLiteral(" FROM tenders t JOIN organizations o ON o.id = "
                                              "t.buyer_id WHERE t.id = ?"),
                           {id});
    if (!q.next())
        return std::nullopt;
    Tender t = tenderrows::tender(q);
    readLots(t);
    readBidDocuments(t);
    readCriteria(t);
    readExcluded(t);
    readClarifications(t);
    readBids(t);
    readAwards(t);
    return t;
}

void TenderReader::readLots(Tender& t) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, number, title, budget_minor, currency FROM "
                                          "lots WHERE tender_id = ? ORDER BY number"),
                           {t.id});
    while (q.next())
        t.lots.append(Lot{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                          Money(q.value(3).toLongLong(), q.value(4).toString())});
}

void TenderReader::readCriteria(Tender& t) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, code, name, weight FROM criteria WHERE "
                                          "tender_id = ? ORDER BY position"),
                           {t.id});
    while (q.next())
        t.criteria.append(Criterion{q.value(0).toLongLong(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toInt()});
}

void TenderReader::readBidDocuments(Tender& t) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT kind, title, mandatory FROM tender_bid_documents "
                                          "WHERE tender_id = ? ORDER BY position"),
                           {t.id});
    while (q.next())
        t.bidDocuments.append(BidDocumentRequirement{
            parseCode<BidDocumentKind>(q.value(0).toString()).value_or(BidDocumentKind::Other),
            q.value(1).toString(), q.value(2).toInt() != 0});
}

void TenderReader::readExcluded(Tender& t) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT accelerator_model FROM "
                                          "tender_excluded_accelerators WHERE tender_id = ? "
                                          "ORDER BY accelerator_model"),
                           {t.id});
    while (q.next())
        t.hardwareRules.excludedModels.append(q.value(0).toString());
}

void TenderReader::readClarifications(Tender& t) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, asked_at, asker_id, question, answer, "
                                          "answered_at FROM clarifications WHERE tender_id = ? "
                                          "ORDER BY asked_at, id"),
                           {t.id});
    while (q.next())
        t.clarifications.append(Clarification{q.value(0).toLongLong(), sql::toDateTime(q.value(1)),
                                              q.value(2).toLongLong(), q.value(3).toString(),
                                              q.value(4).toString(), sql::toDateTime(q.value(5))});
}

void TenderReader::readBids(Tender& t) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT ") + tenderrows::bidColumns() +
                               QStringLiteral(" FROM bids b JOIN organizations o ON o.id = "
                                              "b.vendor_id WHERE b.tender_id = ? ORDER BY "
                                              "b.total_price_minor, b.id"),
                           {t.id});
    QHash<qint64, qsizetype> indexById;
    while (q.next()) {
        const Bid b = tenderrows::bid(q);
        indexById.insert(b.id, t.bids.size());
        t.bids.append(b);
    }
    QSqlQuery hw = sql::run(m_db,
                            QStringLiteral("SELECT h.bid_id, h.accelerator_model, h.unit_count "
                                           "FROM bid_hardware_lines h JOIN bids b ON b.id = "
                                           "h.bid_id WHERE b.tender_id = ? ORDER BY h.bid_id, "
                                           "h.accelerator_model"),
                            {t.id});
    while (hw.next())
        t.bids[indexById.value(hw.value(0).toLongLong())].hardware.append(
            HardwareLine{hw.value(1).toString(), hw.value(2).toInt()});
    QSqlQuery items =
        sql::run(m_db,
                 QStringLiteral("SELECT p.bid_id, p.label, p.amount_minor, p.kind FROM "
                                "bid_price_items p JOIN bids b ON b.id = p.bid_id "
                                "WHERE b.tender_id = ? ORDER BY p.bid_id, "
                                "p.position"),
                 {t.id});
    while (items.next()) {
        Bid& b = t.bids[indexById.value(items.value(0).toLongLong())];
        b.breakdown.append(PriceItem{
            items.value(1).toString(), Money(items.value(2).toLongLong(), b.totalPrice.currency()),
            parseCode<PriceItemKind>(items.value(3).toString()).value_or(PriceItemKind::Other)});
    }
}

void TenderReader::readAwards(Tender& t) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT ") + tenderrows::awardColumns() +
                               QStringLiteral(" FROM awards a WHERE a.tender_id = ? ORDER BY "
                                              "a.lot_id, a.id"),
                           {t.id});
    while (q.next())
        t.awards.append(tenderrows::award(q));
}

} // namespace td
