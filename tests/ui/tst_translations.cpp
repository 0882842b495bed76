// The app follows the system locale: Chinese under zh_CN (TenderDesk's and Qt's own strings),
// English with proper plurals otherwise.
#include "domain/codes.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseLocale()
    {
        qunsetenv("TENDERDESK_LANG");
        td::installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("td::ui::MainWindow", "Tenders"),
                 QStringLiteral("招标"));
        QCOMPARE(td::nameOf(td::TenderStatus::Unsuccessful), QStringLiteral("流标"));
        QCOMPARE(td::nameOf(td::ProcurementMethod::OpenTender), QStringLiteral("公开招标"));
        QVERIFY(QCoreApplication::translate("td::cli", "%n tender(s)", nullptr, 931)
                    .contains(QLatin1String("931")));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    }

    void environmentOverridesTheLocale()
    {
        qputenv("TENDERDESK_LANG", "en");
        td::installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN")));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QCoreApplication::translate("td::cli", "%n tender(s)", nullptr, 1),
                 QStringLiteral("1 tender"));
        QCOMPARE(QCoreApplication::translate("td::cli", "%n tender(s)", nullptr, 931),
                 QStringLiteral("931 tenders"));
        qunsetenv("TENDERDESK_LANG");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
