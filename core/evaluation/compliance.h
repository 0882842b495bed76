#pragma once

#include "domain/bidcontent.h"
#include "domain/tender.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace td {

// The compliance review of the bids of a tender after its opening: automatic checks first, then
// the panel confirms them, and may overturn one with a written justification (audited).
//
// The checks, by code:
// - "late": received after the bid deadline;
// - "aboveBudget": the price is above the lot's budget (the tender's ceiling without one);
// - "domesticShare": the domestic share of the declared accelerators (by count) is below the
//   tender's minimum;
// - "excludedAccelerator": a declared accelerator the tender excludes;
// - "missingDocument": a document the tender makes mandatory is not in the bid;
// - "serviceLevels": a declared p95 time to first token or per output token slower than the
//   tender's service levels;
// - "unsealing": the bid failed to unseal or its signature failed (a submission with no bid).
struct ComplianceOverride
{
    bool passes = true;
    QString justification;
    QString decidedBy;
    QDateTime decidedAt;
};

struct ComplianceFinding
{
    QString code;
    bool automaticPass = true;
    QString detail; // what the check found, with the values: "1,250,000.00 > budget 1,200,000.00"
    std::optional<ComplianceOverride> override;
    bool passes() const { return override ? override->passes : automaticPass; }
};

// One bid (or a submission that never became a bid, because it failed to unseal) and every
// check on it, in the order above.
struct BidCompliance
{
    qint64 bidId = 0;        // 0 for a submission that failed to unseal
    qint64 submissionId = 0; // 0 for a bid that did not come through a sealed submission
    QString vendorName;
    QList<ComplianceFinding> findings;

    bool compliant() const;
    QStringList failedCodes() const;
};

struct ComplianceReview
{
    QList<BidCompliance> bids;
    std::optional<QDateTime> confirmedAt; // set once the panel confirmed the review
    QString confirmedBy;
};

// What the automatic checks look at beyond the tender and the bid.
struct ComplianceFacts
{
    DeclaredBenchmarks declared;
    // The kinds of the documents the bid carries; checked only for a bid that came through this
    // desk's opening (a bid of a published result has no documents here).
    std::optional<QSet<BidDocumentKind>> documents;
};

// The automatic checks of `bid` against `tender` (every check but "unsealing", which only a
// submission that never became a bid fails). `isDomestic`: the accelerator catalog's origins.
BidCompliance checkCompliance(const Tender& tender, const Bid& bid, const ComplianceFacts& facts,
                              const QHash<QString, bool>& isDomestic);
// A submission that failed to unseal or verify at the opening: disqualified with its reason.
BidCompliance failedSubmission(qint64 submissionId, const QString& vendorName,
                               const QString& failure);

// The stable codes of the checks, in the review's order, and their names for people.
QStringList complianceCheckCodes();
QString complianceCheckName(const QString& code);

} // namespace td
