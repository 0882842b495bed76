// tenderdesk-cli end to end: the real executable, its exit codes, its text and JSON output.
#include "clirunner.h"
#include "domain/uscc.h"
#include "exchange/ziparchive.h"
#include "store/migrations.h"
#include "store/organizationrepository.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;
using Result = td::test::CliResult;

namespace {

// A bidder, which only the database itself can add: the CLI asks in its name.
void addBidder(const QString& database, const QString& shortName)
{
    const QString code = QStringLiteral("91330105MA2KXXXX0");
    Organization o{0,
                   QStringLiteral("杭州深度求索人工智能基础技术研究有限公司"),
                   QString(),
                   shortName,
                   code + uscc::checkCharacter(code),
                   OrganizationKind::ModelVendor,
                   QStringLiteral("杭州")};
    Database db(DatabaseLocation::parse(database));
    Transaction transaction(db.connection());
    OrganizationRepository(db.connection()).insert(o);
    transaction.commit();
}

// "2030-06-13T10:00:00+08:00": how a tender file gives a time, in Shanghai.
QByteArray shanghai(const QDateTime& utc)
{
    return utc.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate).toUtf8();
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
                "title": "国家电网研发编程助手大模型采购项目", "purchaseKind": "services",
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
        QCOMPARE(tender.value(QLatin1String("purchaseKind")).toString(),
                 QStringLiteral("services"));
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
            test::dropChangeGuards(db, QStringLiteral("audit_log"));
            sql::run(db.connection(), QStringLiteral("UPDATE audit_log SET payload = '{}'"));
        }
        r = cli({QStringLiteral("-d"), copy, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("changed after it was written")));
    }

    void tenderWorkflowEndToEnd()
    {
        const QString db = m_dir.filePath(QStringLiteral("workflow.sqlite"));
        const QString file = m_dir.filePath(QStringLiteral("workflow-tender.json"));
        QVERIFY(writeFile(file, tenderFile("SGCC-CLI-0001")));
        Result r = runTender(db, {QStringLiteral("create"), QStringLiteral("--from"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString ref = r.out.trimmed();
        QCOMPARE(ref, QStringLiteral("SGCC-CLI-0001"));
        const QString bidder = QStringLiteral("深度求索");
        const QString amendReason = QStringLiteral("调整价格分权重");
        const QString cancelReason = QStringLiteral("项目预算调整");
        addBidder(db, bidder);

        // The edit brings the bid deadline within 15 days: allowed, with a warning.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime deadline =
            QDateTime(now.date().addDays(12), QTime(now.time().hour(), 0), Qt::UTC);
        QVERIFY(writeFile(file, R"({"title": "国家电网客服知识库大模型采购项目（一期）",
            "clarificationDeadline": ")" +
                                    shanghai(deadline.addDays(-7)) + R"(",
            "bidDeadline": ")" + shanghai(deadline) +
                                    R"(",
            "openingAt": ")" + shanghai(deadline.addSecs(3600)) +
                                    R"("})"));
        r = runTender(db, {QStringLiteral("edit"), ref, QStringLiteral("--from"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("Draft %1 saved.").arg(ref));
        QVERIFY2(r.err.contains(QLatin1String("warning: bidDeadline")), qPrintable(r.err));

        const QString secret = m_dir.filePath(QStringLiteral("passphrase"));
        QVERIFY(writeFile(secret, "开标口令 correct horse\n"));
        QCOMPARE(QFileInfo(secret).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        r = runTender(
            db, {QStringLiteral("publish"), ref, QStringLiteral("--passphrase-file"), secret});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("release ocds-tdesk1-%1-001").arg(ref)),
                 qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        r = runTender(
            db, {QStringLiteral("publish"), ref, QStringLiteral("--passphrase-file"), secret});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("only a draft is published")), qPrintable(r.err));

        const QString question = QStringLiteral("是否接受昇腾910B部署？");
        r = runTender(db, {QStringLiteral("ask"), ref, QStringLiteral("--asker"), bidder,
                           QStringLiteral("--question"), question});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpressionMatch asked =
            QRegularExpression(QStringLiteral("^Question (\\d+) recorded")).match(r.out);
        QVERIFY2(asked.hasMatch(), qPrintable(r.out));
        QCOMPARE(asked.captured(1), QStringLiteral("1")); // numbered within the tender
        const QString answer = QStringLiteral("接受，国产算力占比不低于50%。");
        r = runTender(db, {QStringLiteral("answer"), ref, QStringLiteral("7"),
                           QStringLiteral("--answer"), answer});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no question number 7")), qPrintable(r.err));
        r = runTender(db, {QStringLiteral("answer"), ref, asked.captured(1),
                           QStringLiteral("--answer"), answer});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("ocds-tdesk1-%1-002").arg(ref)), qPrintable(r.out));
        r = runTender(db, {QStringLiteral("answer"), ref, asked.captured(1),
                           QStringLiteral("--answer"), answer});
        QCOMPARE(r.exitCode, 1);

        // A material amendment: the reason is required, and the deadline moves 15 days out.
        QVERIFY(writeFile(file, R"({"criteria": [
            {"code": "price", "name": "价格", "weight": 40},
            {"code": "technical", "name": "技术方案", "weight": 20},
            {"code": "benchmarkAccuracy", "name": "基准测试准确率", "weight": 15},
            {"code": "benchmarkPerformance", "name": "基准测试性能", "weight": 10},
            {"code": "security", "name": "安全与国产化", "weight": 10},
            {"code": "service", "name": "售后服务与培训", "weight": 5}]})"));
        r = runTender(db, {QStringLiteral("amend"), ref, QStringLiteral("--from"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--reason is missing")), qPrintable(r.err));
        r = runTender(db, {QStringLiteral("amend"), ref, QStringLiteral("--from"), file,
                           QStringLiteral("--reason"), amendReason});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("ocds-tdesk1-%1-003 (material change)").arg(ref)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("  criteria[price].weight: 30 -> 40")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("  bidDeadline: ") + deadline.toString(Qt::ISODate) +
                                QLatin1String(" -> ")),
                 qPrintable(r.out));

        // Usage errors exit 2; a refused step exits 1; the cancellation is published.
        r = runTender(db, {QStringLiteral("status"), ref, QStringLiteral("open")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Unknown status 'open'")), qPrintable(r.err));
        r = runTender(db, {QStringLiteral("status"), ref, QStringLiteral("cancelled")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Say why")), qPrintable(r.err));
        r = runTender(db, {QStringLiteral("status"), ref, QStringLiteral("cancelled"),
                           QStringLiteral("--reason"), cancelReason});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("Tender %1 is now Cancelled.").arg(ref));

        r = runTender(db, {QStringLiteral("releases"), ref});
        QCOMPARE(r.exitCode, 0);
        const QStringList kinds{QStringLiteral("publication"), QStringLiteral("answer"),
                                QStringLiteral("amendment"), QStringLiteral("cancellation")};
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList releaseLines;
        for (const QString& line : lines)
            if (line.startsWith(QLatin1String("ocds-tdesk1-")))
                releaseLines.append(line);
        QCOMPARE(releaseLines.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(releaseLines.at(i).startsWith(
                         QStringLiteral("ocds-tdesk1-%1-00%2  ").arg(ref).arg(i + 1)),
                     qPrintable(releaseLines.at(i)));
            QVERIFY2(releaseLines.at(i).contains(QLatin1String("  ") + kinds.at(i) +
                                                 QLatin1String("  ")),
                     qPrintable(releaseLines.at(i)));
        }
        QVERIFY(releaseLines.at(1).endsWith(question));
        QVERIFY2(releaseLines.at(2).endsWith(amendReason), qPrintable(releaseLines.at(2)));
        QVERIFY2(releaseLines.at(3).endsWith(cancelReason), qPrintable(releaseLines.at(3)));
        QVERIFY(r.out.contains(QLatin1String("  criteria[technical].weight: 30 -> 20")));

        r = runTender(db, {QStringLiteral("releases"), ref, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonArray releases = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(releases.size(), 4);
        const QStringList tags{QStringLiteral("tender"), QStringLiteral("tenderUpdate"),
                               QStringLiteral("tenderAmendment"),
                               QStringLiteral("tenderCancellation")};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject release = releases.at(i).toObject();
            QCOMPARE(release.value(QLatin1String("id")).toString(),
                     QStringLiteral("ocds-tdesk1-%1-00%2").arg(ref).arg(i + 1));
            QCOMPARE(release.value(QLatin1String("tag")).toArray(), QJsonArray{tags.at(i)});
        }
        QVERIFY(r.out.contains(answer));
        QVERIFY(!r.out.contains(bidder));

        r = cli({QStringLiteral("-d"), db, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("intact")), qPrintable(r.out));
    }

    void theClockMovesATenderWhenTheDatabaseOpens()
    {
        const QString db = m_dir.filePath(QStringLiteral("clock.sqlite"));
        const QString file = m_dir.filePath(QStringLiteral("clock-tender.json"));
        QVERIFY(writeFile(file, tenderFile("SGCC-CLI-0003")));
        Result r = runTender(db, {QStringLiteral("create"), QStringLiteral("--from"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString ref = r.out.trimmed();
        const QString secret = m_dir.filePath(QStringLiteral("clock-passphrase"));
        QVERIFY(writeFile(secret, "开标口令 correct horse\n"));
        r = runTender(
            db, {QStringLiteral("publish"), ref, QStringLiteral("--passphrase-file"), secret});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The template publishes it tomorrow (by this computer's date) with the bid deadline
        // weeks later: not closed yet.
        const QString before = showTender(db, ref).value(QLatin1String("status")).toString();
        QVERIFY2(before == QLatin1String("published") || before == QLatin1String("tendering"),
                 qPrintable(before));

        // Its publication and its bid deadline pass while no program has the database open.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime passed = now.addSecs(-3600);
        {
            Database database(DatabaseLocation::parse(db));
            QSqlQuery moved =
                sql::run(database.connection(),
                         QStringLiteral("UPDATE tenders SET published_at = ?, "
                                        "bid_deadline = ? WHERE reference = ?"),
                         {sql::fromDateTime(now.addDays(-20)), sql::fromDateTime(passed), ref});
            QCOMPARE(moved.numRowsAffected(), 1);
        }
        // Any command opens the database, and the clock closes the tender first.
        const QJsonObject shown = showTender(db, ref);
        QCOMPARE(shown.value(QLatin1String("status")).toString(),
                 QStringLiteral("bidDeadlinePassed"));
        QCOMPARE(shown.value(QLatin1String("bidDeadline")).toString(),
                 passed.toString(Qt::ISODate));
        {
            Database database(DatabaseLocation::parse(db));
            const QString payload =
                sql::scalar(database.connection(),
                            QStringLiteral("SELECT payload FROM audit_log WHERE entity_id = ? AND "
                                           "action = 'tender.status' ORDER BY seq DESC LIMIT 1"),
                            {ref})
                    .toString();
            const QJsonObject move = QJsonDocument::fromJson(payload.toUtf8()).object();
            QCOMPARE(move.value(QLatin1String("to")).toString(),
                     QStringLiteral("bidDeadlinePassed"));
            QCOMPARE(move.value(QLatin1String("by")).toString(), QStringLiteral("clock"));
        }
    }

    void tenderDocumentAndPackage()
    {
        const QString db = m_dir.filePath(QStringLiteral("package.sqlite"));
        const QString file = m_dir.filePath(QStringLiteral("package-tender.json"));
        QVERIFY(writeFile(file, tenderFile("SGCC-CLI-0002")));
        Result r = runTender(db, {QStringLiteral("create"), QStringLiteral("--from"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString ref = r.out.trimmed();
        const QString zip = m_dir.filePath(QStringLiteral("package.zip"));

        r = runTender(db, {QStringLiteral("package"), ref, QStringLiteral("--out"), zip});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("has not been published")), qPrintable(r.err));
        QVERIFY(!QFile::exists(zip));

        // A passphrase file others can read is used, with a warning.
        const QString secret = m_dir.filePath(QStringLiteral("shared-passphrase"));
        QVERIFY(
            writeFile(secret, "开标口令 correct horse",
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        r = runTender(
            db, {QStringLiteral("publish"), ref, QStringLiteral("--passphrase-file"), secret});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("chmod 600")), qPrintable(r.err));

        const QString pdf = m_dir.filePath(QStringLiteral("tender.pdf"));
        r = runTender(db, {QStringLiteral("document"), ref, QStringLiteral("--out"), pdf,
                           QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 2);
        r = runTender(db, {QStringLiteral("document"), ref, QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("fonts-noto-cjk")), qPrintable(r.err));
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QCOMPARE(printed.read(5), QByteArrayLiteral("%PDF-"));
        QVERIFY(printed.size() > 1000);

        r = runTender(db, {QStringLiteral("package"), ref, QStringLiteral("--out"), zip});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("fonts-noto-cjk")), qPrintable(r.err));
        const QList<ArchiveEntry> entries = readZip(zip);
        QHash<QString, QByteArray> byPath;
        for (const ArchiveEntry& e : entries)
            byPath.insert(e.path, e.content);
        QStringList paths = byPath.keys();
        paths.sort();
        QCOMPARE(paths, QStringList(
                            {QStringLiteral("benchmark-suite/knowledge-qa-v1.json"),
                             QStringLiteral("manifest.json"), QStringLiteral("sealing-key.pem"),
                             QStringLiteral("tender-details.json"), QStringLiteral("tender-en.pdf"),
                             QStringLiteral("tender-zh_CN.pdf"), QStringLiteral("tender.json")}));
        for (const char* document : {"tender-en.pdf", "tender-zh_CN.pdf"})
            QVERIFY2(byPath.value(QLatin1String(document)).startsWith("%PDF-"), document);
        QVERIFY(
            byPath.value(QStringLiteral("sealing-key.pem")).startsWith("-----BEGIN PUBLIC KEY"));
        const QJsonObject release =
            QJsonDocument::fromJson(byPath.value(QStringLiteral("tender.json"))).object();
        QCOMPARE(release.value(QLatin1String("id")).toString(),
                 QStringLiteral("ocds-tdesk1-%1-001").arg(ref));
        const QJsonObject manifest =
            QJsonDocument::fromJson(byPath.value(QStringLiteral("manifest.json"))).object();
        const QJsonArray files = manifest.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 6);
        for (const QJsonValue& listed : files) {
            const QString path = listed.toObject().value(QLatin1String("path")).toString();
            QVERIFY2(byPath.contains(path), qPrintable(path));
            QCOMPARE(listed.toObject().value(QLatin1String("sha256")).toString(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(byPath.value(path), QCryptographicHash::Sha256)
                             .toHex()));
        }
    }

    void warnsWhenNoFontDrawsChinese()
    {
        // This computer as if no Chinese font were installed: the system's fontconfig setup,
        // with every font that covers Simplified Chinese turned away.
        const QString config = m_dir.filePath(QStringLiteral("no-chinese-fonts.conf"));
        QVERIFY(writeFile(config, R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include>fonts.conf</include>
  <selectfont><rejectfont>
    <pattern><patelt name="lang"><string>zh-cn</string></patelt></pattern>
  </rejectfont></selectfont>
</fontconfig>
)"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FONTCONFIG_FILE"), config);
        const QString db = m_dir.filePath(QStringLiteral("fonts.sqlite"));
        const QString file = m_dir.filePath(QStringLiteral("fonts-tender.json"));
        QVERIFY(writeFile(file, tenderFile("SGCC-CLI-0004")));
        Result r = runTender(db, {QStringLiteral("create"), QStringLiteral("--from"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString pdf = m_dir.filePath(QStringLiteral("no-chinese-font.pdf"));
        r = cli({QStringLiteral("-d"), db, QStringLiteral("tender"), QStringLiteral("document"),
                 r.out.trimmed(), QStringLiteral("--out"), pdf},
                environment);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // printed all the same, with the warning
        QVERIFY2(r.err.contains(QLatin1String("warning: No font for Chinese is installed")) &&
                     r.err.contains(QLatin1String("sudo apt install fonts-noto-cjk")),
                 qPrintable(r.err));
        QVERIFY(QFile::exists(pdf));
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
