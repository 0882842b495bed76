// Percentiles, the aggregation of request samples and the SLO rule the sweep uses.
#include "bench/metrics.h"

#include <QTest>

using namespace td::bench;

namespace {

RequestSample sample(int seq, qint64 startUs, qint64 ttftUs, qint64 lastTokenUs, qint64 e2eUs,
                     int tokens)
{
    RequestSample s;
    s.seq = seq;
    s.startUs = startUs;
    s.ttfbUs = ttftUs / 2;
    s.ttftUs = ttftUs;
    s.lastTokenUs = lastTokenUs;
    s.e2eUs = e2eUs;
    s.outputTokens = tokens;
    s.streamedChunks = tokens;
    return s;
}

} // namespace

class TestBenchMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentiles_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        // Type 7: rank = p (n - 1), interpolated; numpy.percentile gives the same numbers.
        QTest::newRow("median of odd") << QList<double>{3, 1, 2} << 0.5 << 2.0;
        QTest::newRow("median of even") << QList<double>{1, 2, 3, 4} << 0.5 << 2.5;
        QTest::newRow("p90 of 1..10") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << 0.9 << 9.1;
        QTest::newRow("p99 of 1..100") << [] {
            QList<double> v;
            for (int i = 1; i <= 100; ++i)
                v.append(i);
            return v;
        }() << 0.99 << 99.01;
        QTest::newRow("single") << QList<double>{7} << 0.95 << 7.0;
        QTest::newRow("p0 is min") << QList<double>{5, 9, 1} << 0.0 << 1.0;
        QTest::newRow("p100 is max") << QList<double>{5, 9, 1} << 1.0 << 9.0;
    }

    void percentiles()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        std::sort(values.begin(), values.end());
        QCOMPARE(percentile(values, p), expected);
    }

    void emptyDistribution()
    {
        const Distribution d = distributionOf({});
        QCOMPARE(d.count, 0);
        QCOMPARE(d.p99, 0.0);
    }

    void tpotFromUsage()
    {
        // 11 tokens, first at 100 ms, last at 600 ms: 10 gaps of 50 ms.
        const RequestSample s = sample(0, 0, 100'000, 600'000, 650'000, 11);
        QCOMPARE(s.tpotUs(), 50'000);
        RequestSample one = s;
        one.outputTokens = 1;
        QCOMPARE(one.tpotUs(), -1);
        RequestSample failed = s;
        failed.error = QStringLiteral("cut");
        QCOMPARE(failed.tpotUs(), -1);
    }

    void summary()
    {
        QList<RequestSample> samples;
        RequestSample warm = sample(0, 0, 5'000'000, 9'000'000, 9'000'000, 3);
        warm.warmup = true; // slow, but never counted
        samples << warm;
        // Two good requests over one second, one too slow to first token, one failed.
        samples << sample(1, 1'000'000, 100'000, 500'000, 500'000, 9);     // tpot 50 ms
        samples << sample(2, 1'100'000, 200'000, 600'000, 900'000, 5);     // tpot 100 ms
        samples << sample(3, 1'200'000, 900'000, 1'000'000, 1'000'000, 2); // ttft 900 ms
        RequestSample failed = sample(4, 1'300'000, -1, -1, 700'000, -1);
        failed.error = QStringLiteral("the server closed the connection");
        samples << failed;
        samples[2].streamedChunks = 4; // usage says 5: counted as a mismatch

        const ServiceObjectives slo{500, 100};
        const LoadSummary s = summarize(samples, slo);
        QCOMPARE(s.requests, 4);
        QCOMPARE(s.succeeded, 3);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.errorRate, 0.25);
        QCOMPARE(s.errors.value(QStringLiteral("the server closed the connection")), 1);
        // From the first counted start (1.0 s) to the last end (3: 1.2 + 1.0 = 2.2 s).
        QCOMPARE(s.durationS, 1.2);
        QCOMPARE(s.outputTokens, 16);
        QCOMPARE(s.outputTokensPerS, 16 / 1.2);
        QCOMPARE(s.requestsPerS, 3 / 1.2);
        QCOMPARE(s.goodRequests, 2);
        QCOMPARE(s.goodFraction, 0.5);
        QCOMPARE(s.usageMismatches, 1);
        QCOMPARE(s.ttftMs.count, 3);
        QCOMPARE(s.ttftMs.p50, 200.0);
        QCOMPARE(s.tpotMs.max, 100.0);
        QVERIFY(!meetsObjectives(s, slo)); // 25% errors
    }

    void objectivesRule()
    {
        QList<RequestSample> samples;
        for (int i = 0; i < 100; ++i)
            samples << sample(i, i * 1000, (i < 96 ? 100 : 400) * 1000, 1'000'000, 1'000'000, 10);
        // p95 of TTFT interpolates between the 95th (100 ms) and 96th (100 ms) values: met.
        QVERIFY(meetsObjectives(summarize(samples, {200, 0}), {200, 0}));
        for (int i = 90; i < 100; ++i)
            samples[i].ttftUs = 400'000;
        QVERIFY(!meetsObjectives(summarize(samples, {200, 0}), {200, 0}));
        // No objective set: only the error rate counts.
        QVERIFY(meetsObjectives(summarize(samples, {}), {}));
        samples[0].error = QStringLiteral("x");
        samples[1].error = QStringLiteral("x");
        QVERIFY(!meetsObjectives(summarize(samples, {}), {})); // 2% > 1%
    }

    void jsonRoundTrip()
    {
        QList<RequestSample> samples{sample(0, 0, 100'000, 500'000, 600'000, 9),
                                     sample(1, 10, 120'000, 520'000, 640'000, 9)};
        samples[1].error = QStringLiteral("bad");
        const LoadSummary s = summarize(samples, {});
        const LoadSummary back = loadSummaryFromJson(toJson(s));
        QCOMPARE(toJson(back), toJson(s));
        QCOMPARE(back.errors.value(QStringLiteral("bad")), 1);
    }
};

QTEST_GUILESS_MAIN(TestBenchMetrics)
#include "tst_benchmetrics.moc"
