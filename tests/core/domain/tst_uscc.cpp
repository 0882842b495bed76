#include "domain/uscc.h"

#include <QTest>

class TestUscc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        // Published codes of real organisations (GB 32100-2015 check character).
        QTest::newRow("Xiaomi Technology") << "91110108551385082Q" << true;
        QTest::newRow("Huawei Technologies") << "914403001922038216" << true;
        QTest::newRow("wrong check") << "91110108551385082R" << false;
        QTest::newRow("17 characters") << "91110108551385082" << false;
        QTest::newRow("19 characters") << "91110108551385082QQ" << false;
        QTest::newRow("letter I not allowed") << "9111010855138508IQ" << false;
        QTest::newRow("lowercase") << "91110108551385082q" << false;
        QTest::newRow("empty") << "" << false;
    }
    void validate()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(td::uscc::isValid(code), valid);
        QCOMPARE(td::uscc::problem(code).isEmpty(), valid);
    }

    void checkCharacterCompletesACode()
    {
        const QString first17 = QStringLiteral("91310000MA1FL0000");
        const QChar check = td::uscc::checkCharacter(first17);
        QVERIFY(!check.isNull());
        QVERIFY(td::uscc::isValid(first17 + check));
        QVERIFY(td::uscc::checkCharacter(QStringLiteral("91310000MA1FL000")).isNull());
    }

    void problemNamesTheFix()
    {
        QVERIFY(
            td::uscc::problem(QStringLiteral("91110108551385082R")).contains(QLatin1String("'Q'")));
        QVERIFY(td::uscc::problem(QStringLiteral("123")).contains(QLatin1String("18")));
    }
};

QTEST_GUILESS_MAIN(TestUscc)
#include "tst_uscc.moc"
