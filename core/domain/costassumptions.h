#pragma once

#include "money.h"

#include <QString>

namespace td {

// What the buyer assumes when costing one bid: where its deployment would run, which compute
// voucher it may use, the fixed costs of delivery (integration, staff, licences) over the whole
// contract, and the contract's length.
struct CostAssumptions
{
    static QString defaultHostingId() { return QStringLiteral("onPremises"); }

    qint64 bidId = 0;
    QString hostingId = defaultHostingId();
    QString voucherCity; // empty: no voucher
    Money fixedCosts;    // in the bid's currency
    int contractYears = 1;

    bool operator==(const CostAssumptions& other) const = default;
};

} // namespace td
