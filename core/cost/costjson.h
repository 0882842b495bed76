#pragma once

#include "costmodel.h"

#include <QJsonObject>

namespace td {

// The cost-to-serve for programs (tenderdesk-cli cost BID --json): the typed results (amounts
// as exact decimal strings with their currency, margins as ratios) and every figure with its
// formula and inputs, in display order.
QJsonObject toJson(const CostToServe& cost);

} // namespace td
