#pragma once

#include "requestsample.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace td::bench {

// p50/p90/p95/p99 by linear interpolation between closest ranks (Hyndman-Fan type 7, what
// numpy and most benchmark tools print), with the mean, min and max. Values in microseconds
// for times.
struct Distribution
{
    int count = 0;
    double mean = 0;
    double min = 0;
    double p50 = 0;
    double p90 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
};

Distribution distributionOf(QList<double> values);
double percentile(const QList<double>& sorted, double p);

// The latency objectives a tender sets; 0 means "not set".
struct ServiceObjectives
{
    int ttftMs = 0;
    int tpotMs = 0;
};

struct LoadSummary
{
    int requests = 0; // counted requests (warm-up excluded)
    int succeeded = 0;
    int failed = 0;
    double errorRate = 0;
    double durationS = 0; // first counted start to last counted end
    double requestsPerS = 0;
    double outputTokensPerS = 0;
    qint64 outputTokens = 0;
    Distribution ttfbMs;
    Distribution ttftMs;
    Distribution tpotMs;
    Distribution itlMs;
    Distribution e2eMs;
    Distribution requestOutputTokensPerS; // per request: tokens / e2e
    int goodRequests = 0;                 // succeeded and within both objectives
    double goodputPerS = 0;
    double goodFraction = 0;
    int usageMismatches = 0;
    QMap<QString, int> errors; // message -> count
};

LoadSummary summarize(const QList<RequestSample>& samples, const ServiceObjectives& slo);

// The load meets the objectives when p95 of TTFT and of TPOT are within them (the tender sets
// its SLOs as p95) and at most 1% of
// requests failed: the rule the sweep uses to find the highest load that meets a tender's SLOs.
bool meetsObjectives(const LoadSummary& summary, const ServiceObjectives& slo);

QJsonObject toJson(const Distribution& distribution);
QJsonObject toJson(const LoadSummary& summary);
LoadSummary loadSummaryFromJson(const QJsonObject& object);

} // namespace td::bench
