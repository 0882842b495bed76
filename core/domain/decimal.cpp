#include "decimal.h"

namespace td::decimal {

std::optional<qint64> parse(const QString& text, int decimals)
{
    const QString s = text.trimmed();
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? s : s.left(dot);
    QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > decimals || (dot >= 0 && fraction.isEmpty()) ||
        whole.size() > 12)
        return std::nullopt;
    for (const QString* part : {&whole, &fraction})
        for (QChar c : *part)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
    fraction = fraction.leftJustified(decimals, QLatin1Char('0'));
    bool ok = false;
    const qint64 scaled = (whole + fraction).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return scaled;
}

QString format(qint64 scaled, int decimals, int minDecimals)
{
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    const qint64 absolute = scaled < 0 ? -scaled : scaled;
    QString fraction =
        decimals > 0 ? QString::number(absolute % unit).rightJustified(decimals, QLatin1Char('0'))
                     : QString();
    while (fraction.size() > minDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString out = QString::number(absolute / unit);
    if (!fraction.isEmpty())
        out += QLatin1Char('.') + fraction;
    return scaled < 0 ? QLatin1Char('-') + out : out;
}

} // namespace td::decimal
