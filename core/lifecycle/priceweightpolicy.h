#pragma once

#include "domain/codes.h"

namespace td {

// The smallest price weight, in percent, that the comprehensive scoring method may give price.
// MOF Order 87 (art. 55) sets minimums only: at least 30% for goods, at least 10% for services;
// the 30-60% and 10-30% ranges came from Order 18, which Order 87 replaced in 2017, so no
// weight is too high. SOEs buying under the Bidding Law are not bound by Order 87 but often
// copy it: the minimums are settings, with Order 87's figures by default. Below the minimum is
// a warning, not an error: a buyer outside Order 87 may have its reason.
struct PriceWeightPolicy
{
    int goodsMinimum = 30;
    int servicesMinimum = 10;

    // The minimum for a tender that buys `kind`. Goods and services together take the goods
    // minimum: the goods part is bound by it, and one price weight scores the whole bid.
    int minimumFor(PurchaseKind kind) const;
};

} // namespace td
