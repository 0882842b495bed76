#pragma once

#include "money.h"

#include <QString>

#include <optional>

namespace td {

// What the buyer assumes when costing one bid: where its deployment would run, which compute
// voucher it may use, the fixed costs of delivery (integration, staff, licences) over the whole
// contract, and the contract's length. Fixed costs nobody stated are the bid's own price lines
// for licences, deployment and the annual service.
struct CostAssumptions
{
    static QString defaultHostingId() { return QStringLiteral("onPremises"); }

    qint64 bidId = 0;
    QString hostingId = defaultHostingId();
    QString voucherCity;             // empty: no voucher
    std::optional<Money> fixedCosts; // in the bid's currency; nullopt: from the bid's breakdown
    int contractYears = 1;

    bool operator==(const CostAssumptions& other) const = default;
};

} // namespace td
