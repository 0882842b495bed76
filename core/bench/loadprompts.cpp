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
    std::mt19937_64 random(seed);
    QList<QByteArray> bodies;
    bodies.reserve(count);
    for (int i = 0; i < count; ++i) {
        GenerationRequest request = requestFor(config, suite, i);
        if (config.randomPrefix)
            request.prompt =
                QStringLiteral("[%1] ").arg(random(), 16, 16, QLatin1Char('0')) + request.prompt;
        bodies.append(requestBody(request));
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
