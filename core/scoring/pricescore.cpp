#include "pricescore.h"

#include <cmath>

namespace td::scoring {

qint64 evaluationPrice(qint64 bidPriceMinor, bool domestic, bool sme,
                       const PriceDeductions& deductions)
{
    double price = double(bidPriceMinor);
    if (domestic)
        price *= 1.0 - deductions.domesticPercent / 100.0;
    if (sme)
        price *= 1.0 - deductions.smePercent / 100.0;
    return qint64(std::llround(price));
}

double priceScore(qint64 benchmarkMinor, qint64 evaluationPriceMinor, double priceWeightPercent)
{
    if (benchmarkMinor <= 0 || evaluationPriceMinor <= 0)
        return 0;
    return double(benchmarkMinor) / double(evaluationPriceMinor) * priceWeightPercent;
}

qint64 benchmarkPrice(const QList<qint64>& evaluationPrices)
{
    qint64 lowest = 0;
    for (qint64 price : evaluationPrices)
        if (price > 0 && (lowest == 0 || price < lowest))
            lowest = price;
    return lowest;
}

} // namespace td::scoring
