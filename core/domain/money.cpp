#include "money.h"

#include <QLocale>

#include <stdexcept>

namespace td {

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits)
    , m_currency(std::move(currency))
{}

int Money::minorDigits(const QString& currency)
{
    // ISO 4217 exceptions to the common two decimals, for the currencies a tender may use.
    static const QStringList zero = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                     QStringLiteral("VND"), QStringLiteral("CLP"),
                                     QStringLiteral("ISK")};
    static const QStringList three = {QStringLiteral("KWD"), QStringLiteral("BHD"),
                                      QStringLiteral("OMR"), QStringLiteral("JOD"),
                                      QStringLiteral("TND")};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

std::optional<Money> Money::parse(const QString& text, const QString& currency)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(','));
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s.remove(0, 1);
    }
    const int digits = minorDigits(currency);
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? s : s.left(dot);
    QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.isEmpty() || fraction.size() > digits || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    for (const QString* part : {&whole, &fraction})
        for (QChar c : *part)
            if (!c.isDigit() || c.unicode() > 127)
                return std::nullopt;
    fraction = fraction.leftJustified(digits, QLatin1Char('0'));
    bool ok = false;
    const qint64 units = (whole + fraction).toLongLong(&ok);
    if (!ok || whole.size() > 15)
        return std::nullopt;
    return Money(negative ? -units : units, currency);
}

QString Money::toPlainString() const
{
    const int digits = minorDigits(m_currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 absolute = m_minor < 0 ? -m_minor : m_minor;
    QString out = QString::number(absolute / scale);
    if (digits > 0)
        out += QLatin1Char('.') +
               QString::number(absolute % scale).rightJustified(digits, QLatin1Char('0'));
    return m_minor < 0 ? QLatin1Char('-') + out : out;
}

QString Money::toDisplayString() const
{
    const QString plain = toPlainString();
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString unsignedText = negative ? plain.mid(1) : plain;
    const qsizetype dot = unsignedText.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? unsignedText : unsignedText.left(dot);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    const QString number = whole + (dot < 0 ? QString() : unsignedText.mid(dot));
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (m_currency == QLatin1String("CNY"))
        return sign + QStringLiteral("¥") + number;
    return sign + m_currency + QLatin1Char(' ') + number;
}

double Money::ratioTo(const Money& other) const
{
    requireSameCurrency(other);
    return other.m_minor == 0 ? 0.0 : double(m_minor) / double(other.m_minor);
}

Money Money::operator+(const Money& other) const
{
    requireSameCurrency(other);
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money& other) const
{
    requireSameCurrency(other);
    return Money(m_minor - other.m_minor, m_currency);
}

std::strong_ordering Money::operator<=>(const Money& other) const
{
    requireSameCurrency(other);
    return m_minor <=> other.m_minor;
}

void Money::requireSameCurrency(const Money& other) const
{
    if (m_currency != other.m_currency)
        throw std::invalid_argument("amounts in different currencies cannot be combined");
}

} // namespace td
