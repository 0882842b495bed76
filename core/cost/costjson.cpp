#include "costjson.h"

#include <QJsonArray>

namespace td {

QJsonObject toJson(const CostToServe& c)
{
    QJsonArray figures;
    for (const CostFigure& f : c.figures()) {
        QJsonArray inputs;
        for (const CostInput& i : f.inputs)
            inputs.append(QJsonObject{{QStringLiteral("label"), i.label},
                                      {QStringLiteral("value"), i.value},
                                      {QStringLiteral("source"), i.source}});
        figures.append(QJsonObject{{QStringLiteral("key"), f.key},
                                   {QStringLiteral("label"), f.label},
                                   {QStringLiteral("formula"), f.formula},
                                   {QStringLiteral("value"), f.value},
                                   {QStringLiteral("inputs"), inputs}});
    }
    // Token counts as strings too: a JSON number loses integers above 2^53.
    return {
        {QStringLiteral("currency"), c.bidPrice.currency()},
        {QStringLiteral("contractedTokens"), QString::number(c.contractedTokens)},
        {QStringLiteral("deploymentHours"), c.deploymentHours},
        {QStringLiteral("acceleratorHours"), c.acceleratorHours},
        {QStringLiteral("energyKwh"), c.energyKwh},
        {QStringLiteral("rental"), c.rental.toPlainString()},
        {QStringLiteral("power"), c.power.toPlainString()},
        {QStringLiteral("volumeCost"), c.volumeCost.toPlainString()},
        {QStringLiteral("peakConcurrentRequests"), c.peakConcurrentRequests},
        {QStringLiteral("sustainedConcurrency"), c.sustainedConcurrency},
        {QStringLiteral("replicas"), c.replicas},
        {QStringLiteral("availabilityReplicas"), c.availabilityReplicas},
        {QStringLiteral("contractHours"), QString::number(c.contractHours)},
        {QStringLiteral("capacityCost"), c.capacityCost.toPlainString()},
        {QStringLiteral("capacityIsLowerBound"), c.capacityIsLowerBound},
        {QStringLiteral("binding"), costBoundCode(c.binding)},
        {QStringLiteral("fixedCosts"), c.fixedCosts.toPlainString()},
        {QStringLiteral("fixedCostsFromBreakdown"), c.fixedCostsFromBreakdown},
        {QStringLiteral("costWithoutVoucher"), c.costWithoutVoucher.toPlainString()},
        {QStringLiteral("voucherSubsidy"), c.voucherSubsidy.toPlainString()},
        {QStringLiteral("costWithVoucher"), c.costWithVoucher.toPlainString()},
        {QStringLiteral("costPerMillionWithoutVoucher"),
         c.costPerMillionWithoutVoucher.toPlainString()},
        {QStringLiteral("costPerMillionWithVoucher"), c.costPerMillionWithVoucher.toPlainString()},
        {QStringLiteral("bidPrice"), c.bidPrice.toPlainString()},
        {QStringLiteral("marginWithoutVoucher"), c.marginWithoutVoucher},
        {QStringLiteral("marginWithVoucher"), c.marginWithVoucher},
        {QStringLiteral("voucherApplies"), c.voucherApplies},
        {QStringLiteral("voucherNote"), c.voucherNote},
        {QStringLiteral("lossMaking"), c.lossMaking},
        {QStringLiteral("lossMakingWithVoucher"), c.lossMakingWithVoucher},
        {QStringLiteral("subsidyDependent"), c.subsidyDependent},
        {QStringLiteral("figures"), figures}};
}

} // namespace td
