// tenderdesk-cli end to end: the real executable, its exit codes, its text and JSON output.
#include "store/migrations.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(TENDERDESK_CLI), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("market.sqlite"));
        const Result demo = cli({QStringLiteral("--database"), m_db, QStringLiteral("demo"),
                                 QStringLiteral("--seed"), QStringLiteral("11"),
                                 QStringLiteral("--tenders"), QStringLiteral("60")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(QLatin1String("60 tenders")), qPrintable(demo.out));
    }

    void version()
    {
        const Result r = cli({QStringLiteral("version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("tenderdesk-cli 0.")));
        QVERIFY(r.out.contains(QStringLiteral("schema %1").arg(latestSchemaVersion())));
    }

    void initCreatesAndIsRepeatable()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh/new.sqlite"));
        for (int i = 0; i < 2; ++i) {
            const Result r = cli({QStringLiteral("-d"), path, QStringLiteral("init")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(QStringLiteral("schema version %1").arg(latestSchemaVersion())));
        }
        const Result list =
            cli({QStringLiteral("-d"), path, QStringLiteral("tenders"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QLatin1String("0 tenders")));
    }

    void listAsTextAndJson()
    {
        const Result text =
            cli({QStringLiteral("-d"), m_db, QStringLiteral("tenders"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QLatin1String("60 tenders")));
        QVERIFY(text.out.startsWith(QLatin1String("Reference")));

        const Result json = cli({QStringLiteral("-d"), m_db, QStringLiteral("tenders"),
                                 QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 60);
        const QJsonObject first = rows.first().toObject();
        for (const char* key : {"reference", "title", "buyer", "category", "status",
                                "budgetCeiling", "publishedAt", "bidDeadline"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(
            first.value(QLatin1String("budgetCeiling")).toObject().value(QLatin1String("currency")),
            QStringLiteral("CNY"));
        // Sorted by reference.
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).toObject().value(QLatin1String("reference")).toString() <
                    rows.at(i).toObject().value(QLatin1String("reference")).toString());
    }

    void longListsStayAligned()
    {
        // More tenders than one page of the listing: every row printed, all aligned.
        const QString path = m_dir.filePath(QStringLiteral("big.sqlite"));
        QCOMPARE(cli({QStringLiteral("-d"), path, QStringLiteral("demo"),
                      QStringLiteral("--tenders"), QStringLiteral("4500")})
                     .exitCode,
                 0);
        const Result r =
            cli({QStringLiteral("-d"), path, QStringLiteral("tenders"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4500 + 2); // header, rows, count
        QVERIFY(lines.last().contains(QLatin1String("4500 tenders")));
        const qsizetype statusColumn = lines.first().indexOf(QLatin1String("Status"));
        for (qsizetype i = 1; i <= 4500; ++i) {
            QVERIFY2(lines.at(i).contains(QLatin1String("-GAI-")), qPrintable(lines.at(i)));
            QCOMPARE(lines.at(i).indexOf(QLatin1Char(' '), 0) < statusColumn, true);
            QVERIFY2(!lines.at(i).at(statusColumn).isSpace(), qPrintable(lines.at(i)));
        }
    }

    void listFilters()
    {
        const auto countOf = [&](const QStringList& extra) {
            const Result r = cli(QStringList{QStringLiteral("-d"), m_db, QStringLiteral("tenders"),
                                             QStringLiteral("list"), QStringLiteral("--json")} +
                                 extra);
            return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).array().size() : -1;
        };
        const qsizetype knowledge =
            countOf({QStringLiteral("--category"), QStringLiteral("knowledgeAssistant")});
        QVERIFY(knowledge > 30 && knowledge < 60);
        QCOMPARE(countOf({QStringLiteral("--limit"), QStringLiteral("5")}), 5);
        QCOMPARE(countOf({QStringLiteral("--year"), QStringLiteral("2024")}), 60);
        QCOMPARE(countOf({QStringLiteral("--year"), QStringLiteral("2023")}), 0);
        const qsizetype searched = countOf({QStringLiteral("--search"), QStringLiteral("大模型")});
        QCOMPARE(searched, 60);
    }

    void showAsTextAndJson()
    {
        const Result list =
            cli({QStringLiteral("-d"), m_db, QStringLiteral("tenders"), QStringLiteral("list"),
                 QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
        const QString reference = QJsonDocument::fromJson(list.out.toUtf8())
                                      .array()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("reference"))
                                      .toString();
        QVERIFY(!reference.isEmpty());

        const Result text = cli({QStringLiteral("-d"), m_db, QStringLiteral("tenders"),
                                 QStringLiteral("show"), reference});
        QCOMPARE(text.exitCode, 0);
        for (const char* part :
             {"Hardware rules", "Minimum domestic accelerator share", "Timeline (Asia/Shanghai)",
              "Bid deadline", "Criterion", "Weight", "bids", "Vendor"})
            QVERIFY2(text.out.contains(QLatin1String(part)), part);

        const Result json = cli({QStringLiteral("-d"), m_db, QStringLiteral("tenders"),
                                 QStringLiteral("show"), reference, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject tender = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(tender.value(QLatin1String("reference")).toString(), reference);
        QVERIFY(tender.value(QLatin1String("bids")).toArray().size() >= 3);
        int weights = 0;
        for (const QJsonValue& c : tender.value(QLatin1String("criteria")).toArray())
            weights += c.toObject().value(QLatin1String("weight")).toInt();
        QCOMPARE(weights, 100);
        QVERIFY(!tender.value(QLatin1String("hardwareRules")).toObject().isEmpty());
        QVERIFY(tender.value(QLatin1String("lots")).toArray().size() >= 1);
        QVERIFY(tender.value(QLatin1String("workload"))
                    .toObject()
                    .value(QLatin1String("contractedTokensPerYear"))
                    .toInteger() > 0);
    }

    void errorsNameTheFix()
    {
        const Result missing = cli({QStringLiteral("-d"), m_db, QStringLiteral("tenders"),
                                    QStringLiteral("show"), QStringLiteral("NO-SUCH-REF")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("NO-SUCH-REF")));
        QVERIFY(missing.err.contains(QLatin1String("tenders list")));

        const Result unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("Unknown command 'frobnicate'")));
        QVERIFY(unknown.err.contains(QLatin1String("Usage:")));

        const Result badOption =
            cli({QStringLiteral("-d"), m_db, QStringLiteral("tenders"), QStringLiteral("list"),
                 QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.err.contains(QLatin1String("--seed")));

        const Result badStatus =
            cli({QStringLiteral("-d"), m_db, QStringLiteral("tenders"), QStringLiteral("list"),
                 QStringLiteral("--status"), QStringLiteral("open")});
        QCOMPARE(badStatus.exitCode, 2);
        QVERIFY(badStatus.err.contains(QLatin1String("tendering")));

        const Result again = cli({QStringLiteral("-d"), m_db, QStringLiteral("demo")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QLatin1String("already holds 60 tenders")));

        const Result badUrl = cli({QStringLiteral("-d"), QStringLiteral("postgresql://nohost"),
                                   QStringLiteral("tenders"), QStringLiteral("list")});
        QCOMPARE(badUrl.exitCode, 1);
        QVERIFY(badUrl.err.contains(QLatin1String("postgresql://user@host:port/database")));
    }

    void tenderCreateFromAFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("tender.json"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(R"({"category": "codeGeneration", "buyer": "国家电网",
                "title": "国家电网研发编程助手大模型采购项目",
                "budgetCeiling": {"amount": "4800000.00", "currency": "CNY"}})");
        }
        const Result created = cli({QStringLiteral("-d"), m_db, QStringLiteral("tender"),
                                    QStringLiteral("create"), QStringLiteral("--from"), file});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString reference = created.out.trimmed();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^TD-\\d{4}-\\d{6}$")).match(reference).hasMatch(),
            qPrintable(reference));
        const Result shown = cli({QStringLiteral("-d"), m_db, QStringLiteral("tenders"),
                                  QStringLiteral("show"), reference, QStringLiteral("--json")});
        const QJsonObject tender = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(tender.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(tender.value(QLatin1String("benchmarkSuite")).toString(),
                 QStringLiteral("code-generation-v1"));
        QCOMPARE(
            tender.value(QLatin1String("budgetCeiling")).toObject().value(QLatin1String("amount")),
            QStringLiteral("4800000.00"));

        // A file with errors: exit 1, every error named, nothing written.
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(R"({"category": "codeGeneration", "buyer": "国家电网",
                "criteria": [{"code": "price", "weight": 50}], "title": " "})");
        }
        const Result refused = cli({QStringLiteral("-d"), m_db, QStringLiteral("tender"),
                                    QStringLiteral("create"), QStringLiteral("--from"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("title:")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("add up to 50")));
        const Result missing =
            cli({QStringLiteral("-d"), m_db, QStringLiteral("tender"), QStringLiteral("create")});
        QCOMPARE(missing.exitCode, 2);
        const Result unreadable =
            cli({QStringLiteral("-d"), m_db, QStringLiteral("tender"), QStringLiteral("create"),
                 QStringLiteral("--from"), m_dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(unreadable.exitCode, 1);
        QVERIFY(unreadable.err.contains(QLatin1String("nope.json")));
    }

    void newerDatabaseIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QCOMPARE(cli({QStringLiteral("-d"), path, QStringLiteral("init")}).exitCode, 0);
        {
            Database db(DatabaseLocation::parse(path));
            sql::run(db.connection(), QStringLiteral("INSERT INTO schema_version VALUES (99, "
                                                     "'2030-01-01T00:00:00Z')"));
        }
        const Result r =
            cli({QStringLiteral("-d"), path, QStringLiteral("tenders"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("newer TenderDesk")), qPrintable(r.err));
    }

    void auditVerify()
    {
        Result r =
            cli({QStringLiteral("-d"), m_db, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("intact")));
        const QString copy = m_dir.filePath(QStringLiteral("tampered.sqlite"));
        QVERIFY(QFile::copy(m_db, copy));
        {
            Database db(DatabaseLocation::parse(copy));
            sql::run(db.connection(), QStringLiteral("UPDATE audit_log SET payload = '{}'"));
        }
        r = cli({QStringLiteral("-d"), copy, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("changed after it was written")));
    }

    void postgresqlEndToEnd()
    {
        test::TestDatabase server(Engine::Postgresql);
        QVERIFY2(server.isReady(), qPrintable(server.error()));
        const QString url = server.location().serverUrl.toString();
        Result r = cli({QStringLiteral("--database"), url, QStringLiteral("demo"),
                        QStringLiteral("--tenders"), QStringLiteral("25")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("--database"), url, QStringLiteral("tenders"),
                 QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 25);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
