#include "benchmarkconfig.h"

#include "domain/error.h"

#include <QCoreApplication>

namespace td::bench {

QString loadShapeCode(LoadShape shape)
{
    switch (shape) {
    case LoadShape::Concurrency:
        return QStringLiteral("concurrency");
    case LoadShape::Rate:
        return QStringLiteral("rate");
    case LoadShape::Sweep:
        return QStringLiteral("sweep");
    }
    return {};
}

std::optional<LoadShape> loadShapeFromCode(const QString& code)
{
    for (LoadShape shape : {LoadShape::Concurrency, LoadShape::Rate, LoadShape::Sweep})
        if (loadShapeCode(shape) == code)
            return shape;
    return std::nullopt;
}

QString BenchmarkConfig::problem() const
{
    try {
        checkBaseUrl(endpoint.baseUrl);
    } catch (const Error& e) {
        return e.message();
    }
    if (endpoint.model.trimmed().isEmpty())
        return QCoreApplication::translate(
            "td::bench", "Give the name of the model to benchmark, as the server lists it.");
    if (requests < 1)
        return QCoreApplication::translate("td::bench", "A run needs at least one request.");
    if (shape == LoadShape::Concurrency && (concurrency < 1 || concurrency > 20000))
        return QCoreApplication::translate(
            "td::bench", "Concurrency must be between 1 and 20000 requests in flight.");
    if (shape == LoadShape::Rate && !(ratePerS > 0))
        return QCoreApplication::translate(
            "td::bench", "The request rate must be above zero requests per second.");
    if (shape == LoadShape::Sweep && sweepMaxConcurrency < 1)
        return QCoreApplication::translate("td::bench",
                                           "The sweep needs a highest concurrency of at least 1.");
    if (maxTokens < 1 || accuracyMaxTokens < 1)
        return QCoreApplication::translate("td::bench",
                                           "The output token limit must be at least 1.");
    if (warmup < 0)
        return QCoreApplication::translate("td::bench", "Warm-up requests cannot be negative.");
    return {};
}

QString BenchmarkConfig::loadLabel() const
{
    switch (shape) {
    case LoadShape::Concurrency:
        return QCoreApplication::translate("td::bench", "concurrency %1").arg(concurrency);
    case LoadShape::Rate:
        return QCoreApplication::translate("td::bench", "rate %1/s").arg(ratePerS);
    case LoadShape::Sweep:
        return QCoreApplication::translate("td::bench", "sweep to %1").arg(sweepMaxConcurrency);
    }
    return {};
}

} // namespace td::bench
