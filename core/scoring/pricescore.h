#pragma once

#include <QList>
#include <QtGlobal>

namespace td::scoring {

// The price policies a tender applies to the evaluation price only (never to the price the
// winner is paid): a deduction for domestic products and one for small and medium enterprises,
// in percent of the price. Both are settings of the tender; when a bid qualifies for both, they
// apply one after the other (price x (1 - domestic) x (1 - SME)).
struct PriceDeductions
{
    double domesticPercent = 0; // 20 from 2026-01-01 (State Council), when the tender applies it
    double smePercent = 0;      // 4 to 6 where the tender applies it
};

// The price a bid is scored on, in minor units, rounded half away from zero to the fen.
qint64 evaluationPrice(qint64 bidPriceMinor, bool domestic, bool sme,
                       const PriceDeductions& deductions);

// MOF Order 87: price score = benchmark / evaluation price x price weight, where the benchmark is
// the lowest valid evaluation price; a bid at the benchmark scores the whole weight (in points,
// the weight being in percent of 100 points). 0 for a price that is not positive.
double priceScore(qint64 benchmarkMinor, qint64 evaluationPriceMinor, double priceWeightPercent);

// The lowest positive price of `evaluationPrices` (the benchmark), 0 when there is none.
qint64 benchmarkPrice(const QList<qint64>& evaluationPrices);

} // namespace td::scoring
