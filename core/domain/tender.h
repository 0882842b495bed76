#pragma once

#include "bid.h"
#include "codes.h"
#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace td {

struct Lot
{
    qint64 id = 0;
    int number = 1;
    QString title;
    Money budget;
};

// What the bids are scored on; weights are whole percentage points that sum to 100.
struct Criterion
{
    qint64 id = 0;
    QString code; // price, technical, benchmarkAccuracy, benchmarkPerformance, security, service
    QString name;
    int weight = 0;
};

// The accelerator rules a tender imposes on the hardware its winner may serve on.
struct HardwareRules
{
    int minimumDomesticSharePercent = 50; // "more than 50%" rule: the share must reach this
    QStringList excludedModels;           // catalog keys, e.g. NVIDIA H20, AMD Instinct MI308
};

// The volume and service levels the model deployment must deliver.
struct Workload
{
    // Without a stated peak, one user in ten is taken to be waiting on an answer at the busiest
    // moment: a person reads and types far longer than a model takes to answer.
    static constexpr int usersPerDerivedConcurrentRequest = 10;

    qint64 contractedTokensPerYear = 0;
    int concurrentUsers = 0;
    int sloTimeToFirstTokenMs = 0;   // p95
    int sloTimePerOutputTokenMs = 0; // p95
    double sloAvailabilityPercent = 99.9;
    int peakConcurrentRequests = 0; // requests in flight at the peak; 0: derived from the users

    // The stated peak, or ceil(concurrent users / 10) when none is stated (at least 1).
    int effectivePeakConcurrentRequests() const
    {
        if (peakConcurrentRequests > 0)
            return peakConcurrentRequests;
        return qMax(1, (concurrentUsers + usersPerDerivedConcurrentRequest - 1) /
                           usersPerDerivedConcurrentRequest);
    }
    bool peakIsDerived() const { return peakConcurrentRequests <= 0; }
};

// A document the tender requires each bid to carry (or invites, when not mandatory).
struct BidDocumentRequirement
{
    BidDocumentKind kind = BidDocumentKind::Technical;
    QString title; // what the tender calls it; empty: the kind's name
    bool mandatory = true;

    bool operator==(const BidDocumentRequirement&) const = default;
};

// A bidder's question. Questions are numbered 1, 2, ... within their tender in the order they
// were asked (Tender::clarifications keeps that order).
struct Clarification
{
    qint64 id = 0;
    QDateTime askedAt;
    qint64 askerId = 0; // never shown to other bidders
    QString question;
    QString answer;
    QDateTime answeredAt;
};

struct Tender
{
    qint64 id = 0;
    QString reference; // unique, e.g. SGCC-2024-GAI-000001
    QString title;
    qint64 buyerId = 0;
    QString buyerName; // filled by queries that join the buyer
    TenderCategory category = TenderCategory::KnowledgeAssistant;
    // An LLM deployment with its hardware, as the templates make it: the strictest minimum
    // price weight applies until the buyer says otherwise.
    PurchaseKind purchaseKind = PurchaseKind::GoodsAndServices;
    ProcurementMethod method = ProcurementMethod::OpenTender;
    QString description;
    Money budgetCeiling;
    QString timeZone = QStringLiteral("Asia/Shanghai");
    QDateTime publishedAt; // all times UTC; shown in the tender's time zone
    QDateTime clarificationDeadline;
    QDateTime bidDeadline;
    QDateTime openingAt;
    TenderStatus status = TenderStatus::Draft;
    TenderOrigin origin = TenderOrigin::Own;
    HardwareRules hardwareRules;
    Workload workload;
    QString benchmarkSuite; // accuracy suite the bids' deployments are measured on
    QList<Lot> lots;
    QList<Criterion> criteria;
    QList<BidDocumentRequirement> bidDocuments; // in the order the tender lists them
    QList<Clarification> clarifications;
    QList<Bid> bids;     // loaded for the detail view only
    QList<Award> awards; // idem
};

} // namespace td
