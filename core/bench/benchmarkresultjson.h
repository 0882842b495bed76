#pragma once

#include "benchmarkrunner.h"

#include <QJsonArray>
#include <QJsonObject>

namespace td::bench {

// The JSON form of a run: what `tenderdesk-cli bench --json` writes and what the database keeps
// in benchmark_runs.summary_json (there without samples, which have their own table). The API
// key is never part of it.
QJsonObject toJson(const BenchmarkResult& result, bool withSamples);
QJsonObject toJson(const BenchmarkConfig& config);
QJsonObject toJson(const RequestSample& sample);
QJsonArray toJson(const QList<ItemScore>& items);

// Reads back what toJson(config) wrote (the API key is not part of it).
BenchmarkConfig benchmarkConfigFromJson(const QJsonObject& object);

// Reads back what toJson(result, false) wrote; samples are left empty.
BenchmarkResult benchmarkResultFromJson(const QJsonObject& object);

} // namespace td::bench
