// `tenderdesk-cli market` and `redflags` end to end on the hand-counted market of
// tests/core/analytics/marketfixture.h: the JSON shapes scripts rely on, the text tables, the
// filters named as people name organisations, and the mistakes.
#include "clirunner.h"
#include "marketfixture.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

class TestMarketCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliResult run(const QStringList& arguments)
    {
        return cli(QStringList{QStringLiteral("-d"), m_db} + arguments);
    }

    QJsonObject json(const QStringList& arguments)
    {
        const CliResult r = run(arguments);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("market.sqlite"));
        Database db(DatabaseLocation::resolve(m_db));
        writeHandMarket(db);
    }

    void marketJson()
    {
        const QJsonObject report =
            json({QStringLiteral("market"), QStringLiteral("--json"), QStringLiteral("--lang"),
                  QStringLiteral("en"), QStringLiteral("--section"), QStringLiteral("vendor_share"),
                  QStringLiteral("--section"), QStringLiteral("bids_per_tender")});
        QCOMPARE(report.value(u"language").toString(), QStringLiteral("en"));
        const QJsonArray sections = report.value(u"sections").toArray();
        QCOMPARE(sections.size(), 2);
        // In the report's order, whatever the order asked.
        QCOMPARE(sections.at(0).toObject().value(u"id").toString(),
                 QStringLiteral("bids_per_tender"));
        const QJsonObject share = sections.at(1).toObject();
        QCOMPARE(share.value(u"id").toString(), QStringLiteral("vendor_share"));
        const QJsonObject table = share.value(u"tables").toArray().at(0).toObject();
        QCOMPARE(table.value(u"currency").toString(), QStringLiteral("CNY"));
        QStringList keys;
        for (const QJsonValue& c : table.value(u"columns").toArray())
            keys.append(c.toObject().value(u"key").toString());
        QCOMPARE(keys, QStringList({QStringLiteral("vendor"), QStringLiteral("wins"),
                                    QStringLiteral("win_share"), QStringLiteral("awarded_value"),
                                    QStringLiteral("value_share")}));
        const QJsonObject v1 = table.value(u"rows").toArray().at(0).toObject();
        QCOMPARE(v1.value(u"vendor").toString(), QStringLiteral("V1 Ltd"));
        QCOMPARE(v1.value(u"wins").toInteger(), 2);
        QCOMPARE(v1.value(u"awarded_value").toInteger(), 160'000'000);
        const QJsonObject slice = share.value(u"chart")
                                      .toObject()
                                      .value(u"series")
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"data")
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QVERIFY(slice.value(u"drill").toString().startsWith(QStringLiteral("vendor=")));
    }

    void marketFilters()
    {
        // V3 (named by its short name) bid on T1, T3 and T4; by its USCC the same.
        for (const QString& v3 : {QStringLiteral("V3"), builderUscc(5)}) {
            const QJsonObject report = json(
                {QStringLiteral("market"), QStringLiteral("--json"), QStringLiteral("--vendor"), v3,
                 QStringLiteral("--section"), QStringLiteral("tenders_by_month")});
            QCOMPARE(report.value(u"sections")
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"tables")
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"rows")
                         .toArray()
                         .size(),
                     3);
        }
        const QJsonObject period = json(
            {QStringLiteral("market"), QStringLiteral("--json"), QStringLiteral("--from"),
             QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
             QStringLiteral("--section"), QStringLiteral("tenders_by_month")});
        const QJsonArray rows = period.value(u"sections")
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"tables")
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"rows")
                                    .toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"month").toString(), QStringLiteral("2025-02"));
        QCOMPARE(rows.at(0).toObject().value(u"budget").toInteger(), 80'000'000);
    }

    void marketText()
    {
        const CliResult r =
            run({QStringLiteral("market"), QStringLiteral("--lang"), QStringLiteral("en"),
                 QStringLiteral("--section"), QStringLiteral("loss_making_wins")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("== Loss-making wins ==")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("¥100,000.00")), qPrintable(r.out));
        // Chinese by default.
        const CliResult zh = run({QStringLiteral("market"), QStringLiteral("--section"),
                                  QStringLiteral("vendor_share")});
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(zh.out.contains(QString::fromUtf8("供应商市场份额")), qPrintable(zh.out));
    }

    void redFlagsJson()
    {
        const QJsonObject flags = json({QStringLiteral("redflags"), QStringLiteral("--json")});
        QStringList groups = flags.keys();
        QCOMPARE(groups, QStringList({QStringLiteral("Buyer"), QStringLiteral("Meta"),
                                      QStringLiteral("OCID"), QStringLiteral("ProcuringEntity"),
                                      QStringLiteral("Tenderer")}));
        // T3: identical prices (R028), all but the winner disqualified (2 others: R035), the
        // lowest bid disqualified (R036); see tst_redflags for the working.
        const QJsonObject t3 = flags.value(u"OCID").toObject().value(u"ocds-tdesk1-T3").toObject();
        QCOMPARE(t3, QJsonObject({{QStringLiteral("R028"), 1.0},
                                  {QStringLiteral("R035"), 2.0},
                                  {QStringLiteral("R036"), 1.0}}));
        QCOMPARE(flags.value(u"Tenderer")
                     .toObject()
                     .value(QStringLiteral("CN-USCC-") + builderUscc(5))
                     .toObject()
                     .value(u"R028")
                     .toDouble(),
                 1.0);
        QVERIFY(flags.value(u"Meta").toObject().contains(u"R024"));
    }

    void redFlagsSettings()
    {
        const QString settings = m_dir.filePath(QStringLiteral("settings.json"));
        QVERIFY(writeFile(settings, R"({"R003": {"threshold": 31}})"));
        const QJsonObject flags = json({QStringLiteral("redflags"), QStringLiteral("--json"),
                                        QStringLiteral("--settings"), settings});
        // Only R003 runs, now flagging T1 (30 days), T2 (4) and T4 (27).
        QCOMPARE(flags.value(u"OCID").toObject().keys(),
                 QStringList({QStringLiteral("ocds-tdesk1-T1"), QStringLiteral("ocds-tdesk1-T2"),
                              QStringLiteral("ocds-tdesk1-T4")}));
        QCOMPARE(flags.value(u"Tenderer").toObject().size(), 0);
        const CliResult text =
            run({QStringLiteral("redflags"), QStringLiteral("--settings"), settings});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("3 red flags.")), qPrintable(text.out));
    }

    void mistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QStringList{QStringLiteral("market"), QStringLiteral("--from"),
                                                 QStringLiteral("2024-13-01")}
                                  << 2 << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("unknown buyer")
            << QStringList{QStringLiteral("market"), QStringLiteral("--buyer"),
                           QStringLiteral("Nobody")}
            << 1 << QStringLiteral("No organisation is called 'Nobody'");
        QTest::newRow("unknown section")
            << QStringList{QStringLiteral("market"), QStringLiteral("--section"),
                           QStringLiteral("pies")}
            << 1 << QStringLiteral("no section pies");
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("redflags"), QStringLiteral("--lang"),
                           QStringLiteral("en")}
            << 2 << QStringLiteral("does not take --lang");
        QTest::newRow("missing settings")
            << QStringList{QStringLiteral("redflags"), QStringLiteral("--settings"),
                           QStringLiteral("/nonexistent/settings.json")}
            << 1 << QStringLiteral("settings.json");
    }
    void mistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliResult r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestMarketCli)
#include "tst_marketcli.moc"
