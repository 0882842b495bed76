#include "abnormallylow.h"

#include "quantiles.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace td::scoring {

QList<LowBidFlag> mofFlags(const QList<PricedBid>& conforming, qint64 ceilingMinor,
                           const MofSettings& settings)
{
    QList<LowBidFlag> flags;
    if (conforming.isEmpty())
        return flags;
    double sum = 0;
    for (const PricedBid& b : conforming)
        sum += double(b.priceMinor);
    const double averageLimit = sum / double(conforming.size()) * settings.averageRatio;
    for (const PricedBid& b : conforming)
        if (double(b.priceMinor) < averageLimit)
            flags.append({b.id, LowBidRule::MofAverage, double(b.priceMinor), averageLimit});

    if (conforming.size() >= 2) {
        QList<PricedBid> sorted = conforming;
        std::stable_sort(sorted.begin(), sorted.end(), [](const PricedBid& a, const PricedBid& b) {
            return a.priceMinor < b.priceMinor;
        });
        const double secondLimit = double(sorted.at(1).priceMinor) * settings.secondLowestRatio;
        if (double(sorted.at(0).priceMinor) < secondLimit)
            flags.append({sorted.at(0).id, LowBidRule::MofSecondLowest,
                          double(sorted.at(0).priceMinor), secondLimit});
    }

    if (ceilingMinor > 0) {
        const double ceilingLimit = double(ceilingMinor) * settings.ceilingRatio;
        for (const PricedBid& b : conforming)
            if (double(b.priceMinor) < ceilingLimit)
                flags.append({b.id, LowBidRule::MofCeiling, double(b.priceMinor), ceilingLimit});
    }
    return flags;
}

QList<LowBidFlag> prozorroFlags(const PricedBid& winner, const QList<PricedBid>& others,
                                const ProzorroSettings& settings)
{
    QList<LowBidFlag> flags;
    if (others.isEmpty() || winner.priceMinor <= 0)
        return flags;
    double sum = 0;
    qint64 next = others.constFirst().priceMinor;
    for (const PricedBid& b : others) {
        sum += double(b.priceMinor);
        next = std::min(next, b.priceMinor);
    }
    const double mean = sum / double(others.size());
    // "At least 40% below the mean": the winner's price is at most 60% of it.
    const double meanLimit = mean * (1.0 - settings.belowMeanOfOthers);
    if (double(winner.priceMinor) <= meanLimit)
        flags.append({winner.id, LowBidRule::ProzorroMean, double(winner.priceMinor), meanLimit});
    const double nextLimit = double(next) * (1.0 - settings.belowNext);
    if (double(winner.priceMinor) <= nextLimit)
        flags.append({winner.id, LowBidRule::ProzorroNext, double(winner.priceMinor), nextLimit});
    return flags;
}

std::optional<ItalianResult> italianThreshold(const QList<ItalianOffer>& offers, int minimumOffers)
{
    if (offers.size() < minimumOffers)
        return std::nullopt;
    QList<double> discounts;
    for (const ItalianOffer& o : offers)
        discounts.append(o.discountPercent);
    std::sort(discounts.begin(), discounts.end());
    const qsizetype n = discounts.size();
    const qsizetype cut = qsizetype(std::ceil(double(n) * 0.10));
    // Ties straddling a cut go with it: every offer equal to the last value set aside at the
    // bottom, or to the first value set aside at the top, is set aside too.
    const double lowCut = discounts.at(cut - 1);
    const double highCut = discounts.at(n - cut);
    QList<double> kept;
    for (double d : std::as_const(discounts))
        if (d > lowCut && d < highCut)
            kept.append(d);
    if (kept.isEmpty())
        return std::nullopt;
    ItalianResult result;
    result.mean = std::accumulate(kept.cbegin(), kept.cend(), 0.0) / double(kept.size());
    double excess = 0;
    int above = 0;
    for (double d : std::as_const(kept))
        if (d > result.mean) {
            excess += d - result.mean;
            ++above;
        }
    result.meanExcess = above > 0 ? excess / above : 0;
    result.threshold = result.mean + result.meanExcess;
    for (const ItalianOffer& o : offers)
        if (o.discountPercent >= result.threshold)
            result.flags.append(
                {o.id, LowBidRule::ItalianThreshold, o.discountPercent, result.threshold});
    return result;
}

double r058Discount(qint64 winningMinor, qint64 secondLowestMinor)
{
    if (winningMinor <= 0)
        return 0;
    return double(secondLowestMinor - winningMinor) / double(winningMinor);
}

double r058Threshold(const QList<double>& marketDiscounts)
{
    const double q1 = quantileType8(marketDiscounts, 0.25);
    const double q3 = quantileType8(marketDiscounts, 0.75);
    return q3 + 1.5 * (q3 - q1);
}

CostVerdict costVerdict(qint64 priceMinor, std::optional<qint64> costWithoutVoucherMinor,
                        std::optional<qint64> costWithVoucherMinor)
{
    if (!costWithoutVoucherMinor)
        return CostVerdict::NoBenchmark;
    if (priceMinor >= *costWithoutVoucherMinor)
        return CostVerdict::Profitable;
    if (costWithVoucherMinor && priceMinor >= *costWithVoucherMinor)
        return CostVerdict::ProfitableOnlyWithVoucher;
    return CostVerdict::BelowCost;
}

} // namespace td::scoring
