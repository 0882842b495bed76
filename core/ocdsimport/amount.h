#pragma once

#include <QByteArray>

#include <optional>

namespace td::ocds {

// A JSON number or a decimal in a string ("1234.5", "-3", "1.5E6") as an integer count of
// minor units with `decimals` decimals, rounded half away from zero: exact, never through a
// double. nullopt when the text is not a number or the amount does not fit.
std::optional<qint64> minorUnitsOf(QByteArray text, int decimals);

} // namespace td::ocds
