#pragma once

#include "codes.h"
#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace td {

// One line of the hardware a bid declares it will serve the model on.
struct HardwareLine
{
    QString acceleratorModel; // catalog key, e.g. "Huawei Ascend 910B"
    int count = 0;
};

// One line of a bid's price breakdown (licences, hardware, integration, service...). Amounts
// are over the whole contract; the lines add up to the bid's total price.
struct PriceItem
{
    QString label;
    Money amount;
    PriceItemKind kind = PriceItemKind::Other;
};

struct Bid
{
    qint64 id = 0;
    qint64 tenderId = 0;
    qint64 lotId = 0;
    qint64 vendorId = 0;
    QString vendorName; // filled by queries that join the vendor, for display
    QDateTime submittedAt;
    Money totalPrice;
    QList<PriceItem> breakdown;
    QString modelOffered; // e.g. "DeepSeek-V3 671B (INT8)"
    QList<HardwareLine> hardware;
    // True when the accelerators are delivered to the buyer's premises (bought: their purchase
    // price is amortised over their service life); false when the vendor hosts the deployment
    // on rented accelerators.
    bool deliversHardware = false;
    BidStatus status = BidStatus::Pending;
};

struct Award
{
    qint64 id = 0;
    qint64 tenderId = 0;
    qint64 lotId = 0;
    qint64 bidId = 0;
    qint64 vendorId = 0;
    Money amount;
    AwardStatus status = AwardStatus::Pending;
    QDateTime decidedAt;
    // The loss-making flag: the bid's price against its cost-to-serve, "profitable",
    // "voucherOnly" (below cost at list price, covered with the compute voucher), "belowCost"
    // (even with the voucher) or "noBenchmark" (no run to cost it on), with the amounts.
    QString costVerdict = QStringLiteral("noBenchmark");
    std::optional<Money> costWithoutVoucher;
    std::optional<Money> costWithVoucher;
    QDateTime standstillEndsAt; // no contract before this time
    QString justification;      // why another bid than the recommended one, when it is
};

} // namespace td
