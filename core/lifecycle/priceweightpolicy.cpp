#include "priceweightpolicy.h"

namespace td {

int PriceWeightPolicy::minimumFor(PurchaseKind kind) const
{
    switch (kind) {
    case PurchaseKind::Services:
        return servicesMinimum;
    case PurchaseKind::Goods:
    case PurchaseKind::GoodsAndServices:
        break;
    }
    return goodsMinimum;
}

} // namespace td
