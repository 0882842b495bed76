// A whole benchmark run: the sweep's search, accuracy scored end to end against the oracle and
// contrarian models of the test server (multiple choice, and code run in the sandbox), and a
// run stored with its samples on both database engines.
#include "bench/benchmarkresultjson.h"
#include "bench/benchmarkrunner.h"
#include "bench/benchmarkrunrepository.h"
#include "bench/loadprompts.h"
#include "bench/sweepsearch.h"
#include "demo/demogenerator.h"
#include "domain/error.h"
#include "exchange/benchmarksuite.h"
#include "fakeopenaiprocess.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace td;
using namespace td::bench;

class TestBenchmarkRunner : public QObject
{
    Q_OBJECT

private:
    test::FakeOpenAiProcess m_server{QStringLiteral(TENDERDESK_FAKE_OPENAI)};
    std::atomic<bool> m_noCancel{false};

    BenchmarkConfig config(const QString& model) const
    {
        BenchmarkConfig c;
        c.endpoint.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
        c.endpoint.model = model;
        c.concurrency = 4;
        c.requests = 8;
        c.warmup = 2;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString suites = QStringLiteral(TENDERDESK_SOURCE_DIR "/resources/suites/");
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--suite"),
                                 suites + QStringLiteral("knowledge-qa-v1.json"),
                                 QStringLiteral("--suite"),
                                 suites + QStringLiteral("code-generation-v1.json")},
                                &error),
                 qPrintable(error));
    }

    void sweepSearchFindsTheHighestLevel_data()
    {
        QTest::addColumn<int>("maxConcurrency");
        QTest::addColumn<int>("threshold"); // levels up to it hold
        QTest::addColumn<int>("expected");
        QTest::newRow("nothing holds") << 1024 << 0 << 0;
        QTest::newRow("only 1") << 1024 << 1 << 1;
        QTest::newRow("power of two") << 1024 << 64 << 64;
        QTest::newRow("between powers, exact") << 1024 << 5 << 5;
        QTest::newRow("between powers, within an eighth") << 1024 << 37 << 36;
        QTest::newRow("everything holds") << 1024 << 5000 << 1024;
        QTest::newRow("maximum not a power of two, holds") << 100 << 5000 << 100;
        QTest::newRow("maximum not a power of two, fails") << 100 << 90 << 82;
        QTest::newRow("maximum 1") << 1 << 5000 << 1;
    }

    void sweepSearchFindsTheHighestLevel()
    {
        QFETCH(int, maxConcurrency);
        QFETCH(int, threshold);
        QFETCH(int, expected);
        QList<int> tried;
        const int found = sweepSearch(
            maxConcurrency,
            [&](int level) {
                tried.append(level);
                return level <= threshold;
            },
            [] { return false; });
        QCOMPARE(found, expected);
        QVERIFY(found <= threshold);
        // Good enough to cost a deployment: within an eighth of the true highest level.
        QVERIFY(std::min(threshold, maxConcurrency) - found <= std::max(1, found / 8));
        QVERIFY(tried.size() <= 20); // each level is a whole load run
        for (int level : std::as_const(tried))
            QVERIFY(level >= 1 && level <= maxConcurrency);
    }

    void sweepStopsWhenCancelled()
    {
        int calls = 0;
        const int found = sweepSearch(
            1024, [&](int) { return ++calls < 100; }, [&] { return calls >= 3; });
        QCOMPARE(calls, 3);
        QCOMPARE(found, 4);
    }

    void loadBodiesHaveTheirOwnPrefix()
    {
        BenchmarkConfig c = config(QStringLiteral("m"));
        const Suite suite = parseSuite(benchmarkSuiteJson(QStringLiteral("knowledge-qa-v1")));
        const QList<QByteArray> bodies = loadBodies(c, suite, 45, 7);
        QCOMPARE(bodies.size(), 45);
        QCOMPARE(loadBodies(c, suite, 45, 7), bodies); // reproducible from the seed
        const QRegularExpression prefix(QStringLiteral("^\\[[0-9a-f]{16}\\] "));
        QSet<QString> prefixes;
        for (int i = 0; i < bodies.size(); ++i) {
            const QJsonObject body = QJsonDocument::fromJson(bodies[i]).object();
            const QString user =
                body.value(u"messages").toArray().last().toObject().value(u"content").toString();
            QVERIFY2(prefix.match(user).hasMatch(), qPrintable(user));
            // The item's question follows the prefix, in turn (45 requests, 40 items).
            QVERIFY(user.mid(19).startsWith(suite.items[i % 40].question));
            prefixes.insert(user.left(19));
        }
        QCOMPARE(prefixes.size(), 45);

        c.randomPrefix = false;
        const QList<QByteArray> plain = loadBodies(c, suite, 45, 7);
        QCOMPARE(plain.size(), 40); // one per item, cycled by the driver
        QVERIFY(!plain.first().contains("[0000"));
    }

    void multipleChoiceAccuracy_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("right");
        QTest::newRow("oracle") << QStringLiteral("oracle") << true;
        QTest::newRow("contrarian") << QStringLiteral("contrarian") << false;
    }

    void multipleChoiceAccuracy()
    {
        QFETCH(QString, model);
        QFETCH(bool, right);
        BenchmarkConfig c = config(model);
        c.suite = QStringLiteral("knowledge-qa-v1");
        const BenchmarkResult r = BenchmarkRunner::run(c, m_noCancel);
        QCOMPARE(r.status, RunStatus::Completed);
        QVERIFY(r.accuracy);
        QCOMPARE(r.accuracy->items, 40);
        QCOMPARE(r.accuracy->correct, right ? 40 : 0);
        QCOMPARE(r.accuracy->wrong, right ? 0 : 40);
        QCOMPARE(r.accuracy->accuracy, right ? 1.0 : 0.0);
        QCOMPARE(r.accuracy->perLanguage.value(QStringLiteral("zh_CN")).items, 20);
        // The load ran on the suite's prompts as well, warm-up apart.
        QCOMPARE(r.load.requests, 8);
        QCOMPARE(r.samples.size(), 10);
    }

    void codeAccuracyRunsInTheSandbox()
    {
        BenchmarkConfig c = config(QStringLiteral("oracle"));
        c.suite = QStringLiteral("code-generation-v1");
        c.requests = 4;
        const BenchmarkResult r = BenchmarkRunner::run(c, m_noCancel);
        QCOMPARE(r.status, RunStatus::Completed);
        QVERIFY(r.accuracy);
        // CI installs bubblewrap: without it the items would be "not scored" and this fails.
        QVERIFY2(r.accuracyNote.isEmpty(), qPrintable(r.accuracyNote));
        QCOMPARE(r.accuracy->notScored, 0);
        QCOMPARE(r.accuracy->correct, r.accuracy->items);

        c.endpoint.model = QStringLiteral("contrarian");
        const BenchmarkResult wrong = BenchmarkRunner::run(c, m_noCancel);
        QCOMPARE(wrong.accuracy->correct, 0);
    }

    void failedRequestsAreItemErrors()
    {
        BenchmarkConfig c = config(QStringLiteral("http500"));
        c.suite = QStringLiteral("knowledge-qa-v1");
        const BenchmarkResult r = BenchmarkRunner::run(c, m_noCancel);
        QCOMPARE(r.status, RunStatus::Completed);
        QCOMPARE(r.load.failed, 8);
        QCOMPARE(r.load.errorRate, 1.0);
        QCOMPARE(r.accuracy->errors, 40);
        QVERIFY(std::isnan(r.accuracy->accuracy));
        QVERIFY(!r.servingThroughput());
    }

    void sweepOnTheServer()
    {
        BenchmarkConfig c = config(QStringLiteral("scripted?ttft=5&itl=1&tokens=4"));
        c.shape = LoadShape::Sweep;
        c.sweepMaxConcurrency = 8;
        c.requests = 4;
        c.warmup = 0;
        const BenchmarkResult r = BenchmarkRunner::run(c, m_noCancel);
        QCOMPARE(r.status, RunStatus::Completed);
        QCOMPARE(r.sweep.size(), 4); // 1, 2, 4, 8
        QCOMPARE(r.sweep.last().concurrency, 8);
        QCOMPARE(r.sweepBest, 3);
        QVERIFY(r.servingThroughput());
        QCOMPARE(r.samples.size(), 4 + 4 + 8 + 16); // requests per step: max(4, 2 × level)

        // A TTFT objective no server meets: no level holds, there is no serving throughput.
        c.objectives.ttftMs = 1;
        c.endpoint.model = QStringLiteral("scripted?ttft=20&tokens=2");
        const BenchmarkResult none = BenchmarkRunner::run(c, m_noCancel);
        QCOMPARE(none.sweep.size(), 1);
        QCOMPARE(none.sweepBest, -1);
        QVERIFY(!none.servingThroughput());
    }

    void unusableConfigFails()
    {
        BenchmarkConfig c = config(QStringLiteral("scripted"));
        c.endpoint.baseUrl = QStringLiteral("10.0.0.5:8000");
        const BenchmarkResult r = BenchmarkRunner::run(c, m_noCancel);
        QCOMPARE(r.status, RunStatus::Failed);
        QVERIFY(r.failure.contains(QStringLiteral("base URL")));
        c = config(QStringLiteral("scripted"));
        c.suite = QStringLiteral("no-such-suite");
        QCOMPARE(BenchmarkRunner::run(c, m_noCancel).status, RunStatus::Failed);
    }

    void storedWithSamples_data() { test::addEngineRows(); }

    void storedWithSamples()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        demo::DemoGenerator(db, demo::DemoOptions{3, 5, 2025}).run();
        const qint64 bid =
            sql::scalar(db.connection(), QStringLiteral("SELECT min(id) FROM bids")).toLongLong();
        // The demo market's deployments were benchmarked once each, before it.
        const qsizetype demoRuns = BenchmarkRunRepository(db.connection()).list().size();

        BenchmarkConfig c = config(QStringLiteral("scripted?ttft=2&itl=1&tokens=6"));
        c.suite = QStringLiteral("knowledge-qa-v1");
        c.endpoint.apiKey = "sk-secret";
        c.bidId = bid;
        BenchmarkResult r = BenchmarkRunner::run(c, m_noCancel);
        BenchmarkRunRepository repository(db.connection(), db.dialect());
        repository.insert(r, QStringLiteral("test"));
        QVERIFY(r.id > 0);

        const std::optional<BenchmarkResult> back = repository.load(r.id);
        QVERIFY(back);
        QCOMPARE(toJson(*back, false), toJson(r, false));
        QCOMPARE(back->samples.size(), r.samples.size());
        QCOMPARE(toJson(back->samples.last()), toJson(r.samples.last()));
        QCOMPARE(summarize(back->samples, c.objectives).ttftMs.p99, r.load.ttftMs.p99);
        QVERIFY(!toJson(*back, true).contains(u"apiKey"));
        const QString stored =
            sql::scalar(db.connection(),
                        QStringLiteral("SELECT summary_json FROM benchmark_runs WHERE id = ?"),
                        {r.id})
                .toString();
        QVERIFY(!stored.contains(QStringLiteral("sk-secret")));

        QCOMPARE(repository.latestForBid(bid)->id, r.id);
        QCOMPARE(repository.list(bid).size(), 1);
        QCOMPARE(repository.list().size(), demoRuns + 1);
        QCOMPARE(repository.list().constFirst().accuracy.value_or(-1), 0.0);

        // A bid that does not exist: refused, nothing written.
        BenchmarkResult orphan = r;
        orphan.config.bidId = 999'999;
        QVERIFY_THROWS_EXCEPTION(Error, repository.insert(orphan, QStringLiteral("test")));
        QCOMPARE(repository.list().size(), demoRuns + 1);
        QCOMPARE(
            sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM benchmark_samples"))
                .toInt(),
            int(r.samples.size()));
    }
};

QTEST_GUILESS_MAIN(TestBenchmarkRunner)
#include "tst_benchmarkrunner.moc"
