#pragma once

#include <QString>

#include <optional>

// Exact decimal rates that are not amounts of money (an electricity price in CNY per kWh, a
// PUE): kept as an integer count of 10^-decimals units, so that "0.35" is 3500 ten-thousandths
// and never the float nearest to 0.35.
namespace td::decimal {

// "0.35" with 4 decimals -> 3500; "1.2" with 3 -> 1200. nullopt for anything but plain ASCII
// digits with at most `decimals` decimals: no sign, grouping, exponent or lone dot.
std::optional<qint64> parse(const QString& text, int decimals);

// 3500 with 4 decimals -> "0.35": trailing zeros dropped, but at least `minDecimals` kept.
QString format(qint64 scaled, int decimals, int minDecimals = 2);

} // namespace td::decimal
