#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace td {

// An exact amount of money: an integer count of minor units (fen for CNY) and its ISO 4217
// code. Never a double: bid prices are compared to the fen and summed over millions of bids.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    static Money yuan(qint64 minorUnits) { return Money(minorUnits, QStringLiteral("CNY")); }
    // Parses "1234.56" or "1,234.56" in the currency's minor-unit precision; nullopt when the
    // text is not an amount or has more decimals than the currency allows.
    static std::optional<Money> parse(const QString& text, const QString& currency);
    // Number of decimals of an ISO 4217 currency (2 for CNY, 0 for JPY, 3 for KWD).
    static int minorDigits(const QString& currency);

    qint64 minorUnits() const { return m_minor; }
    const QString& currency() const { return m_currency; }
    bool isValid() const { return m_currency.size() == 3; }

    // "1234567.89": plain, for files and the CLI.
    QString toPlainString() const;
    // "¥1,234,567.89" or "CNY 1,234,567.89" with grouping, for people.
    QString toDisplayString() const;

    // Ratio of two amounts of the same currency; used for bid/ceiling comparisons.
    double ratioTo(const Money& other) const;

    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    bool operator==(const Money& other) const = default;
    // Ordering is only defined within one currency; comparing across currencies throws.
    std::strong_ordering operator<=>(const Money& other) const;

private:
    void requireSameCurrency(const Money& other) const;

    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace td
