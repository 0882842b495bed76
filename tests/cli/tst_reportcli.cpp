// `tenderdesk-cli report`: how its command line is read, before any figure is computed. The
// report's own figures are tested with the core's market report; its writers with
// tst_reportwriters and tst_reportpdf.
#include "clirunner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace td::test;

class TestReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << QStringList{} << QStringLiteral("--out");
        QTest::newRow("unknown extension")
            << QStringList{QStringLiteral("--out"), QStringLiteral("market.docx")}
            << QStringLiteral("name the --out file with one of these extensions, not "
                              "'market.docx'");
        QTest::newRow("no extension")
            << QStringList{QStringLiteral("--out"), QStringLiteral("market")}
            << QStringLiteral(".pdf, .html, .xlsx or .csv");
        QTest::newRow("language") << QStringList{QStringLiteral("--out"), QStringLiteral("m.pdf"),
                                                 QStringLiteral("--lang"), QStringLiteral("fr")}
                                  << QStringLiteral("--lang is zh_CN or en, not 'fr'.");
        QTest::newRow("date") << QStringList{QStringLiteral("--out"), QStringLiteral("m.csv"),
                                             QStringLiteral("--from"), QStringLiteral("2026/01/01")}
                              << QStringLiteral("--from is a day written YYYY-MM-DD, not "
                                                "'2026/01/01'.");
        QTest::newRow("period backwards")
            << QStringList{QStringLiteral("--out"),  QStringLiteral("m.xlsx"),
                           QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                           QStringLiteral("--to"),   QStringLiteral("2026-02-01")}
            << QStringLiteral("--from 2026-03-01 is after --to 2026-02-01.");
        QTest::newRow("words") << QStringList{QStringLiteral("extra"), QStringLiteral("--out"),
                                              QStringLiteral("m.html")}
                               << QStringLiteral("The report takes no words after it");
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("--out"), QStringLiteral("m.html"),
                           QStringLiteral("--json")}
            << QStringLiteral("This command does not take --json.");
    }

    void refusesBadCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("market.sqlite"));
        const CliResult result =
            cli(QStringList{QStringLiteral("-d"), database, QStringLiteral("report")} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        // Refused before anything is opened or written.
        QVERIFY(!QFile::exists(database));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{});
    }

    void usageDescribesIt()
    {
        const CliResult result = cli({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral(
            "report --out FILE.(pdf|html|xlsx|csv) [--section NAME]... [--from DATE]")));
        QVERIFY(result.out.contains(QStringLiteral("FILE-TABLE.csv")));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
