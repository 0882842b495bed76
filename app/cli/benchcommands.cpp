#include "benchcommands.h"

#include "bench/benchmarkresultjson.h"
#include "bench/benchmarkrunner.h"
#include "bench/benchmarkrunrepository.h"
#include "cost/bidcost.h"
#include "domain/error.h"
#include "exchange/benchmarksuite.h"
#include "exchange/savefile.h"
#include "store/tenderreader.h"

#include <QJsonDocument>

#include <csignal>

namespace td::cli {
namespace {

// Unqualified, so that lupdate files the tr() calls of these functions under td::cli.
using bench::BenchmarkConfig;
using bench::BenchmarkResult;
using bench::Distribution;

const QString benchSynopsis = QStringLiteral(
    "bench --endpoint URL --model NAME [--api-key-env VAR] (--concurrency N | --rate R | "
    "--sweep) --requests N [--suite NAME] [--bid ID] --json OUT");

std::atomic<bool> interrupted{false};

// Ctrl+C ends the run cleanly: requests in flight are dropped, the run is stored as cancelled.
void onInterrupt(int)
{
    interrupted.store(true);
}

double positiveDecimal(const Context& c, const char* option)
{
    bool ok = false;
    const double value = c.value(option).toDouble(&ok);
    if (!ok || !(value > 0))
        throw UsageError{tr("--%1 takes a number above zero, not '%2'.")
                             .arg(QString::fromLatin1(option), c.value(option))};
    return value;
}

BenchmarkConfig configFrom(const Context& c, const Database& db)
{
    BenchmarkConfig config;
    config.endpoint.baseUrl = required(c, "endpoint", benchSynopsis);
    config.endpoint.model = required(c, "model", benchSynopsis);
    if (c.isSet("api-key-env")) {
        const QString variable = c.value("api-key-env");
        if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
            throw Error(tr("The environment variable %1 that should hold the API key is not set. "
                           "Export it first, for example: export %1=sk-...")
                            .arg(variable));
        config.endpoint.apiKey = qgetenv(variable.toLocal8Bit().constData());
    }
    if (c.value("api") == QLatin1String("completions"))
        config.endpoint.api = bench::Api::Completions;
    else if (c.isSet("api") && c.value("api") != QLatin1String("chat"))
        throw UsageError{tr("--api is chat or completions, not '%1'.").arg(c.value("api"))};

    const int shapes = int(c.isSet("concurrency")) + int(c.isSet("rate")) + int(c.isSet("sweep"));
    if (shapes != 1)
        throw UsageError{tr("Give exactly one load shape: --concurrency N, --rate R or --sweep.")};
    if (c.isSet("concurrency")) {
        config.shape = bench::LoadShape::Concurrency;
        config.concurrency = int(positiveNumber(c, QStringLiteral("concurrency"), 1));
    } else if (c.isSet("rate")) {
        config.shape = bench::LoadShape::Rate;
        config.ratePerS = positiveDecimal(c, "rate");
    } else {
        config.shape = bench::LoadShape::Sweep;
        config.sweepMaxConcurrency =
            int(positiveNumber(c, QStringLiteral("sweep-max"), config.sweepMaxConcurrency));
    }
    if (!c.isSet("requests"))
        throw UsageError{tr("--requests is missing: %1").arg(benchSynopsis)};
    config.requests = int(positiveNumber(c, QStringLiteral("requests"), 100));
    config.warmup = int(positiveNumber(c, QStringLiteral("warmup"), config.warmup));
    config.maxTokens = int(positiveNumber(c, QStringLiteral("max-tokens"), config.maxTokens));
    config.endpoint.readTimeoutMs = int(positiveNumber(c, QStringLiteral("read-timeout"),
                                                       config.endpoint.readTimeoutMs / 1000)) *
                                    1000;
    config.randomPrefix = !c.isSet("no-random-prefix");
    config.accuracy = !c.isSet("no-accuracy");
    config.suite = c.value("suite");

    if (c.isSet("bid")) {
        const qint64 bid = positiveNumber(c, QStringLiteral("bid"), 0);
        const std::optional<Tender> tender = TenderReader(db.connection()).byBidId(bid);
        if (!tender)
            throw Error(tr("There is no bid %1. List a tender's bids with \"tenderdesk-cli "
                           "tenders show REFERENCE\".")
                            .arg(bid));
        config.bidId = bid;
        // A bid is measured against its tender: its SLOs, and its suite unless one is named.
        config.objectives.ttftMs = tender->workload.sloTimeToFirstTokenMs;
        config.objectives.tpotMs = tender->workload.sloTimePerOutputTokenMs;
        if (config.suite.isEmpty())
            config.suite = tender->benchmarkSuite;
    }
    if (c.isSet("slo-ttft-ms"))
        config.objectives.ttftMs = int(positiveNumber(c, QStringLiteral("slo-ttft-ms"), 0));
    if (c.isSet("slo-tpot-ms"))
        config.objectives.tpotMs = int(positiveNumber(c, QStringLiteral("slo-tpot-ms"), 0));
    if (const QString problem = config.problem(); !problem.isEmpty())
        throw Error(problem);
    if (!config.suite.isEmpty())
        benchmarkSuiteJson(config.suite); // an unknown name stops here, before any request

    return config;
}

QString milliseconds(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

void printDistribution(const Context& c, const QString& name, const Distribution& d)
{
    if (d.count == 0) {
        c.out << QStringLiteral("  %1  -\n").arg(name.leftJustified(14));
        return;
    }
    c.out << QStringLiteral("  %1  p50 %2  p90 %3  p95 %4  p99 %5  (n=%6)\n")
                 .arg(name.leftJustified(14), milliseconds(d.p50), milliseconds(d.p90),
                      milliseconds(d.p95), milliseconds(d.p99))
                 .arg(d.count);
}

void printSummary(const Context& c, const BenchmarkResult& r)
{
    const bench::LoadSummary& s = r.load;
    c.out << tr("Run %1: %2, %3 on %4 (%5)")
                 .arg(r.id)
                 .arg(bench::runStatusCode(r.status), r.config.loadLabel(), r.config.endpoint.model,
                      r.config.endpoint.baseUrl)
          << '\n';
    if (!r.failure.isEmpty())
        c.out << "  " << r.failure << '\n';
    c.out << tr("  requests %1, failed %2 (%3%), %4 requests/s, %5 output tokens/s")
                 .arg(s.requests)
                 .arg(s.failed)
                 .arg(s.errorRate * 100, 0, 'f', 1)
                 .arg(s.requestsPerS, 0, 'f', 2)
                 .arg(s.outputTokensPerS, 0, 'f', 1)
          << '\n';
    printDistribution(c, tr("TTFB ms"), s.ttfbMs);
    printDistribution(c, tr("TTFT ms"), s.ttftMs);
    printDistribution(c, tr("TPOT ms"), s.tpotMs);
    printDistribution(c, tr("ITL ms"), s.itlMs);
    printDistribution(c, tr("E2E ms"), s.e2eMs);
    c.out << tr("  goodput %1 requests/s (%2% within the SLOs)")
                 .arg(s.goodputPerS, 0, 'f', 2)
                 .arg(s.goodFraction * 100, 0, 'f', 1)
          << '\n';
    if (s.usageMismatches > 0)
        c.out << tr("  usage differs from the streamed chunks in %n request(s)", nullptr,
                    s.usageMismatches)
              << '\n';
    for (auto it = s.errors.cbegin(); it != s.errors.cend(); ++it)
        c.out << QStringLiteral("  %1 × %2\n").arg(it.value()).arg(it.key());
    for (const bench::SweepStep& step : r.sweep)
        c.out << tr("  sweep: concurrency %1: %2 output tokens/s, TTFT p95 %3 ms, TPOT p95 %4 ms"
                    " %5")
                     .arg(step.concurrency)
                     .arg(step.summary.outputTokensPerS, 0, 'f', 1)
                     .arg(milliseconds(step.summary.ttftMs.p95),
                          milliseconds(step.summary.tpotMs.p95),
                          step.meetsObjectives ? tr("meets the SLOs") : tr("misses the SLOs"))
              << '\n';
    if (r.accuracy) {
        const bench::AccuracySummary& a = *r.accuracy;
        c.out << tr("  accuracy: %1 of %2 correct (%3%), %4 unanswered, %5 not scored, %6 errors")
                     .arg(a.correct)
                     .arg(a.items)
                     .arg(std::isnan(a.accuracy) ? 0.0 : a.accuracy * 100, 0, 'f', 1)
                     .arg(a.unanswered)
                     .arg(a.notScored)
                     .arg(a.errors)
              << '\n';
        if (!r.accuracyNote.isEmpty())
            c.out << "  " << r.accuracyNote << '\n';
    }
}

} // namespace

QList<QCommandLineOption> benchOptions()
{
    return {
        {QStringLiteral("endpoint"), tr("Base URL of an OpenAI-compatible server."),
         QStringLiteral("URL")},
        {QStringLiteral("model"), tr("Model name, as the server lists it."),
         QStringLiteral("NAME")},
        {QStringLiteral("api-key-env"), tr("Environment variable holding the API key."),
         QStringLiteral("VAR")},
        {QStringLiteral("api"), tr("chat (default) or completions."), QStringLiteral("API")},
        {QStringLiteral("concurrency"), tr("Requests kept in flight."), QStringLiteral("N")},
        {QStringLiteral("rate"), tr("Poisson arrivals per second."), QStringLiteral("R")},
        {QStringLiteral("sweep"), tr("Find the highest concurrency that meets the SLOs.")},
        {QStringLiteral("sweep-max"), tr("Highest concurrency of a sweep."), QStringLiteral("N")},
        {QStringLiteral("requests"), tr("Counted requests (per sweep step)."), QStringLiteral("N")},
        {QStringLiteral("warmup"), tr("Warm-up requests, not counted."), QStringLiteral("N")},
        {QStringLiteral("max-tokens"), tr("Output token limit per request."), QStringLiteral("N")},
        {QStringLiteral("read-timeout"), tr("Seconds without data before a request fails."),
         QStringLiteral("S")},
        {QStringLiteral("no-random-prefix"), tr("Let the server's prefix cache work.")},
        {QStringLiteral("no-accuracy"), tr("Skip the accuracy pass over the suite.")},
        {QStringLiteral("suite"), tr("Accuracy suite."), QStringLiteral("NAME")},
        {QStringLiteral("bid"), tr("Bid the run is attached to."), QStringLiteral("ID")},
        {QStringLiteral("slo-ttft-ms"), tr("Time-to-first-token objective (p95)."),
         QStringLiteral("MS")},
        {QStringLiteral("slo-tpot-ms"), tr("Time-per-output-token objective (p95)."),
         QStringLiteral("MS")},
    };
}

QString benchUsage()
{
    return tr("  bench --endpoint URL --model NAME [--api-key-env VAR] [--api chat|completions]\n"
              "        (--concurrency N | --rate R | --sweep [--sweep-max N]) --requests N\n"
              "        [--warmup N] [--max-tokens N] [--read-timeout S] [--no-random-prefix]\n"
              "        [--suite NAME] [--no-accuracy] [--bid ID] [--slo-ttft-ms MS]\n"
              "        [--slo-tpot-ms MS] [--json OUT]\n"
              "                               benchmark a deployment, store the run, write JSON\n"
              "  cost BID [--json]            cost-to-serve and margin of a bid, with formulas\n");
}

int commandBench(Context& c)
{
    allowOnly(c, {QStringLiteral("endpoint"), QStringLiteral("model"),
                  QStringLiteral("api-key-env"), QStringLiteral("api"),
                  QStringLiteral("concurrency"), QStringLiteral("rate"), QStringLiteral("sweep"),
                  QStringLiteral("sweep-max"), QStringLiteral("requests"), QStringLiteral("warmup"),
                  QStringLiteral("max-tokens"), QStringLiteral("read-timeout"),
                  QStringLiteral("no-random-prefix"), QStringLiteral("no-accuracy"),
                  QStringLiteral("suite"), QStringLiteral("bid"), QStringLiteral("slo-ttft-ms"),
                  QStringLiteral("slo-tpot-ms"), QStringLiteral("json")});
    // `--json OUT`: --json is a flag of the whole program, so OUT arrives as a word.
    QString jsonPath;
    if (c.isSet("json")) {
        if (c.words.size() != 1)
            throw UsageError{tr("--json needs the file to write: %1").arg(benchSynopsis)};
        jsonPath = c.words.constFirst();
    } else if (!c.words.isEmpty()) {
        throw UsageError{tr("Unexpected '%1': %2").arg(c.words.join(u' '), benchSynopsis)};
    }
    const auto db = openDatabase(c);
    const bench::BenchmarkConfig config = configFrom(c, *db);

    interrupted.store(false);
    const auto previous = std::signal(SIGINT, &onInterrupt);
    bench::BenchmarkResult result = bench::BenchmarkRunner::run(
        config, interrupted, [&](const bench::BenchmarkProgress& p, const bench::RequestSample&) {
            if (!c.interactive)
                return;
            const QString phase = p.phase == bench::BenchmarkProgress::Phase::Warmup ? tr("warm-up")
                                  : p.phase == bench::BenchmarkProgress::Phase::Accuracy
                                      ? tr("accuracy")
                                      : tr("load");
            c.err << QStringLiteral("\r%1 %2/%3   ").arg(phase).arg(p.done).arg(p.total);
            c.err.flush();
        });
    std::signal(SIGINT, previous);
    if (c.interactive)
        c.err << '\n';

    bench::BenchmarkRunRepository(db->connection(), db->dialect())
        .insert(result, QStringLiteral("cli"));
    if (!jsonPath.isEmpty())
        saveFile(jsonPath,
                 QJsonDocument(bench::toJson(result, true)).toJson(QJsonDocument::Indented));
    printSummary(c, result);
    return result.status == bench::RunStatus::Failed ? Failed : Ok;
}

int commandCost(Context& c)
{
    allowOnly(c, {QStringLiteral("json")});
    if (c.words.size() != 1)
        throw UsageError{tr("Name one bid: cost BID [--json]")};
    bool ok = false;
    const qint64 bidId = c.words.constFirst().toLongLong(&ok);
    if (!ok || bidId <= 0)
        throw UsageError{tr("A bid is named by its number, not '%1'.").arg(c.words.constFirst())};
    const auto db = openDatabase(c);
    const BidCost b = costOfBid(db->connection(), bidId);
    if (c.isSet("json")) {
        c.out << QJsonDocument(toJson(b)).toJson(QJsonDocument::Indented);
        return b.cost ? Ok : Failed;
    }
    c.out << tr("Cost-to-serve of bid %1 (%2, %3)").arg(bidId).arg(b.tenderReference, b.vendorName)
          << '\n';
    for (const QString& risk : b.provenanceRisks)
        c.out << tr("  Provenance risk: %1").arg(risk) << '\n';
    if (!b.cost) {
        c.err << tr("tenderdesk-cli: %1").arg(b.problem) << '\n';
        return Failed;
    }
    const CostToServe& cost = *b.cost;
    for (const CostFigure& figure : cost.figures()) {
        c.out << QStringLiteral("  %1: %2\n      %3\n")
                     .arg(figure.label, figure.value, figure.formula);
        for (const CostInput& input : figure.inputs)
            c.out << QStringLiteral("        %1 = %2%3\n")
                         .arg(input.label, input.value,
                              input.source.isEmpty() ? QString()
                                                     : QStringLiteral("  (%1)").arg(input.source));
    }
    if (cost.lossMaking && !cost.subsidyDependent)
        c.out << tr("  Below cost: the bid price does not cover the cost to serve, even with the "
                    "voucher.")
              << '\n';
    else if (cost.subsidyDependent)
        c.out << tr("  Subsidy-dependent: below cost at list prices, covered only with the "
                    "compute voucher.")
              << '\n';
    else
        c.out << tr("  The bid price covers the cost to serve.") << '\n';
    if (!b.throughputMeetsObjectives)
        c.out << tr("  Note: the throughput was measured at a load that did not meet the tender's "
                    "SLOs; a sweep finds the load that does.")
              << '\n';
    return Ok;
}

} // namespace td::cli
