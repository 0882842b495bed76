#include "amount.h"

namespace td::ocds {

namespace {
// Wide enough for any decimal an amount is written with before it is scaled and checked.
__extension__ using Wide = __int128;
} // namespace

std::optional<qint64> minorUnitsOf(QByteArray text, int decimals)
{
    text = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text.at(i) == '-' || text.at(i) == '+'))
        negative = text.at(i++) == '-';
    // The digits of the number as an integer, and the power of ten to scale it by.
    Wide mantissa = 0;
    int exponent = 0;
    int digits = 0;
    bool dot = false;
    constexpr Wide mantissaLimit = Wide(1) << 100;
    for (; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '.' && !dot) {
            dot = true;
            continue;
        }
        if (c < '0' || c > '9')
            break;
        ++digits;
        if (mantissa < mantissaLimit) {
            mantissa = mantissa * 10 + (c - '0');
            if (dot)
                --exponent;
        } else if (!dot) {
            ++exponent; // digits beyond what matters for an amount
        }
    }
    if (digits == 0)
        return std::nullopt;
    if (i < text.size() && (text.at(i) == 'e' || text.at(i) == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < text.size() && (text.at(i) == '-' || text.at(i) == '+'))
            negativeExponent = text.at(i++) == '-';
        int e = 0;
        const qsizetype start = i;
        for (; i < text.size() && text.at(i) >= '0' && text.at(i) <= '9'; ++i)
            e = qMin(e * 10 + (text.at(i) - '0'), 1000);
        if (i == start)
            return std::nullopt;
        exponent += negativeExponent ? -e : e;
    }
    if (i != text.size())
        return std::nullopt;
    int scale = exponent + decimals;
    if (scale > 30)
        return std::nullopt;
    Wide value = mantissa;
    for (; scale > 0; --scale) {
        value *= 10;
        if (value > Wide(std::numeric_limits<qint64>::max()))
            return std::nullopt;
    }
    if (scale < 0) {
        Wide divisor = 1;
        for (; scale < 0 && divisor < mantissaLimit; ++scale)
            divisor *= 10;
        if (scale < 0)
            return qint64(0);
        value = (value + divisor / 2) / divisor;
    }
    if (value > Wide(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return negative ? -qint64(value) : qint64(value);
}

} // namespace td::ocds
