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

// The JSON names of the fields, one list for writing and reading, so the two cannot drift.
template <typename Owner, typename Field> struct JsonField
{
    const char16_t* name;
    Field Owner::*member;
};

constexpr JsonField<Distribution, double> distributionFields[] = {
    {u"mean", &Distribution::mean}, {u"min", &Distribution::min}, {u"p50", &Distribution::p50},
    {u"p90", &Distribution::p90},   {u"p95", &Distribution::p95}, {u"p99", &Distribution::p99},
    {u"max", &Distribution::max}};

constexpr JsonField<LoadSummary, int> summaryCounts[] = {
    {u"requests", &LoadSummary::requests},
    {u"succeeded", &LoadSummary::succeeded},
    {u"failed", &LoadSummary::failed},
    {u"goodRequests", &LoadSummary::goodRequests},
    {u"usageMismatches", &LoadSummary::usageMismatches}};

constexpr JsonField<LoadSummary, double> summaryRates[] = {
    {u"errorRate", &LoadSummary::errorRate},
    {u"durationS", &LoadSummary::durationS},
    {u"requestsPerS", &LoadSummary::requestsPerS},
    {u"outputTokensPerS", &LoadSummary::outputTokensPerS},
    {u"goodputPerS", &LoadSummary::goodputPerS},
    {u"goodFraction", &LoadSummary::goodFraction}};

constexpr JsonField<LoadSummary, Distribution> summaryDistributions[] = {
    {u"ttfbMs", &LoadSummary::ttfbMs},
    {u"ttftMs", &LoadSummary::ttftMs},
    {u"tpotMs", &LoadSummary::tpotMs},
    {u"itlMs", &LoadSummary::itlMs},
    {u"e2eMs", &LoadSummary::e2eMs},
    {u"requestOutputTokensPerS", &LoadSummary::requestOutputTokensPerS}};

QString key(const char16_t* name)
{
    return QString::fromUtf16(name);
}

Distribution distributionFromJson(const QJsonObject& o)
{
    Distribution d;
    d.count = o.value(u"count").toInt();
    for (const auto& [name, member] : distributionFields)
        d.*member = o.value(key(name)).toDouble();
    return d;
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
    QJsonObject o{{QStringLiteral("count"), d.count}};
    for (const auto& [name, member] : distributionFields)
        o.insert(key(name), d.*member);
    return o;
}

QJsonObject toJson(const LoadSummary& s)
{
    QJsonObject o{{QStringLiteral("outputTokens"), s.outputTokens}};
    for (const auto& [name, member] : summaryCounts)
        o.insert(key(name), s.*member);
    for (const auto& [name, member] : summaryRates)
        o.insert(key(name), s.*member);
    for (const auto& [name, member] : summaryDistributions)
        o.insert(key(name), toJson(s.*member));
    QJsonObject errors;
    for (auto it = s.errors.cbegin(); it != s.errors.cend(); ++it)
        errors.insert(it.key(), it.value());
    o.insert(QStringLiteral("errors"), errors);
    return o;
}

LoadSummary loadSummaryFromJson(const QJsonObject& o)
{
    LoadSummary s;
    s.outputTokens = o.value(u"outputTokens").toInteger();
    for (const auto& [name, member] : summaryCounts)
        s.*member = o.value(key(name)).toInt();
    for (const auto& [name, member] : summaryRates)
        s.*member = o.value(key(name)).toDouble();
    for (const auto& [name, member] : summaryDistributions)
        s.*member = distributionFromJson(o.value(key(name)).toObject());
    const QJsonObject errors = o.value(u"errors").toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it)
        s.errors.insert(it.key(), it.value().toInt());
    return s;
}

} // namespace td::bench
