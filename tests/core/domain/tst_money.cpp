#include "domain/money.h"

#include <QTest>

using td::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("whole") << "1234"
                               << "CNY" << true << qint64(123400);
        QTest::newRow("fen") << "1234.56"
                             << "CNY" << true << qint64(123456);
        QTest::newRow("one decimal") << "0.5"
                                     << "CNY" << true << qint64(50);
        QTest::newRow("grouping") << "1,234,567.89"
                                  << "CNY" << true << qint64(123456789);
        QTest::newRow("negative") << "-12.30"
                                  << "CNY" << true << qint64(-1230);
        QTest::newRow("spaces") << "  7.00 "
                                << "CNY" << true << qint64(700);
        QTest::newRow("yen has no decimals") << "1500"
                                             << "JPY" << true << qint64(1500);
        QTest::newRow("yen refuses decimals") << "15.5"
                                              << "JPY" << false << qint64(0);
        QTest::newRow("dinar has three") << "1.234"
                                         << "KWD" << true << qint64(1234);
        QTest::newRow("too many decimals") << "1.234"
                                           << "CNY" << false << qint64(0);
        QTest::newRow("letters") << "12a"
                                 << "CNY" << false << qint64(0);
        QTest::newRow("empty") << ""
                               << "CNY" << false << qint64(0);
        QTest::newRow("dot only") << "."
                                  << "CNY" << false << qint64(0);
        QTest::newRow("trailing dot") << "3."
                                      << "CNY" << false << qint64(0);
        QTest::newRow("full-width digits") << QStringLiteral("１２") << "CNY" << false << qint64(0);
        QTest::newRow("overflow") << "12345678901234567890"
                                  << "CNY" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto parsed = Money::parse(text, currency);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->minorUnits(), minor);
            QCOMPARE(parsed->currency(), currency);
        }
    }

    void format_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("display");
        QTest::newRow("yuan") << qint64(123456789) << "CNY"
                              << "1234567.89" << QStringLiteral("¥1,234,567.89");
        QTest::newRow("small") << qint64(5) << "CNY"
                               << "0.05" << QStringLiteral("¥0.05");
        QTest::newRow("negative") << qint64(-100050) << "CNY"
                                  << "-1000.50" << QStringLiteral("-¥1,000.50");
        QTest::newRow("euro") << qint64(99900) << "EUR"
                              << "999.00"
                              << "EUR 999.00";
        QTest::newRow("yen") << qint64(1000000) << "JPY"
                             << "1000000"
                             << "JPY 1,000,000";
    }
    void format()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, plain);
        QFETCH(QString, display);
        const Money m(minor, currency);
        QCOMPARE(m.toPlainString(), plain);
        QCOMPARE(m.toDisplayString(), display);
        QCOMPARE(Money::parse(plain, currency)->minorUnits(), minor);
    }

    void arithmeticStaysExact()
    {
        // 0.1 + 0.2 yuan, ten million times: exact in fen, never drifting like a double.
        Money total = Money::yuan(0);
        for (int i = 0; i < 10'000'000; ++i)
            total = total + Money::yuan(30);
        QCOMPARE(total.minorUnits(), qint64(300'000'000));
        QCOMPARE(Money::yuan(500) - Money::yuan(200), Money::yuan(300));
        QVERIFY(Money::yuan(1) < Money::yuan(2));
        QCOMPARE(Money::yuan(50).ratioTo(Money::yuan(200)), 0.25);
    }

    void currenciesDoNotMix()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 Money::yuan(1) + Money(1, QStringLiteral("USD")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 (void)(Money::yuan(1) < Money(1, QStringLiteral("USD"))));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
