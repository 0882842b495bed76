#include "costformat.h"

#include <QLocale>

#include <limits>

namespace td::costformat {
namespace {

// Exact intermediate for a × b / c.
__extension__ typedef __int128 Wide;

QLocale grouping()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QString number(double value, int decimals)
{
    return grouping().toString(value, 'f', decimals);
}

QString count(qint64 value)
{
    return grouping().toString(value);
}

QString percent(double ratio)
{
    return number(ratio * 100, 1) + QLatin1Char('%');
}

QString sourceOf(const QString& source, const QDate& date, const QString& catalog)
{
    const QString said = source.trimmed().isEmpty() ? catalog : source;
    if (!date.isValid())
        return said;
    return QStringLiteral("%1 (%2)").arg(said, date.toString(Qt::ISODate));
}

std::optional<qint64> mulDivRounded(qint64 a, qint64 b, qint64 c)
{
    const Wide n = Wide(a) * Wide(b);
    const Wide q = (2 * n + c) / (2 * Wide(c));
    if (q > Wide(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(q);
}

} // namespace td::costformat
