#include "tenderrows.h"

#include "sql.h"

namespace td::tenderrows {

QString tenderColumns()
{
    return QStringLiteral(
        "t.id, t.reference, t.title, t.buyer_id, o.name, t.category, t.procurement_method, "
        "t.description, t.budget_minor, t.currency, t.time_zone, t.published_at, "
        "t.clarification_deadline, t.bid_deadline, t.opening_at, t.status, "
        "t.min_domestic_share_percent, t.tokens_per_year, t.concurrent_users, t.slo_ttft_ms, "
        "t.slo_tpot_ms, t.slo_availability_percent, t.benchmark_suite, "
        "t.peak_concurrent_requests, t.purchase_kind, t.origin");
}

Tender tender(const QSqlQuery& q)
{
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
    return t;
}

QString bidColumns()
{
    return QStringLiteral("b.id, b.tender_id, b.lot_id, b.vendor_id, o.short_name, "
                          "b.submitted_at, b.total_price_minor, b.currency, b.model_offered, "
                          "b.status, b.delivers_hardware");
}

Bid bid(const QSqlQuery& q)
{
    Bid b;
    b.id = q.value(0).toLongLong();
    b.tenderId = q.value(1).toLongLong();
    b.lotId = q.value(2).toLongLong();
    b.vendorId = q.value(3).toLongLong();
    b.vendorName = q.value(4).toString();
    b.submittedAt = sql::toDateTime(q.value(5));
    b.totalPrice = Money(q.value(6).toLongLong(), q.value(7).toString());
    b.modelOffered = q.value(8).toString();
    b.status = parseCode<BidStatus>(q.value(9).toString()).value_or(BidStatus::Pending);
    b.deliversHardware = q.value(10).toInt() != 0;
    return b;
}

QString awardColumns()
{
    return QStringLiteral("a.id, a.tender_id, a.lot_id, a.bid_id, a.vendor_id, a.amount_minor, "
                          "a.currency, a.status, a.decided_at, a.cost_verdict, "
                          "a.cost_without_voucher_minor, a.cost_with_voucher_minor, "
                          "a.standstill_ends_at, a.justification");
}

Award award(const QSqlQuery& q)
{
    Award a;
    a.id = q.value(0).toLongLong();
    a.tenderId = q.value(1).toLongLong();
    a.lotId = q.value(2).toLongLong();
    a.bidId = q.value(3).toLongLong();
    a.vendorId = q.value(4).toLongLong();
    a.amount = Money(q.value(5).toLongLong(), q.value(6).toString());
    a.status = parseCode<AwardStatus>(q.value(7).toString()).value_or(AwardStatus::Pending);
    a.decidedAt = sql::toDateTime(q.value(8));
    a.costVerdict = q.value(9).toString();
    if (!q.value(10).isNull())
        a.costWithoutVoucher = Money(q.value(10).toLongLong(), a.amount.currency());
    if (!q.value(11).isNull())
        a.costWithVoucher = Money(q.value(11).toLongLong(), a.amount.currency());
    a.standstillEndsAt = sql::toDateTime(q.value(12));
    a.justification = q.value(13).toString();
    return a;
}

} // namespace td::tenderrows
