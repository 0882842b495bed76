// `tenderdesk-cli bench` and `cost` end to end: a demo market, the scripted test server, a run
// attached to a bid and its JSON, Ctrl+C, the cost-to-serve with its formulas, and the mistakes
// people make on the command line.
#include "fakeopenaiprocess.h"
#include "store/database.h"
#include "store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result cli(const QStringList& arguments, const QProcessEnvironment& environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TENDERDESK_CLI), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

} // namespace

class TestBenchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    td::test::FakeOpenAiProcess m_server{QStringLiteral(TENDERDESK_FAKE_OPENAI)};
    td::test::FakeOpenAiProcess m_lockedServer{QStringLiteral(TENDERDESK_FAKE_OPENAI)};

    QString url(const td::test::FakeOpenAiProcess& server) const
    {
        return QStringLiteral("http://127.0.0.1:%1/v1").arg(server.port());
    }

    QStringList bench(const QStringList& more) const
    {
        return QStringList{QStringLiteral("-d"), m_db, QStringLiteral("bench"),
                           QStringLiteral("--endpoint"), url(m_server)} +
               more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("market.sqlite"));
        QCOMPARE(cli({QStringLiteral("-d"), m_db, QStringLiteral("demo"),
                      QStringLiteral("--tenders"), QStringLiteral("12")})
                     .exitCode,
                 0);
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        QVERIFY2(m_lockedServer.start({QStringLiteral("--api-key"), QStringLiteral("sk-test-1")},
                                      &error),
                 qPrintable(error));
    }

    void benchWritesJsonAndStoresTheRun()
    {
        const QString json = m_dir.filePath(QStringLiteral("run.json"));
        const Result r = cli(bench(
            {QStringLiteral("--model"), QStringLiteral("scripted?ttft=20&itl=2&tokens=40"),
             QStringLiteral("--concurrency"), QStringLiteral("8"), QStringLiteral("--requests"),
             QStringLiteral("32"), QStringLiteral("--suite"), QStringLiteral("knowledge-qa-v1"),
             QStringLiteral("--bid"), QStringLiteral("1"), QStringLiteral("--json"), json}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("TTFT ms")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("accuracy: ")));
        const QJsonObject run = readJson(json);
        QCOMPARE(run.value(u"format").toString(), QStringLiteral("tenderdesk-benchmark-1"));
        QCOMPARE(run.value(u"status").toString(), QStringLiteral("completed"));
        QCOMPARE(run.value(u"config").toObject().value(u"bid").toInteger(), 1);
        const QJsonObject load = run.value(u"load").toObject();
        QCOMPARE(load.value(u"requests").toInt(), 32);
        QCOMPARE(load.value(u"outputTokens").toInteger(), 32 * 40);
        for (const char* metric : {"ttfbMs", "ttftMs", "tpotMs", "itlMs", "e2eMs"})
            for (const char* p : {"p50", "p90", "p95", "p99"})
                QVERIFY2(load.value(QLatin1String(metric)).toObject().contains(QLatin1String(p)),
                         metric);
        QVERIFY(load.value(u"ttftMs").toObject().value(u"p50").toDouble() >= 20);
        const QJsonArray samples = run.value(u"samples").toArray();
        QCOMPARE(samples.size(), 32 + 4); // four warm-up requests by default, marked
        QCOMPARE(samples.first().toObject().value(u"warmup").toBool(), true);
        QCOMPARE(samples.last().toObject().value(u"outputTokens").toInt(), 40);
        // "knowledge-qa-v1" against a model that answers "t0 t1 ...": nothing is right.
        QCOMPARE(run.value(u"accuracy").toObject().value(u"correct").toInt(), 0);
    }

    void ctrlCStoresTheRunAsCancelled()
    {
        // An endpoint that takes requests and never answers: once a request has come in, the
        // run is under way (the Ctrl+C handler is set before the first request goes out) and
        // cannot end by itself before the signal, however slow the machine.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = silent.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this,
                        [&received, socket] { received += socket->readAll(); });
        });
        const QString endpoint = QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort());
        const QString json = m_dir.filePath(QStringLiteral("interrupted.json"));
        QProcess bench;
        bench.start(QStringLiteral(TENDERDESK_CLI),
                    {QStringLiteral("-d"), m_db, QStringLiteral("bench"),
                     QStringLiteral("--endpoint"), endpoint, QStringLiteral("--model"),
                     QStringLiteral("m"), QStringLiteral("--concurrency"), QStringLiteral("2"),
                     QStringLiteral("--requests"), QStringLiteral("10"), QStringLiteral("--warmup"),
                     QStringLiteral("0"), QStringLiteral("--json"), json});
        QVERIFY(bench.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("\r\n\r\n"), 60000);

        QCOMPARE(::kill(pid_t(bench.processId()), SIGINT), 0); // what Ctrl+C sends
        QVERIFY(bench.waitForFinished(60000));
        const QString out = QString::fromUtf8(bench.readAllStandardOutput());
        const QString err = QString::fromUtf8(bench.readAllStandardError());
        // Handled: not ended by the signal, and a cancelled run is no failure.
        QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
        QVERIFY2(bench.exitCode() == 0, qPrintable(err));
        QVERIFY2(out.contains(QLatin1String(": cancelled, concurrency 2 on m")), qPrintable(out));
        QCOMPARE(readJson(json).value(u"status").toString(), QStringLiteral("cancelled"));
        // And stored as such.
        td::Database db(td::DatabaseLocation::parse(m_db));
        QCOMPARE(td::sql::scalar(db.connection(),
                                 QStringLiteral("SELECT status FROM benchmark_runs WHERE endpoint "
                                                "= ? ORDER BY id DESC LIMIT 1"),
                                 {endpoint})
                     .toString(),
                 QStringLiteral("cancelled"));
    }

    void costOfTheBenchmarkedBid()
    {
        const Result text =
            cli({QStringLiteral("-d"), m_db, QStringLiteral("cost"), QStringLiteral("1")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("×")), qPrintable(text.out)); // the formulas
        const Result json = cli({QStringLiteral("-d"), m_db, QStringLiteral("cost"),
                                 QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject cost = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(cost.value(u"bid").toInteger(), 1);
        QVERIFY(cost.value(u"benchmarkRun").isDouble());
        QVERIFY2(cost.value(u"cost").isObject(), qPrintable(json.out));
    }

    void costWithoutABenchmarkSaysWhatToDo()
    {
        // A bid never benchmarked, that offers no deployment the demo market benchmarked.
        QString bid;
        {
            td::Database db(td::DatabaseLocation::parse(m_db));
            bid = td::sql::scalar(db.connection(),
                                  QStringLiteral("SELECT MIN(id) FROM bids WHERE "
                                                 "benchmark_run_id IS NULL AND id NOT IN (SELECT "
                                                 "bid_id FROM benchmark_runs WHERE bid_id IS NOT "
                                                 "NULL)"))
                      .toString();
        }
        const Result r = cli({QStringLiteral("-d"), m_db, QStringLiteral("cost"), bid});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bench --bid %1").arg(bid)), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("-d"), m_db, QStringLiteral("cost"), QStringLiteral("999999")})
                     .exitCode,
                 1);
    }

    void apiKeyFromTheEnvironment()
    {
        const QStringList arguments{QStringLiteral("-d"),
                                    m_db,
                                    QStringLiteral("bench"),
                                    QStringLiteral("--endpoint"),
                                    url(m_lockedServer),
                                    QStringLiteral("--model"),
                                    QStringLiteral("scripted?tokens=3"),
                                    QStringLiteral("--concurrency"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--requests"),
                                    QStringLiteral("4"),
                                    QStringLiteral("--api-key-env"),
                                    QStringLiteral("TD_TEST_KEY")};
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("TD_TEST_KEY"));
        const Result unset = cli(arguments, environment);
        QCOMPARE(unset.exitCode, 1);
        QVERIFY2(unset.err.contains(QLatin1String("TD_TEST_KEY")), qPrintable(unset.err));

        environment.insert(QStringLiteral("TD_TEST_KEY"), QStringLiteral("sk-wrong"));
        const Result wrong = cli(arguments, environment);
        QCOMPARE(wrong.exitCode, 0); // the run happened; every request failed, and says why
        QVERIFY2(wrong.out.contains(QLatin1String("HTTP 401")), qPrintable(wrong.out));

        environment.insert(QStringLiteral("TD_TEST_KEY"), QStringLiteral("sk-test-1"));
        const Result right = cli(arguments, environment);
        QCOMPARE(right.exitCode, 0);
        QVERIFY2(right.out.contains(QLatin1String("failed 0")), qPrintable(right.out));
    }

    void rateAndSweep()
    {
        const Result rate =
            cli(bench({QStringLiteral("--model"), QStringLiteral("scripted?tokens=2"),
                       QStringLiteral("--rate"), QStringLiteral("50"), QStringLiteral("--requests"),
                       QStringLiteral("10")}));
        QVERIFY2(rate.exitCode == 0, qPrintable(rate.err));
        QVERIFY(rate.out.contains(QLatin1String("rate 50/s")));
        const Result sweep =
            cli(bench({QStringLiteral("--model"), QStringLiteral("scripted?tokens=2"),
                       QStringLiteral("--sweep"), QStringLiteral("--sweep-max"),
                       QStringLiteral("4"), QStringLiteral("--requests"), QStringLiteral("4")}));
        QVERIFY2(sweep.exitCode == 0, qPrintable(sweep.err));
        QCOMPARE(sweep.out.count(QLatin1String("sweep: concurrency")), 3);
    }

    void commandLineMistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no load shape")
            << QStringList{QStringLiteral("--model"), QStringLiteral("m"),
                           QStringLiteral("--requests"), QStringLiteral("1")}
            << 2 << QStringLiteral("exactly one load shape");
        QTest::newRow("two load shapes")
            << QStringList{QStringLiteral("--model"),    QStringLiteral("m"),
                           QStringLiteral("--requests"), QStringLiteral("1"),
                           QStringLiteral("--sweep"),    QStringLiteral("--rate"),
                           QStringLiteral("2")}
            << 2 << QStringLiteral("exactly one load shape");
        QTest::newRow("no requests")
            << QStringList{QStringLiteral("--model"), QStringLiteral("m"),
                           QStringLiteral("--concurrency"), QStringLiteral("2")}
            << 2 << QStringLiteral("--requests");
        QTest::newRow("no model") << QStringList{QStringLiteral("--concurrency"),
                                                 QStringLiteral("2"), QStringLiteral("--requests"),
                                                 QStringLiteral("1")}
                                  << 2 << QStringLiteral("--model");
        QTest::newRow("no such bid")
            << QStringList{QStringLiteral("--model"),       QStringLiteral("m"),
                           QStringLiteral("--concurrency"), QStringLiteral("2"),
                           QStringLiteral("--requests"),    QStringLiteral("1"),
                           QStringLiteral("--bid"),         QStringLiteral("424242")}
            << 1 << QStringLiteral("no bid 424242");
        QTest::newRow("no such suite")
            << QStringList{QStringLiteral("--model"),       QStringLiteral("m"),
                           QStringLiteral("--concurrency"), QStringLiteral("2"),
                           QStringLiteral("--requests"),    QStringLiteral("1"),
                           QStringLiteral("--suite"),       QStringLiteral("nope")}
            << 1 << QStringLiteral("no benchmark suite named");
        QTest::newRow("negative rate")
            << QStringList{QStringLiteral("--model"),    QStringLiteral("m"),
                           QStringLiteral("--rate"),     QStringLiteral("-3"),
                           QStringLiteral("--requests"), QStringLiteral("1")}
            << 2 << QStringLiteral("above zero");
    }

    void commandLineMistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result r = cli(bench(arguments));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unreachableServerIsARunWithErrors()
    {
        const Result r = cli(
            {QStringLiteral("-d"), m_db, QStringLiteral("bench"), QStringLiteral("--endpoint"),
             QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--model"), QStringLiteral("m"),
             QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--requests"),
             QStringLiteral("3"), QStringLiteral("--warmup"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("3 × could not connect")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestBenchCli)
#include "tst_benchcli.moc"
