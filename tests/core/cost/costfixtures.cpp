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

} // namespace td::test
