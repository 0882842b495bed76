#pragma once

// Amounts in the cost tests: written as the people who work them out by hand write them, and
// shown by QCOMPARE with their currency when they differ.
#include "domain/money.h"

#include <QTest>

namespace td {

inline char* toString(const Money& m)
{
    return QTest::toString(m.toPlainString() + QLatin1Char(' ') + m.currency());
}

namespace test {

// "1234.56" -> ¥1,234.56.
inline Money yuan(const char* amount)
{
    return *Money::parse(QLatin1String(amount), QStringLiteral("CNY"));
}

} // namespace test
} // namespace td
