#pragma once

#include "endpoint.h"
#include "metrics.h"

#include <QString>

#include <optional>

namespace td::bench {

// The load a run offers the deployment.
enum class LoadShape
{
    Concurrency, // a fixed number of requests in flight
    Rate,        // a Poisson process of requests per second
    Sweep        // rising concurrency until the tender's objectives fail: the highest that holds
};

QString loadShapeCode(LoadShape shape); // "concurrency", "rate", "sweep" (stored)
std::optional<LoadShape> loadShapeFromCode(const QString& code);

struct BenchmarkConfig
{
    Endpoint endpoint;
    LoadShape shape = LoadShape::Concurrency;
    int concurrency = 8;
    double ratePerS = 4;
    int requests = 100; // counted requests (per step of a sweep)
    int warmup = 4;
    int sweepMaxConcurrency = 1024;
    // A random prefix per request defeats the server's prefix cache, which would otherwise make
    // a suite's repeated prompts look faster than real, varied traffic.
    bool randomPrefix = true;
    int maxTokens = 256;
    QString suite; // empty: a fixed synthetic prompt and no accuracy pass
    bool accuracy = true;
    int accuracyConcurrency = 8;
    int accuracyMaxTokens = 1024;
    ServiceObjectives objectives;
    std::optional<qint64> bidId;
    quint64 seed = 1;

    // A sentence naming the first unusable setting, empty when the configuration can run.
    QString problem() const;
    // "concurrency 8", "rate 4/s", "sweep to 1024": how runs are listed.
    QString loadLabel() const;
};

} // namespace td::bench
