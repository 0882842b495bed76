#include "metrics.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace td::bench {

namespace {

constexpr double usPerMs = 1000.0;
constexpr double maxErrorRate = 0.01;

bool withinObjectives(const RequestSample& sample, const ServiceObjectives& slo)
{
    if (!sample.ok())
        return false;
    if (slo.ttftMs > 0 && (sample.ttftUs < 0 || sample.ttftUs > slo.ttftMs * usPerMs))
        return false;
    const qint64 tpot = sample.tpotUs();
    return slo.tpotMs <= 0 || tpot < 0 || tpot <= slo.tpotMs * usPerMs;
}

Distribution distributionFromJson(const QJsonObject& o)
{
    return {o.value(u"count").toInt(),  o.value(u"mean").toDouble(), o.value(u"min").toDouble(),
            o.value(u"p50").toDouble(), o.value(u"p90").toDouble(),  o.value(u"p95").toDouble(),
            o.value(u"p99").toDouble(), o.value(u"max").toDouble()};
}

} // namespace

double percentile(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double rank = p * double(sorted.size() - 1);
    const qsizetype below = qsizetype(std::floor(rank));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (rank - double(below)) * (sorted[above] - sorted[below]);
}

Distribution distributionOf(QList<double> values)
{
    Distribution d;
    if (values.isEmpty())
        return d;
    std::sort(values.begin(), values.end());
    d.count = int(values.size());
    double sum = 0;
    for (double v : values)
        sum += v;
    d.mean = sum / double(values.size());
    d.min = values.first();
    d.max = values.last();
    d.p50 = percentile(values, 0.50);
    d.p90 = percentile(values, 0.90);
    d.p95 = percentile(values, 0.95);
    d.p99 = percentile(values, 0.99);
    return d;
}

LoadSummary summarize(const QList<RequestSample>& samples, const ServiceObjectives& slo)
{
    LoadSummary s;
    QList<double> ttfb, ttft, tpot, itl, e2e, perRequestRate;
    qint64 firstStart = -1;
    qint64 lastEnd = -1;
    for (const RequestSample& sample : samples) {
        if (sample.warmup)
            continue;
        ++s.requests;
        if (firstStart < 0 || sample.startUs < firstStart)
            firstStart = sample.startUs;
        if (sample.e2eUs >= 0)
            lastEnd = std::max(lastEnd, sample.startUs + sample.e2eUs);
        if (!sample.ok()) {
            ++s.failed;
            ++s.errors[sample.error];
            continue;
        }
        ++s.succeeded;
        if (sample.usageDiffersFromChunks())
            ++s.usageMismatches;
        if (sample.ttfbUs >= 0)
            ttfb.append(sample.ttfbUs / usPerMs);
        if (sample.ttftUs >= 0)
            ttft.append(sample.ttftUs / usPerMs);
        if (const qint64 t = sample.tpotUs(); t >= 0)
            tpot.append(t / usPerMs);
        for (qint32 gap : sample.itlUs)
            itl.append(gap / usPerMs);
        e2e.append(sample.e2eUs / usPerMs);
        const int tokens = std::max(sample.outputTokens, 0);
        s.outputTokens += tokens;
        if (sample.e2eUs > 0)
            perRequestRate.append(tokens / (sample.e2eUs / 1e6));
        if (withinObjectives(sample, slo))
            ++s.goodRequests;
    }
    s.errorRate = s.requests > 0 ? double(s.failed) / s.requests : 0;
    s.durationS = lastEnd > firstStart ? (lastEnd - firstStart) / 1e6 : 0;
    if (s.durationS > 0) {
        s.requestsPerS = s.succeeded / s.durationS;
        s.outputTokensPerS = double(s.outputTokens) / s.durationS;
        s.goodputPerS = s.goodRequests / s.durationS;
    }
    s.goodFraction = s.requests > 0 ? double(s.goodRequests) / s.requests : 0;
    s.ttfbMs = distributionOf(ttfb);
    s.ttftMs = distributionOf(ttft);
    s.tpotMs = distributionOf(tpot);
    s.itlMs = distributionOf(itl);
    s.e2eMs = distributionOf(e2e);
    s.requestOutputTokensPerS = distributionOf(perRequestRate);
    return s;
}

bool meetsObjectives(const LoadSummary& summary, const ServiceObjectives& slo)
{
    if (summary.requests == 0 || summary.succeeded == 0 || summary.errorRate > maxErrorRate)
        return false;
    if (slo.ttftMs > 0 && summary.ttftMs.p95 > slo.ttftMs)
        return false;
    return slo.tpotMs <= 0 || summary.tpotMs.count == 0 || summary.tpotMs.p95 <= slo.tpotMs;
}

QJsonObject toJson(const Distribution& d)
{
    return {{QStringLiteral("count"), d.count}, {QStringLiteral("mean"), d.mean},
            {QStringLiteral("min"), d.min},     {QStringLiteral("p50"), d.p50},
            {QStringLiteral("p90"), d.p90},     {QStringLiteral("p95"), d.p95},
            {QStringLiteral("p99"), d.p99},     {QStringLiteral("max"), d.max}};
}

QJsonObject toJson(const LoadSummary& s)
{
    QJsonObject errors;
    for (auto it = s.errors.cbegin(); it != s.errors.cend(); ++it)
        errors.insert(it.key(), it.value());
    return {{QStringLiteral("requests"), s.requests},
            {QStringLiteral("succeeded"), s.succeeded},
            {QStringLiteral("failed"), s.failed},
            {QStringLiteral("errorRate"), s.errorRate},
            {QStringLiteral("durationS"), s.durationS},
            {QStringLiteral("requestsPerS"), s.requestsPerS},
            {QStringLiteral("outputTokens"), s.outputTokens},
            {QStringLiteral("outputTokensPerS"), s.outputTokensPerS},
            {QStringLiteral("ttfbMs"), toJson(s.ttfbMs)},
            {QStringLiteral("ttftMs"), toJson(s.ttftMs)},
            {QStringLiteral("tpotMs"), toJson(s.tpotMs)},
            {QStringLiteral("itlMs"), toJson(s.itlMs)},
            {QStringLiteral("e2eMs"), toJson(s.e2eMs)},
            {QStringLiteral("requestOutputTokensPerS"), toJson(s.requestOutputTokensPerS)},
            {QStringLiteral("goodRequests"), s.goodRequests},
            {QStringLiteral("goodputPerS"), s.goodputPerS},
            {QStringLiteral("goodFraction"), s.goodFraction},
            {QStringLiteral("usageMismatches"), s.usageMismatches},
            {QStringLiteral("errors"), errors}};
}

LoadSummary loadSummaryFromJson(const QJsonObject& o)
{
    LoadSummary s;
    s.requests = o.value(u"requests").toInt();
    s.succeeded = o.value(u"succeeded").toInt();
    s.failed = o.value(u"failed").toInt();
    s.errorRate = o.value(u"errorRate").toDouble();
    s.durationS = o.value(u"durationS").toDouble();
    s.requestsPerS = o.value(u"requestsPerS").toDouble();
    s.outputTokens = o.value(u"outputTokens").toInteger();
    s.outputTokensPerS = o.value(u"outputTokensPerS").toDouble();
    s.ttfbMs = distributionFromJson(o.value(u"ttfbMs").toObject());
    s.ttftMs = distributionFromJson(o.value(u"ttftMs").toObject());
    s.tpotMs = distributionFromJson(o.value(u"tpotMs").toObject());
    s.itlMs = distributionFromJson(o.value(u"itlMs").toObject());
    s.e2eMs = distributionFromJson(o.value(u"e2eMs").toObject());
    s.requestOutputTokensPerS =
        distributionFromJson(o.value(u"requestOutputTokensPerS").toObject());
    s.goodRequests = o.value(u"goodRequests").toInt();
    s.goodputPerS = o.value(u"goodputPerS").toDouble();
    s.goodFraction = o.value(u"goodFraction").toDouble();
    s.usageMismatches = o.value(u"usageMismatches").toInt();
    const QJsonObject errors = o.value(u"errors").toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it)
        s.errors.insert(it.key(), it.value().toInt());
    return s;
}

} // namespace td::bench
