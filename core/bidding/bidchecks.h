#pragma once

#include "cost/costmodel.h"
#include "domain/accelerator.h"
#include "domain/bidcontent.h"
#include "domain/tender.h"

#include <QList>
#include <QString>

#include <optional>

namespace td {

// What the vendor's desk says about a draft bid before it is sealed. An error would make the
// bid invalid and stops the sealing; a warning is shown and the vendor decides; a note informs.
struct BidIssue
{
    enum class Severity
    {
        Error,
        Warning,
        Note
    };
    Severity severity = Severity::Error;
    QString code;    // stable, for programs and tests: "aboveBudget", "domesticShare", ...
    QString field;   // the BID.json path the issue is about: "totalPrice", "hardware[1]"
    QString message; // a sentence for the vendor
};

// The checks of a draft against its tender, pure and fast enough to run on every keystroke:
// - "lot": the lot is not one of the tender's; "currency": an amount not in the lot's currency;
//   "noPrice": no total price;
// - "aboveBudget": the total price is above the lot's budget (the tender's ceiling without one);
// - "breakdownTotal": the breakdown does not add up to the total price;
// - "noModel": the model offered is not named;
// - "noHardware": no accelerator declared, so the hardware rules cannot be met;
// - "domesticShare": the domestic share by accelerator count is below the tender's minimum
//   (the share by peak compute is shown beside it);
// - "excludedModel": a declared accelerator the tender excludes;
// - "unknownAccelerator": a declared accelerator the catalog does not know;
// - "exportControlled" (warning): an accelerator under US export controls (NVIDIA, AMD data
//   centre parts), whose lawful provenance the buyer may question;
// - "missingDocument": a document the tender makes mandatory is not attached;
// - "belowCost" (warning) / "margin" (note): the price against the vendor's own cost to serve,
//   when `cost` is given (see costOfOffer).
QList<BidIssue> checkBid(const Tender& tender, const BidContent& bid,
                         const QList<Accelerator>& catalog,
                         const std::optional<CostToServe>& cost = std::nullopt);

// Whether any issue is an error.
bool hasErrors(const QList<BidIssue>& issues);

} // namespace td
