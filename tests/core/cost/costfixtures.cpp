#include "costfixtures.h"

#include "moneytesting.h"

namespace td::test {

Accelerator accelerator(const char* model, const char* price, int watts)
{
    Accelerator a;
    a.model = QLatin1String(model);
    a.vendor = QStringLiteral("Test");
    a.powerWatts = watts;
    if (price) {
        a.hourlyPrice = yuan(price);
        a.purchasePrice = yuan("5.00");
    }
    a.priceSource = QStringLiteral("source of %1").arg(a.model);
    a.priceDate = QDate(2026, 11, 1);
    a.purchasePriceSource = QStringLiteral("purchase source of %1").arg(a.model);
    return a;
}

ComputeVoucher voucher(const char* city, int percent, std::optional<Money> cap)
{
    ComputeVoucher v;
    v.city = QLatin1String(city);
    v.name = QStringLiteral("%1 compute vouchers").arg(v.city);
    v.subsidyPercent = percent;
    v.cap = cap;
    v.source = QStringLiteral("voucher source");
    return v;
}

CostInputs base()
{
    CostInputs in;
    in.tokensPerYear = 36'000'000;
    in.contractYears = 1;
    in.measuredOutputTokensPerSecond = 1000;
    in.throughputSource = QStringLiteral("benchmark run 7");
    in.hardware = {{QStringLiteral("Card A"), 8}};
    in.catalog = {accelerator("Card A", "10.00", 500), accelerator("Card B", "4.66", 400),
                  accelerator("Unpriced", nullptr, 300)};
    in.hosting.id = QStringLiteral("test");
    in.hosting.name = QStringLiteral("测试集群");
    in.hosting.nameEn = QStringLiteral("Test cluster");
    in.hosting.electricityPricePerKwh = 4000; // ¥0.40 per kWh
    in.hosting.pueThousandths = 1250;         // 1.25
    in.hosting.voucherCities = {QStringLiteral("Shanghai")};
    in.fixedCosts = yuan("1000.00");
    in.bidPrice = yuan("2000.00");
    in.deliversHardware = true;
    in.peakConcurrentRequests = 1;
    in.peakSource = QStringLiteral("the tender's workload");
    in.sustainedConcurrency = 1;
    in.sustainedSource = QStringLiteral("benchmark run 7: its fixed concurrency");
    in.availabilityPercent = 99.0;
    return in;
}

CostInputs capacityBase()
{
    CostInputs in = base();
    in.deliversHardware = false;
    in.peakConcurrentRequests = 20;
    in.sustainedConcurrency = 16;
    in.availabilityPercent = 99.5;
    for (Accelerator& a : in.catalog)
        a.purchasePrice.reset(); // rented: nobody needs to know what buying would cost
    return in;
}

QString differingAmount(const CostToServe& a, const CostToServe& b)
{
#define TD_SAME(field)                                                                             \
    if (!(a.field == b.field))                                                                     \
        return QStringLiteral(#field);
    TD_SAME(contractedTokens)
    TD_SAME(deploymentHours)
    TD_SAME(acceleratorHours)
    TD_SAME(energyKwh)
    TD_SAME(rental)
    TD_SAME(power)
    TD_SAME(volumeCost)
    TD_SAME(peakConcurrentRequests)
    TD_SAME(sustainedConcurrency)
    TD_SAME(replicas)
    TD_SAME(availabilityReplicas)
    TD_SAME(contractHours)
    TD_SAME(capacityCost)
    TD_SAME(capacityIsLowerBound)
    TD_SAME(binding)
    TD_SAME(fixedCosts)
    TD_SAME(fixedCostsFromBreakdown)
    TD_SAME(costWithoutVoucher)
    TD_SAME(voucherSubsidy)
    TD_SAME(costWithVoucher)
    TD_SAME(costPerMillionWithoutVoucher)
    TD_SAME(costPerMillionWithVoucher)
    TD_SAME(bidPrice)
    TD_SAME(marginWithoutVoucher)
    TD_SAME(marginWithVoucher)
    TD_SAME(voucherApplies)
    TD_SAME(voucherNote)
    TD_SAME(lossMaking)
    TD_SAME(lossMakingWithVoucher)
    TD_SAME(subsidyDependent)
#undef TD_SAME
    return {};
}

} // namespace td::test
