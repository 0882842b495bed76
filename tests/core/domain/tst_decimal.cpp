#include "domain/decimal.h"

#include <QTest>

using namespace td;

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("scaled");
        QTest::newRow("electricity") << QStringLiteral("0.35") << 4 << true << qint64(3500);
        QTest::newRow("all decimals") << QStringLiteral("0.2875") << 4 << true << qint64(2875);
        QTest::newRow("whole") << QStringLiteral("2") << 4 << true << qint64(20000);
        QTest::newRow("pue") << QStringLiteral("1.2") << 3 << true << qint64(1200);
        QTest::newRow("spaces") << QStringLiteral(" 1.25 ") << 3 << true << qint64(1250);
        QTest::newRow("zero") << QStringLiteral("0") << 4 << true << qint64(0);
        QTest::newRow("too many decimals") << QStringLiteral("0.28755") << 4 << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-0.3") << 4 << false << qint64(0);
        QTest::newRow("plus sign") << QStringLiteral("+0.3") << 4 << false << qint64(0);
        QTest::newRow("grouping") << QStringLiteral("1,000") << 4 << false << qint64(0);
        QTest::newRow("exponent") << QStringLiteral("1e3") << 4 << false << qint64(0);
        QTest::newRow("lone dot") << QStringLiteral(".") << 4 << false << qint64(0);
        QTest::newRow("leading dot") << QStringLiteral(".5") << 4 << false << qint64(0);
        QTest::newRow("trailing dot") << QStringLiteral("5.") << 4 << false << qint64(0);
        QTest::newRow("empty") << QString() << 4 << false << qint64(0);
        QTest::newRow("full-width digits") << QStringLiteral("０.３") << 4 << false << qint64(0);
        QTest::newRow("too long") << QStringLiteral("1234567890123") << 4 << false << qint64(0);
        QTest::newRow("no decimals allowed") << QStringLiteral("1.5") << 0 << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(bool, valid);
        QFETCH(qint64, scaled);
        const std::optional<qint64> parsed = decimal::parse(text, decimals);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, scaled);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("scaled");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<int>("minDecimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("electricity") << qint64(3500) << 4 << 2 << QStringLiteral("0.35");
        QTest::newRow("all decimals") << qint64(2875) << 4 << 2 << QStringLiteral("0.2875");
        QTest::newRow("whole") << qint64(20000) << 4 << 2 << QStringLiteral("2.00");
        QTest::newRow("pue") << qint64(1200) << 3 << 2 << QStringLiteral("1.20");
        QTest::newRow("no minimum") << qint64(1200) << 3 << 0 << QStringLiteral("1.2");
        QTest::newRow("no minimum, whole") << qint64(2000) << 3 << 0 << QStringLiteral("2");
        QTest::newRow("negative") << qint64(-125) << 2 << 2 << QStringLiteral("-1.25");
        QTest::newRow("no decimals") << qint64(42) << 0 << 0 << QStringLiteral("42");
    }
    void format()
    {
        QFETCH(qint64, scaled);
        QFETCH(int, decimals);
        QFETCH(int, minDecimals);
        QFETCH(QString, text);
        QCOMPARE(decimal::format(scaled, decimals, minDecimals), text);
        if (scaled >= 0)
            QCOMPARE(decimal::parse(text, decimals), std::optional<qint64>(scaled));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
