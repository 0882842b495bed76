#pragma once

#include <QDate>
#include <QString>

#include <optional>

// How the cost model writes its numbers, and its one piece of exact arithmetic.
namespace td::costformat {

// Numbers grouped like Money::toDisplayString, whatever the locale: 1,234.56.
QString number(double value, int decimals);
QString count(qint64 value);
QString percent(double ratio); // 0.123 -> "12.3%"

// A catalog figure's source with its date; `catalog` names the catalog when nobody wrote
// where the figure comes from.
QString sourceOf(const QString& source, const QDate& date, const QString& catalog);

// a × b / c rounded half up, exactly (a × b may exceed 64 bits); a and b non-negative, c
// positive. nullopt when the result does not fit.
std::optional<qint64> mulDivRounded(qint64 a, qint64 b, qint64 c);

} // namespace td::costformat
