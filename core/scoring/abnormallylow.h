#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace td::scoring {

// The rules for spotting abnormally low bids (DOMAIN.md). Each is a pure function over prices in
// minor units; every threshold is a setting of the tender, with the published default. A flag
// names the rule and the test that fired, with the values it compared.

enum class LowBidRule
{
    MofAverage,       // MOF 2026: below a share of the average of the conforming bids
    MofSecondLowest,  // MOF 2026: the lowest below a share of the second-lowest
    MofCeiling,       // MOF 2026: below a share of the ceiling (or the budget)
    ProzorroMean,     // ProZorro: the winner at least a share below the mean of the others
    ProzorroNext,     // ProZorro: the winner at least a share below the next bid
    ItalianThreshold, // Italian code of 2023: discount at or above the anomaly threshold
    MarketOutlier,    // cardinal-rs R058: heavily discounted winner across the market
    BelowCost,        // the price is below the cost-to-serve without a compute voucher
};

struct LowBidFlag
{
    qint64 bidId = 0;
    LowBidRule rule = LowBidRule::MofAverage;
    double value = 0;     // what was measured (a price, a discount, a ratio)
    double threshold = 0; // what it was compared with
};

// A bid as the rules see it: its id and its raw price (never the policy-adjusted evaluation
// price).
struct PricedBid
{
    qint64 id = 0;
    qint64 priceMinor = 0;
};

// 1. MOF notice on abnormally low prices (2026). Ratios may be raised up to 0.65 by the buyer.
struct MofSettings
{
    double averageRatio = 0.50;
    double secondLowestRatio = 0.50;
    double ceilingRatio = 0.45;
};
// `conforming`: the bids that passed conformity review; `ceilingMinor`: the price ceiling, or
// the budget when there is none (0: no such test). Strict "<" everywhere.
QList<LowBidFlag> mofFlags(const QList<PricedBid>& conforming, qint64 ceilingMinor,
                           const MofSettings& settings = {});

// 2. ProZorro (Ukraine), on the winner.
struct ProzorroSettings
{
    double belowMeanOfOthers = 0.40; // at least 40% below the mean of the other bids
    double belowNext = 0.30;         // at least 30% below the next bid
};
QList<LowBidFlag> prozorroFlags(const PricedBid& winner, const QList<PricedBid>& others,
                                const ProzorroSettings& settings = {});

// 3. The Italian anomaly threshold over the admitted offers' discounts (percent off the base
// price), applicable from `minimumOffers` offers (5 by the 2023 code): nullopt below that, or
// when the cuts leave no offer.
struct ItalianOffer
{
    qint64 id = 0;
    double discountPercent = 0;
};
struct ItalianResult
{
    double mean = 0;       // m: the mean of the offers left after the cuts
    double meanExcess = 0; // D: the mean of (r - m) over those above m
    double threshold = 0;  // m + D
    QList<LowBidFlag> flags;
};
std::optional<ItalianResult> italianThreshold(const QList<ItalianOffer>& offers,
                                              int minimumOffers = 5);

// 4. cardinal-rs R058: d = (second-lowest valid bid - winning bid) / winning bid, flagged when
// d >= Q3 + 1.5 IQR of d over all processes (type 8 quartiles).
double r058Discount(qint64 winningMinor, qint64 secondLowestMinor);
double r058Threshold(const QList<double>& marketDiscounts);

// 5. Below cost: the price against the cost-to-serve, with and without a compute voucher.
enum class CostVerdict
{
    NoBenchmark, // no benchmark run: no cost-to-serve to compare with
    Profitable,  // the price covers the cost without the voucher
    ProfitableOnlyWithVoucher,
    BelowCost, // below cost even with the voucher
};
CostVerdict costVerdict(qint64 priceMinor, std::optional<qint64> costWithoutVoucherMinor,
                        std::optional<qint64> costWithVoucherMinor);

} // namespace td::scoring
