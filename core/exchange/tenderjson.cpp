#include "tenderjson.h"

#include <QJsonArray>

namespace td::json {
namespace {

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject bid(const Bid& b)
{
    QJsonArray hardware;
    for (const HardwareLine& line : b.hardware)
        hardware.append(QJsonObject{{QStringLiteral("accelerator"), line.acceleratorModel},
                                    {QStringLiteral("count"), line.count}});
    QJsonArray breakdown;
    for (const PriceItem& item : b.breakdown)
        breakdown.append(QJsonObject{{QStringLiteral("label"), item.label},
                                     {QStringLiteral("kind"), codeOf(item.kind)},
                                     {QStringLiteral("amount"), money(item.amount)}});
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("lotId"), b.lotId},
            {QStringLiteral("vendor"), b.vendorName},
            {QStringLiteral("vendorId"), b.vendorId},
            {QStringLiteral("submittedAt"), time(b.submittedAt)},
            {QStringLiteral("totalPrice"), money(b.totalPrice)},
            {QStringLiteral("breakdown"), breakdown},
            {QStringLiteral("modelOffered"), b.modelOffered},
            {QStringLiteral("hardware"), hardware},
            {QStringLiteral("deliversHardware"), b.deliversHardware},
            {QStringLiteral("status"), codeOf(b.status)}};
}

} // namespace

QJsonObject money(const Money& amount)
{
    return {{QStringLiteral("amount"), amount.toPlainString()},
            {QStringLiteral("currency"), amount.currency()}};
}

QJsonObject tenderRow(const TenderRow& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("reference"), r.reference},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("buyer"), r.buyerName},
            {QStringLiteral("category"), codeOf(r.category)},
            {QStringLiteral("procurementMethod"), codeOf(r.method)},
            {QStringLiteral("status"), codeOf(r.status)},
            {QStringLiteral("budgetCeiling"), money(r.budget)},
            {QStringLiteral("publishedAt"), time(r.publishedAt)},
            {QStringLiteral("bidDeadline"), time(r.bidDeadline)}};
}

QJsonObject hardwareRules(const HardwareRules& rules)
{
    return {{QStringLiteral("minimumDomesticSharePercent"), rules.minimumDomesticSharePercent},
            {QStringLiteral("excludedModels"), QJsonArray::fromStringList(rules.excludedModels)}};
}

QJsonObject workload(const Workload& w)
{
    return {{QStringLiteral("contractedTokensPerYear"), w.contractedTokensPerYear},
            {QStringLiteral("concurrentUsers"), w.concurrentUsers},
            {QStringLiteral("peakConcurrentRequests"), w.peakConcurrentRequests},
            {QStringLiteral("sloTimeToFirstTokenMs"), w.sloTimeToFirstTokenMs},
            {QStringLiteral("sloTimePerOutputTokenMs"), w.sloTimePerOutputTokenMs},
            {QStringLiteral("sloAvailabilityPercent"), w.sloAvailabilityPercent}};
}

QJsonObject tender(const Tender& t)
{
    QJsonArray lots;
    for (const Lot& lot : t.lots)
        lots.append(QJsonObject{{QStringLiteral("id"), lot.id},
                                {QStringLiteral("number"), lot.number},
                                {QStringLiteral("title"), lot.title},
                                {QStringLiteral("budget"), money(lot.budget)}});
    QJsonArray criteria;
    for (const Criterion& c : t.criteria)
        criteria.append(QJsonObject{{QStringLiteral("code"), c.code},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("weight"), c.weight}});
    QJsonArray bidDocuments;
    for (const BidDocumentRequirement& d : t.bidDocuments)
        bidDocuments.append(QJsonObject{{QStringLiteral("kind"), codeOf(d.kind)},
                                        {QStringLiteral("title"), d.title},
                                        {QStringLiteral("mandatory"), d.mandatory}});
    QJsonArray clarifications;
    for (const Clarification& c : t.clarifications)
        // The asker stays out: clarifications are published without who asked.
        clarifications.append(QJsonObject{{QStringLiteral("askedAt"), time(c.askedAt)},
                                          {QStringLiteral("question"), c.question},
                                          {QStringLiteral("answer"), c.answer},
                                          {QStringLiteral("answeredAt"), time(c.answeredAt)}});
    QJsonArray bids;
    for (const Bid& b : t.bids)
        bids.append(bid(b));
    QJsonArray awards;
    for (const Award& a : t.awards)
        awards.append(QJsonObject{{QStringLiteral("lotId"), a.lotId},
                                  {QStringLiteral("bidId"), a.bidId},
                                  {QStringLiteral("vendorId"), a.vendorId},
                                  {QStringLiteral("amount"), money(a.amount)},
                                  {QStringLiteral("status"), codeOf(a.status)},
                                  {QStringLiteral("decidedAt"), time(a.decidedAt)}});
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("reference"), t.reference},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("buyer"), t.buyerName},
            {QStringLiteral("buyerId"), t.buyerId},
            {QStringLiteral("category"), codeOf(t.category)},
            {QStringLiteral("purchaseKind"), codeOf(t.purchaseKind)},
            {QStringLiteral("procurementMethod"), codeOf(t.method)},
            {QStringLiteral("ocdsProcurementMethod"), ocdsProcurementMethod(t.method)},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("budgetCeiling"), money(t.budgetCeiling)},
            {QStringLiteral("timeZone"), t.timeZone},
            {QStringLiteral("publishedAt"), time(t.publishedAt)},
            {QStringLiteral("clarificationDeadline"), time(t.clarificationDeadline)},
            {QStringLiteral("bidDeadline"), time(t.bidDeadline)},
            {QStringLiteral("openingAt"), time(t.openingAt)},
            {QStringLiteral("status"), codeOf(t.status)},
            {QStringLiteral("ocdsStatus"), ocdsTenderStatus(t.status)},
            {QStringLiteral("hardwareRules"), hardwareRules(t.hardwareRules)},
            {QStringLiteral("workload"), workload(t.workload)},
            {QStringLiteral("benchmarkSuite"), t.benchmarkSuite},
            {QStringLiteral("lots"), lots},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("bidDocuments"), bidDocuments},
            {QStringLiteral("origin"), codeOf(t.origin)},
            {QStringLiteral("clarifications"), clarifications},
            {QStringLiteral("bids"), bids},
            {QStringLiteral("awards"), awards}};
}

} // namespace td::json
