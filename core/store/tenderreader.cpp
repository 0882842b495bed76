#include "tenderreader.h"

#include "sql.h"

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
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT t.id, t.reference, t.title, t.buyer_id, o.name, t.category, "
                       "t.procurement_method, t.description, t.budget_minor, t.currency, "
                       "t.time_zone, t.published_at, t.clarification_deadline, t.bid_deadline, "
                       "t.opening_at, t.status, t.min_domestic_share_percent, t.tokens_per_year, "
                       "t.concurrent_users, t.slo_ttft_ms, t.slo_tpot_ms, "
                       "t.slo_availability_percent, t.benchmark_suite, "
                       "t.peak_concurrent_requests, t.purchase_kind, t.origin FROM tenders t JOIN "
                       "organizations o ON o.id = t.buyer_id WHERE t.id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    Tender t;
    t.id = q.value(0).toLongLong();
    t.reference = q.value(1).toString();
    t.title = q.value(2).toString();
    t.buyerId = q.value(3).toLongLong();
    t.buyerName = q.value(4).toString();
    t.category = parseCode<TenderCategory>(q.value(5).toString())
                     .value_or(TenderCategory::KnowledgeAssistant);
    t.method =
        parseCode<ProcurementMethod>(q.value(6).toString()).value_or(ProcurementMethod::OpenTender);
    t.description = q.value(7).toString();
    t.budgetCeiling = Money(q.value(8).toLongLong(), q.value(9).toString());
    t.timeZone = q.value(10).toString();
    t.publishedAt = sql::toDateTime(q.value(11));
    t.clarificationDeadline = sql::toDateTime(q.value(12));
    t.bidDeadline = sql::toDateTime(q.value(13));
    t.openingAt = sql::toDateTime(q.value(14));
    t.status = parseCode<TenderStatus>(q.value(15).toString()).value_or(TenderStatus::Draft);
    t.hardwareRules.minimumDomesticSharePercent = q.value(16).toInt();
    t.workload.contractedTokensPerYear = q.value(17).toLongLong();
    t.workload.concurrentUsers = q.value(18).toInt();
    t.workload.sloTimeToFirstTokenMs = q.value(19).toInt();
    t.workload.sloTimePerOutputTokenMs = q.value(20).toInt();
    t.workload.sloAvailabilityPercent = q.value(21).toDouble();
    t.benchmarkSuite = q.value(22).toString();
    t.workload.peakConcurrentRequests = q.value(23).toInt();
    t.purchaseKind =
        parseCode<PurchaseKind>(q.value(24).toString()).value_or(PurchaseKind::Services);
    t.origin = parseCode<TenderOrigin>(q.value(25).toString()).value_or(TenderOrigin::Own);
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
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral("SELECT b.id, b.lot_id, b.vendor_id, o.short_name, b.submitted_at, "
                                "b.total_price_minor, b.currency, b.model_offered, b.status, "
                                "b.delivers_hardware FROM bids b "
                                "JOIN organizations o ON o.id = b.vendor_id WHERE b.tender_id = ? "
                                "ORDER BY b.total_price_minor, b.id"),
                 {t.id});
    QHash<qint64, qsizetype> indexById;
    while (q.next()) {
        Bid b;
        b.id = q.value(0).toLongLong();
        b.tenderId = t.id;
        b.lotId = q.value(1).toLongLong();
        b.vendorId = q.value(2).toLongLong();
        b.vendorName = q.value(3).toString();
        b.submittedAt = sql::toDateTime(q.value(4));
        b.totalPrice = Money(q.value(5).toLongLong(), q.value(6).toString());
        b.modelOffered = q.value(7).toString();
        b.status = parseCode<BidStatus>(q.value(8).toString()).value_or(BidStatus::Pending);
        b.deliversHardware = q.value(9).toInt() != 0;
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
                           QStringLiteral("SELECT id, lot_id, bid_id, vendor_id, amount_minor, "
                                          "currency, status, decided_at, cost_verdict, "
                                          "cost_without_voucher_minor, cost_with_voucher_minor, "
                                          "standstill_ends_at, justification FROM awards WHERE "
                                          "tender_id = ? ORDER BY lot_id, id"),
                           {t.id});
    while (q.next()) {
        Award a;
        a.id = q.value(0).toLongLong();
        a.tenderId = t.id;
        a.lotId = q.value(1).toLongLong();
        a.bidId = q.value(2).toLongLong();
        a.vendorId = q.value(3).toLongLong();
        a.amount = Money(q.value(4).toLongLong(), q.value(5).toString());
        a.status = parseCode<AwardStatus>(q.value(6).toString()).value_or(AwardStatus::Pending);
        a.decidedAt = sql::toDateTime(q.value(7));
        a.costVerdict = q.value(8).toString();
        if (!q.value(9).isNull())
            a.costWithoutVoucher = Money(q.value(9).toLongLong(), a.amount.currency());
        if (!q.value(10).isNull())
            a.costWithVoucher = Money(q.value(10).toLongLong(), a.amount.currency());
        a.standstillEndsAt = sql::toDateTime(q.value(11));
        a.justification = q.value(12).toString();
        t.awards.append(a);
    }
}

} // namespace td
