#include "benchmarkresultjson.h"

#include <cmath>

namespace td::bench {

namespace {

QString apiCode(Api api)
{
    return api == Api::ChatCompletions ? QStringLiteral("chat") : QStringLiteral("completions");
}

// Stored codes of ItemOutcome: stable words, not the enum's numbers.
constexpr std::pair<ItemOutcome, const char*> outcomeCodes[] = {
    {ItemOutcome::Correct, "correct"},       {ItemOutcome::Wrong, "wrong"},
    {ItemOutcome::Unanswered, "unanswered"}, {ItemOutcome::NotScored, "notScored"},
    {ItemOutcome::Error, "error"},
};

QString itemOutcomeCode(ItemOutcome outcome)
{
    for (const auto& [value, code] : outcomeCodes)
        if (value == outcome)
            return QString::fromLatin1(code);
    return {};
}

ItemOutcome itemOutcomeFromCode(const QString& text)
{
    for (const auto& [value, code] : outcomeCodes)
        if (text == QLatin1String(code))
            return value;
    return ItemOutcome::Error;
}

QJsonValue optionalInt(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue();
}

QJsonObject toJson(const AccuracySummary& s)
{
    return {{QStringLiteral("itemCount"), s.items},
            {QStringLiteral("correct"), s.correct},
            {QStringLiteral("wrong"), s.wrong},
            {QStringLiteral("unanswered"), s.unanswered},
            {QStringLiteral("notScored"), s.notScored},
            {QStringLiteral("errors"), s.errors},
            {QStringLiteral("accuracy"), std::isnan(s.accuracy) ? QJsonValue() : s.accuracy}};
}

} // namespace

BenchmarkConfig benchmarkConfigFromJson(const QJsonObject& o)
{
    BenchmarkConfig c;
    c.endpoint.baseUrl = o.value(u"baseUrl").toString();
    c.endpoint.model = o.value(u"model").toString();
    c.endpoint.api =
        o.value(u"api").toString() == u"completions" ? Api::Completions : Api::ChatCompletions;
    c.shape = loadShapeFromCode(o.value(u"shape").toString()).value_or(LoadShape::Concurrency);
    c.concurrency = o.value(u"concurrency").toInt();
    c.ratePerS = o.value(u"ratePerS").toDouble();
    c.requests = o.value(u"requests").toInt();
    c.warmup = o.value(u"warmup").toInt();
    c.sweepMaxConcurrency = o.value(u"sweepMaxConcurrency").toInt();
    c.randomPrefix = o.value(u"randomPrefix").toBool();
    c.maxTokens = o.value(u"maxTokens").toInt();
    c.suite = o.value(u"suite").toString();
    c.objectives.ttftMs = o.value(u"sloTtftMs").toInt();
    c.objectives.tpotMs = o.value(u"sloTpotMs").toInt();
    if (o.value(u"bid").isDouble())
        c.bidId = o.value(u"bid").toInteger();
    return c;
}

QJsonObject toJson(const BenchmarkConfig& c)
{
    return {{QStringLiteral("baseUrl"), c.endpoint.baseUrl},
            {QStringLiteral("model"), c.endpoint.model},
            {QStringLiteral("api"), apiCode(c.endpoint.api)},
            {QStringLiteral("shape"), loadShapeCode(c.shape)},
            {QStringLiteral("concurrency"), c.concurrency},
            {QStringLiteral("ratePerS"), c.ratePerS},
            {QStringLiteral("requests"), c.requests},
            {QStringLiteral("warmup"), c.warmup},
            {QStringLiteral("sweepMaxConcurrency"), c.sweepMaxConcurrency},
            {QStringLiteral("randomPrefix"), c.randomPrefix},
            {QStringLiteral("maxTokens"), c.maxTokens},
            {QStringLiteral("suite"), c.suite},
            {QStringLiteral("sloTtftMs"), c.objectives.ttftMs},
            {QStringLiteral("sloTpotMs"), c.objectives.tpotMs},
            {QStringLiteral("bid"), c.bidId ? QJsonValue(*c.bidId) : QJsonValue()}};
}

QJsonObject toJson(const RequestSample& s)
{
    QJsonArray itl;
    for (qint32 gap : s.itlUs)
        itl.append(gap);
    QJsonObject o{{QStringLiteral("seq"), s.seq},
                  {QStringLiteral("phase"), s.phase},
                  {QStringLiteral("warmup"), s.warmup},
                  {QStringLiteral("startUs"), s.startUs},
                  {QStringLiteral("ttfbUs"), optionalInt(s.ttfbUs)},
                  {QStringLiteral("ttftUs"), optionalInt(s.ttftUs)},
                  {QStringLiteral("tpotUs"), optionalInt(s.tpotUs())},
                  {QStringLiteral("e2eUs"), optionalInt(s.e2eUs)},
                  {QStringLiteral("promptTokens"), optionalInt(s.promptTokens)},
                  {QStringLiteral("outputTokens"), optionalInt(s.outputTokens)},
                  {QStringLiteral("streamedChunks"), s.streamedChunks},
                  {QStringLiteral("itlUs"), itl}};
    if (!s.ok())
        o.insert(QStringLiteral("error"), s.error);
    return o;
}

QJsonArray toJson(const QList<ItemScore>& items)
{
    QJsonArray array;
    for (const ItemScore& item : items)
        array.append(QJsonObject{{QStringLiteral("item"), item.itemId},
                                 {QStringLiteral("language"), item.language},
                                 {QStringLiteral("outcome"), itemOutcomeCode(item.outcome)},
                                 {QStringLiteral("extracted"), item.extracted},
                                 {QStringLiteral("detail"), item.detail}});
    return array;
}

QJsonObject toJson(const BenchmarkResult& r, bool withSamples)
{
    QJsonArray sweep;
    for (const SweepStep& step : r.sweep)
        sweep.append(QJsonObject{{QStringLiteral("concurrency"), step.concurrency},
                                 {QStringLiteral("meetsObjectives"), step.meetsObjectives},
                                 {QStringLiteral("summary"), toJson(step.summary)}});
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("tenderdesk-benchmark-1")},
                  {QStringLiteral("config"), toJson(r.config)},
                  {QStringLiteral("startedAt"), r.startedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("finishedAt"), r.finishedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("status"), runStatusCode(r.status)},
                  {QStringLiteral("load"), toJson(r.load)},
                  {QStringLiteral("sweep"), sweep},
                  {QStringLiteral("sweepBest"), r.sweepBest}};
    if (r.id > 0)
        o.insert(QStringLiteral("id"), r.id);
    if (!r.failure.isEmpty())
        o.insert(QStringLiteral("failure"), r.failure);
    if (const std::optional<double> t = r.servingThroughput())
        o.insert(QStringLiteral("servingOutputTokensPerS"), *t);
    if (r.accuracy) {
        QJsonObject accuracy = toJson(*r.accuracy);
        accuracy.insert(QStringLiteral("items"), toJson(r.accuracyItems));
        if (!r.accuracyNote.isEmpty())
            accuracy.insert(QStringLiteral("note"), r.accuracyNote);
        o.insert(QStringLiteral("accuracy"), accuracy);
    }
    if (withSamples) {
        QJsonArray samples;
        for (const RequestSample& s : r.samples)
            samples.append(toJson(s));
        o.insert(QStringLiteral("samples"), samples);
    }
    return o;
}

BenchmarkResult benchmarkResultFromJson(const QJsonObject& o)
{
    BenchmarkResult r;
    r.id = o.value(u"id").toInteger();
    r.config = benchmarkConfigFromJson(o.value(u"config").toObject());
    r.startedAt = QDateTime::fromString(o.value(u"startedAt").toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(o.value(u"finishedAt").toString(), Qt::ISODateWithMs);
    r.status = runStatusFromCode(o.value(u"status").toString()).value_or(RunStatus::Failed);
    r.failure = o.value(u"failure").toString();
    r.load = loadSummaryFromJson(o.value(u"load").toObject());
    const QJsonArray sweep = o.value(u"sweep").toArray();
    for (const QJsonValue& value : sweep) {
        const QJsonObject step = value.toObject();
        r.sweep.append({step.value(u"concurrency").toInt(),
                        loadSummaryFromJson(step.value(u"summary").toObject()),
                        step.value(u"meetsObjectives").toBool()});
    }
    r.sweepBest = o.value(u"sweepBest").toInt(-1);
    if (o.value(u"accuracy").isObject()) {
        const QJsonObject accuracy = o.value(u"accuracy").toObject();
        const QJsonArray items = accuracy.value(u"items").toArray();
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            ItemScore score;
            score.itemId = item.value(u"item").toString();
            score.language = item.value(u"language").toString();
            score.outcome = itemOutcomeFromCode(item.value(u"outcome").toString());
            score.extracted = item.value(u"extracted").toString();
            score.detail = item.value(u"detail").toString();
            r.accuracyItems.append(score);
        }
        r.accuracy = summarize(r.accuracyItems);
        r.accuracyNote = accuracy.value(u"note").toString();
    }
    return r;
}

} // namespace td::bench
