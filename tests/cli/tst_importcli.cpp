// `tenderdesk-cli import` end to end: the summary and the warnings it prints, the exit code and
// all-or-nothing per file; and a kill -9 in the middle of a big file, which must leave none of
// that file in the database and the database intact.
#include "clirunner.h"
#include "store/database.h"
#include "store/sql.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace td;

namespace {

QByteArray release(int n, const char* currency = "CNY")
{
    QByteArray r = R"({"ocid": "ocds-cli-N", "id": "1", "date": "2025-03-01T00:00:00Z",
"parties": [{"id": "B", "name": "Harbour Authority", "identifier": {"scheme": "XI-T", "id": "9"}},
 {"id": "S", "name": "Crane Co", "identifier": {"scheme": "XI-T", "id": "N"}}],
"buyer": {"id": "B", "name": "Harbour Authority"},
"tender": {"id": "t", "title": "Cranes N", "status": "active",
 "value": {"amount": 1000, "currency": "CUR"}},
"bids": {"details": [{"id": "b1", "status": "valid", "tenderers": [{"id": "S"}],
 "value": {"amount": 900, "currency": "CUR"}}]},
"awards": [{"id": "a1", "status": "active", "relatedBid": "b1", "suppliers": [{"id": "S"}],
 "value": {"amount": 900, "currency": "CUR"}}]})";
    r.replace('N', QByteArray::number(n)); // only the ocid, the id and the title hold an N
    r.replace("CUR", currency);
    return r.replace('\n', ' ');
}

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 count(const Database& db, const char* table)
{
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

// Bytes the process has read so far (Linux).
qint64 bytesRead(qint64 pid)
{
    QFile io(QStringLiteral("/proc/%1/io").arg(pid));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : io.readAll().split('\n'))
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsAndSummarises()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const QString good = write(dir, "good.jsonl", release(1) + '\n' + release(2, "cny") + '\n');
        const test::CliResult r =
            test::cli({QStringLiteral("-d"), db, QStringLiteral("import"), good});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("good.jsonl (jsonl): 2 releases; tenders 2 "
                                              "created, 0 updated; bids 2 created")),
                 qPrintable(r.out));
        // The lowercase currency, in the tender's, the bid's and the award's value.
        QVERIFY2(r.out.contains(QLatin1String("3 warning")), qPrintable(r.out));
        // The warning says where: file, line, field.
        QVERIFY2(r.err.contains(good + QLatin1String(":2: tender/value/currency: ")),
                 qPrintable(r.err));

        // Again: the processes are updated, not duplicated.
        const test::CliResult again =
            test::cli({QStringLiteral("-d"), db, QStringLiteral("import"), good});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("tenders 0 created, 2 updated")),
                 qPrintable(again.out));
        Database opened(DatabaseLocation::resolve(db));
        QCOMPARE(count(opened, "tenders"), 2);
        QCOMPARE(count(opened, "bids"), 2);
    }

    void brokenFileFailsAlone()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const QString good = write(dir, "good.json", release(1));
        const QString broken =
            write(dir, "broken.jsonl", release(2) + '\n' + release(3) + '\n' + "{\"ocid\": \n");
        const QString empty = write(dir, "empty.json", QByteArray());
        const test::CliResult r =
            test::cli({QStringLiteral("-d"), db, QStringLiteral("import"), good, broken, empty});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(broken + QLatin1String(":3: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Nothing of this file was imported")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("empty.json: nothing to import")), qPrintable(r.out));
        Database opened(DatabaseLocation::resolve(db));
        QCOMPARE(count(opened, "tenders"), 1); // good.json only
        QCOMPARE(count(opened, "ocds_imports"), 1);
    }

    // A market exported as OCDS and imported into an empty database keeps every tender, bid and
    // award, with the same amounts, in both shapes of the export.
    void exportThenImportKeepsTheMarket_data()
    {
        QTest::addColumn<bool>("jsonLines");
        QTest::newRow("release package") << false;
        QTest::newRow("JSON Lines") << true;
    }
    void exportThenImportKeepsTheMarket()
    {
        QFETCH(bool, jsonLines);
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source.sqlite"));
        const QString target = dir.filePath(QStringLiteral("target.sqlite"));
        const QString file = dir.filePath(jsonLines ? QStringLiteral("market.jsonl")
                                                    : QStringLiteral("market.json"));
        QCOMPARE(test::cli({QStringLiteral("-d"), source, QStringLiteral("demo"),
                            QStringLiteral("--tenders"), QStringLiteral("120")})
                     .exitCode,
                 0);
        QStringList exportArguments{QStringLiteral("-d"),     source,
                                    QStringLiteral("export"), QStringLiteral("ocds"),
                                    QStringLiteral("--out"),  file};
        if (jsonLines)
            exportArguments.append(QStringLiteral("--jsonl"));
        QCOMPARE(test::cli(exportArguments).exitCode, 0);
        const test::CliResult imported =
            test::cli({QStringLiteral("-d"), target, QStringLiteral("import"), file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        // Counted and summed by each database: what the export read against what the import
        // wrote, excluding nothing.
        const QString figures = QStringLiteral(
            "SELECT (SELECT count(*) FROM tenders) || ' tenders, ' || (SELECT count(*) FROM lots) "
            "|| ' lots, ' || (SELECT count(*) FROM bids) || ' bids, ' || (SELECT "
            "sum(total_price_minor) FROM bids) || ' bid fen, ' || (SELECT count(*) FROM awards) || "
            "' awards, ' || (SELECT sum(amount_minor) FROM awards) || ' award fen, ' || (SELECT "
            "count(*) FROM bids WHERE status = 'disqualified') || ' disqualified, ' || (SELECT "
            "count(DISTINCT reference) FROM tenders) || ' references'");
        const auto figuresOf = [&figures](const QString& path) {
            const Database db(DatabaseLocation::resolve(path));
            return sql::scalar(db.connection(), figures).toString();
        };
        const QString expected = figuresOf(source);
        QVERIFY(expected.startsWith(QLatin1String("120 tenders")));
        QCOMPARE(figuresOf(target), expected);
    }

    void wrongCommandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        QCOMPARE(test::cli({QStringLiteral("-d"), db, QStringLiteral("import")}).exitCode, 2);
        const test::CliResult r =
            test::cli({QStringLiteral("-d"), db, QStringLiteral("import"), QStringLiteral("x.json"),
                       QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Unknown format 'xml'")), qPrintable(r.err));
        const test::CliResult help = test::cli({QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QLatin1String("import FILE...")), qPrintable(help.out));
    }

    void killedMidFileLeavesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        const QString first = write(dir, "first.json", release(0));
        QCOMPARE(test::cli({QStringLiteral("-d"), db, QStringLiteral("import"), first}).exitCode,
                 0);
        QByteArray lines;
        constexpr int releases = 40000;
        lines.reserve(releases * 700);
        for (int i = 1; i <= releases; ++i)
            lines += release(i) + '\n';
        const QString big = write(dir, "big.jsonl", lines);

        QProcess cli;
        cli.start(QStringLiteral(TENDERDESK_CLI),
                  {QStringLiteral("-d"), db, QStringLiteral("import"), big});
        QVERIFY(cli.waitForStarted());
        // Kill it once it has read a third of the file: well inside its one transaction.
        bool midFile = false;
        for (int i = 0; i < 6000 && cli.state() == QProcess::Running; ++i) {
            const qint64 read = bytesRead(cli.processId());
            if (read > lines.size() / 3) {
                midFile = ::kill(pid_t(cli.processId()), SIGKILL) == 0;
                break;
            }
            QTest::qWait(10);
        }
        QVERIFY2(midFile, "the import ended before it could be killed: make the file bigger");
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        Database opened(DatabaseLocation::resolve(db));
        QCOMPARE(count(opened, "tenders"), 1);
        QCOMPARE(count(opened, "ocds_imports"), 1);
        QCOMPARE(count(opened, "bids"), 1);
        QCOMPARE(
            sql::scalar(opened.connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
            QStringLiteral("ok"));
        QCOMPARE(
            sql::scalar(opened.connection(), QStringLiteral("PRAGMA foreign_key_check")).isValid(),
            false);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
