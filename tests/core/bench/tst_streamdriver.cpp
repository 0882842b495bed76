// The streaming client against the scripted test server: what it measures on a normal stream,
// how every broken stream ends (a recorded error, never a hang or a crash), the load plans,
// warm-up, cancel, and a thousand streams at once. No upper bound on any time is asserted: the
// machines are shared. Lower bounds are safe, because the server never sends before its time.
#include "bench/poissonarrivals.h"
#include "bench/streamdriver.h"
#include "domain/error.h"
#include "fakeopenaiprocess.h"

#include <QTest>

#include <cmath>
#include <thread>

using namespace td::bench;

namespace {

QByteArray body(const QString& model, int maxTokens = 256)
{
    GenerationRequest request;
    request.model = model;
    request.prompt = QStringLiteral("说明国产算力的适配要求");
    request.maxTokens = maxTokens;
    return requestBody(request);
}

LoadPlan concurrency(int n, int requests)
{
    LoadPlan plan;
    plan.concurrency = n;
    plan.requests = requests;
    return plan;
}

} // namespace

class TestStreamDriver : public QObject
{
    Q_OBJECT

private:
    td::test::FakeOpenAiProcess m_server{QStringLiteral(TENDERDESK_FAKE_OPENAI)};
    std::atomic<bool> m_noCancel{false};

    Endpoint endpoint(int readTimeoutMs = 10000) const
    {
        Endpoint e;
        e.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.port());
        e.model = QStringLiteral("scripted");
        e.readTimeoutMs = readTimeoutMs;
        return e;
    }

    QList<RequestSample> runOne(const QString& model, int readTimeoutMs = 10000)
    {
        StreamDriver driver(endpoint(readTimeoutMs));
        return driver.run(concurrency(1, 1), {body(model)}, m_noCancel);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }

    void scriptedStream()
    {
        StreamDriver driver(endpoint());
        const QList<RequestSample> samples =
            driver.run(concurrency(4, 12),
                       {body(QStringLiteral("scripted?ttft=30&itl=5&tokens=10"))}, m_noCancel);
        QCOMPARE(samples.size(), 12);
        for (const RequestSample& s : samples) {
            QVERIFY2(s.ok(), qPrintable(s.error));
            QCOMPARE(s.outputTokens, 10);
            QCOMPARE(s.streamedChunks, 10);
            QVERIFY(!s.usageDiffersFromChunks());
            QCOMPARE(s.itlUs.size(), 9);
            QCOMPARE(s.output, QStringLiteral("t0 t1 t2 t3 t4 t5 t6 t7 t8 t9 "));
            QVERIFY(s.ttfbUs >= 0 && s.ttfbUs <= s.ttftUs);
            QVERIFY(s.ttftUs >= 30'000); // never before its time
            QVERIFY(s.lastTokenUs >= 30'000 + 9 * 5'000);
            QVERIFY(s.e2eUs >= s.lastTokenUs);
            QVERIFY(s.tpotUs() > 0);
            QVERIFY(s.promptTokens > 0);
        }
    }

    void awkwardFraming()
    {
        // Comment lines, a data field over two lines, CRLF split between writes, an event cut
        // in halves: the same ten tokens as a plain stream.
        const QList<RequestSample> samples = runOne(QStringLiteral("comments?tokens=10&at=3"));
        QCOMPARE(samples.size(), 1);
        const RequestSample& s = samples.constFirst();
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.output, QStringLiteral("t0 t1 t2 t3 t4 t5 t6 t7 t8 t9 "));
        QCOMPARE(s.outputTokens, 10);
    }

    void brokenStreams_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("expected");
        QTest::newRow("connection cut")
            << QStringLiteral("cut?tokens=8&at=3") << QStringLiteral("closed the connection");
        QTest::newRow("bad JSON") << QStringLiteral("badjson?tokens=8&at=3")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("error mid-stream") << QStringLiteral("error-midstream?tokens=8&at=3")
                                          << QStringLiteral("CUDA out of memory");
        QTest::newRow("no usage") << QStringLiteral("no-usage?tokens=4")
                                  << QStringLiteral("no usage");
        QTest::newRow("stalls mid-stream")
            << QStringLiteral("stall?tokens=8&at=2") << QStringLiteral("sent nothing for 0.5 s");
        QTest::newRow("never answers")
            << QStringLiteral("stall-headers") << QStringLiteral("sent nothing for 0.5 s");
        QTest::newRow("nested error body")
            << QStringLiteral("error-nested") << QStringLiteral("HTTP 400: model not found");
        QTest::newRow("flat error body")
            << QStringLiteral("error-flat") << QStringLiteral("HTTP 400: max_tokens is too large");
        QTest::newRow("HTTP 500") << QStringLiteral("http500")
                                  << QStringLiteral("HTTP 500: Internal Server Error");
        QTest::newRow("unknown model")
            << QStringLiteral("no-such-model") << QStringLiteral("HTTP 404");
    }

    void brokenStreams()
    {
        QFETCH(QString, model);
        QFETCH(QString, expected);
        const QList<RequestSample> samples = runOne(model, 500);
        QCOMPARE(samples.size(), 1);
        const RequestSample& s = samples.constFirst();
        QVERIFY2(s.error.contains(expected), qPrintable(s.error));
        QVERIFY(s.e2eUs >= 0);
    }

    void brokenStreamsLeaveTheConnectionPoolUsable()
    {
        // A cut or stalled connection must not poison the next requests of the same driver.
        StreamDriver driver(endpoint(500));
        driver.run(concurrency(2, 2), {body(QStringLiteral("stall?tokens=4&at=1"))}, m_noCancel);
        driver.run(concurrency(2, 2), {body(QStringLiteral("cut?tokens=4&at=1"))}, m_noCancel);
        const QList<RequestSample> after =
            driver.run(concurrency(2, 6), {body(QStringLiteral("scripted?tokens=3"))}, m_noCancel);
        QCOMPARE(after.size(), 6);
        for (const RequestSample& s : after)
            QVERIFY2(s.ok(), qPrintable(s.error));
    }

    void aWholeResponseIsNotAStream()
    {
        // A server that ignores "stream": true answers with one JSON body and no events.
        GenerationRequest request;
        request.model = QStringLiteral("scripted?tokens=3");
        request.prompt = QStringLiteral("p");
        request.stream = false;
        StreamDriver driver(endpoint());
        const QList<RequestSample> samples =
            driver.run(concurrency(1, 1), {requestBody(request)}, m_noCancel);
        QCOMPARE(samples.size(), 1);
        const RequestSample& s = samples.constFirst();
        QVERIFY2(s.error.contains(QStringLiteral("instead of a stream")), qPrintable(s.error));
    }

    void wrongUsageIsCountedNotFailed()
    {
        const QList<RequestSample> samples = runOne(QStringLiteral("wrong-usage?tokens=4"));
        QCOMPARE(samples.size(), 1);
        const RequestSample& s = samples.constFirst();
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.outputTokens, 9);
        QCOMPARE(s.streamedChunks, 4);
        QVERIFY(s.usageDiffersFromChunks());
    }

    void nobodyListening()
    {
        Endpoint e = endpoint();
        e.baseUrl = QStringLiteral("http://127.0.0.1:1");
        StreamDriver driver(e);
        const QList<RequestSample> samples =
            driver.run(concurrency(2, 3), {body(QStringLiteral("scripted"))}, m_noCancel);
        QCOMPARE(samples.size(), 3);
        for (const RequestSample& s : samples)
            QVERIFY2(s.error.contains(QStringLiteral("could not connect")), qPrintable(s.error));
    }

    void warmupEndsBeforeCounting()
    {
        LoadPlan plan = concurrency(3, 6);
        plan.warmup = 4;
        StreamDriver driver(endpoint());
        const QList<RequestSample> samples =
            driver.run(plan, {body(QStringLiteral("scripted?ttft=5&itl=2&tokens=4"))}, m_noCancel);
        QCOMPARE(samples.size(), 10);
        qint64 lastWarmupEnd = 0;
        qint64 firstCountedStart = std::numeric_limits<qint64>::max();
        for (const RequestSample& s : samples) {
            QVERIFY2(s.ok(), qPrintable(s.error));
            if (s.warmup)
                lastWarmupEnd = std::max(lastWarmupEnd, s.startUs + s.e2eUs);
            else
                firstCountedStart = std::min(firstCountedStart, s.startUs);
        }
        QCOMPARE(std::count_if(samples.cbegin(), samples.cend(),
                               [](const RequestSample& s) { return s.warmup; }),
                 4);
        QVERIFY(lastWarmupEnd <= firstCountedStart);
    }

    void poissonSchedule()
    {
        // The schedule alone, over many arrivals (no clock involved): exponential gaps have a
        // mean of 1 / rate, a standard deviation equal to their mean, and 1 - 1/e (63.2%) of
        // them are shorter than the mean. A wrong rate fails the first, evenly spaced or
        // bunched arrivals the other two. The margins are many standard errors wide.
        constexpr double rate = 400;
        constexpr int arrivals = 20'000;
        PoissonArrivals schedule(rate, 7);
        double sum = 0;
        double sumOfSquares = 0;
        int shorterThanMean = 0;
        for (int i = 0; i < arrivals; ++i) {
            const double gap = std::chrono::duration<double>(schedule.nextGap()).count();
            QVERIFY(gap >= 0);
            sum += gap;
            sumOfSquares += gap * gap;
            if (gap < 1 / rate)
                ++shorterThanMean;
        }
        const double mean = sum / arrivals;
        const double deviation = std::sqrt(sumOfSquares / arrivals - mean * mean);
        const double shorterShare = double(shorterThanMean) / arrivals;
        QVERIFY2(std::abs(mean * rate - 1) < 0.05, qPrintable(QString::number(mean)));
        QVERIFY2(std::abs(deviation / mean - 1) < 0.05, qPrintable(QString::number(deviation)));
        QVERIFY2(std::abs(shorterShare - (1 - std::exp(-1.0))) < 0.02,
                 qPrintable(QString::number(shorterShare)));

        // The seed makes the schedule: the same seed repeats it, another changes it.
        PoissonArrivals same(rate, 7);
        PoissonArrivals again(rate, 7);
        PoissonArrivals other(rate, 8);
        const std::chrono::nanoseconds first = same.nextGap();
        QCOMPARE(again.nextGap(), first);
        QVERIFY(other.nextGap() != first);
    }

    void poissonRate()
    {
        LoadPlan plan;
        plan.kind = LoadPlan::Kind::Rate;
        plan.ratePerS = 400;
        plan.requests = 40;
        plan.seed = 7;
        StreamDriver driver(endpoint());
        const QList<RequestSample> samples =
            driver.run(plan, {body(QStringLiteral("scripted?tokens=2"))}, m_noCancel);
        QCOMPARE(samples.size(), 40);
        // Request n is due at the sum of the schedule's first n gaps (the first at once), and is
        // never started before then; a late start (a busy machine) is allowed.
        PoissonArrivals schedule(plan.ratePerS, plan.seed);
        std::chrono::nanoseconds due{0};
        qint64 previous = -1;
        for (const RequestSample& s : samples) {
            QVERIFY2(s.ok(), qPrintable(s.error));
            QVERIFY(s.startUs >= previous); // arrivals in order of seq
            const qint64 dueUs = std::chrono::duration_cast<std::chrono::microseconds>(due).count();
            QVERIFY2(s.startUs >= dueUs, qPrintable(QStringLiteral("request %1 started at %2 µs, "
                                                                   "due at %3 µs")
                                                        .arg(s.seq)
                                                        .arg(s.startUs)
                                                        .arg(dueUs)));
            previous = s.startUs;
            due += schedule.nextGap();
        }
    }

    void cancelStopsARun()
    {
        std::atomic<bool> cancel{false};
        StreamDriver driver(endpoint());
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel.store(true);
        });
        // 20 streams of 1,000 tokens 50 ms apart would take 50 s each.
        const QList<RequestSample> samples =
            driver.run(concurrency(20, 40),
                       {body(QStringLiteral("scripted?itl=50&tokens=1000"), 2000)}, cancel);
        canceller.join();
        QVERIFY(samples.size() < 40);
    }

    void thousandConcurrentStreams()
    {
        StreamDriver driver(endpoint(30000));
        int ended = 0;
        const QList<RequestSample> samples = driver.run(
            concurrency(1000, 1000), {body(QStringLiteral("scripted?ttft=100&itl=10&tokens=5"))},
            m_noCancel, [&](const RequestSample&) { ++ended; });
        QCOMPARE(ended, 1000);
        QCOMPARE(samples.size(), 1000);
        for (const RequestSample& s : samples) {
            QVERIFY2(s.ok(), qPrintable(s.error));
            QCOMPARE(s.outputTokens, 5);
            QVERIFY(s.ttftUs >= 100'000);
        }
    }

    void modelList()
    {
        const QStringList models = fetchModels(endpoint());
        QVERIFY(models.contains(QStringLiteral("scripted")));
        Endpoint e = endpoint();
        e.baseUrl = QStringLiteral("http://127.0.0.1:1");
        QVERIFY_THROWS_EXCEPTION(td::Error, fetchModels(e));
    }
};

QTEST_GUILESS_MAIN(TestStreamDriver)
#include "tst_streamdriver.moc"
