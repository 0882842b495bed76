#include "loadprompts.h"

#include <random>

namespace td::bench {

namespace {

// Asked when a run has no suite: long enough to produce a few hundred tokens on any model.
const char16_t syntheticPrompt[] =
    u"请用三段话说明国有企业采购大模型服务时应关注的数据安全、国产算力适配和服务水平要求。";

GenerationRequest requestFor(const BenchmarkConfig& config, const std::optional<Suite>& suite,
                             int index)
{
    GenerationRequest request;
    request.api = config.endpoint.api;
    request.model = config.endpoint.model;
    request.maxTokens = config.maxTokens;
    if (suite && !suite->items.isEmpty()) {
        const SuiteItem& item = suite->items[index % suite->items.size()];
        request.systemPrompt = suite->systemPrompt(item.language);
        request.prompt = userMessage(*suite, item);
    } else {
        request.prompt = QString::fromUtf16(syntheticPrompt);
    }
    if (request.api == Api::Completions && !request.systemPrompt.isEmpty())
        request.prompt = request.systemPrompt + QLatin1String("\n\n") + request.prompt;
    return request;
}

} // namespace

QList<QByteArray> loadBodies(const BenchmarkConfig& config, const std::optional<Suite>& suite,
                             int count, quint64 seed)
{
    // One body per distinct prompt, serialised once; each request's own prefix is then written
    // over the placeholder's sixteen hex digits, so a long run costs a copy per request.
    const int distinct = suite && !suite->items.isEmpty() ? int(suite->items.size()) : 1;
    const QString placeholder = QStringLiteral("[%1] ").arg(0, 16, 10, QLatin1Char('0'));
    QList<QByteArray> templates;
    QList<qsizetype> digitsAt;
    for (int i = 0; i < distinct; ++i) {
        GenerationRequest request = requestFor(config, suite, i);
        if (config.randomPrefix)
            request.prompt = placeholder + request.prompt;
        templates.append(requestBody(request));
        digitsAt.append(config.randomPrefix ? templates.last().indexOf(placeholder.toUtf8()) + 1
                                            : -1);
    }
    if (!config.randomPrefix)
        return templates; // the driver cycles through them

    std::mt19937_64 random(seed);
    QList<QByteArray> bodies;
    bodies.reserve(count);
    for (int i = 0; i < count; ++i) {
        QByteArray body = templates[i % distinct];
        const QByteArray digits = QByteArray::number(quint64(random()), 16).rightJustified(16, '0');
        body.replace(digitsAt[i % distinct], digits.size(), digits);
        bodies.append(body);
    }
    return bodies;
}

QList<QByteArray> accuracyBodies(const BenchmarkConfig& config, const Suite& suite)
{
    QList<QByteArray> bodies;
    for (int i = 0; i < suite.items.size(); ++i) {
        GenerationRequest request = requestFor(config, suite, i);
        request.maxTokens = config.accuracyMaxTokens;
        request.temperature = 0;
        bodies.append(requestBody(request));
    }
    return bodies;
}

} // namespace td::bench
