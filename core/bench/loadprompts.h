#pragma once

#include "benchmarkconfig.h"
#include "suiteitems.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace td::bench {

// The request bodies of a load: the suite's items in turn (or one fixed synthetic prompt when
// the run has no suite), each behind its own random prefix unless the config turns that off:
// `count` bodies, reproducible from `seed`. Without the prefix, one body per distinct prompt,
// which the driver cycles through.
QList<QByteArray> loadBodies(const BenchmarkConfig& config, const std::optional<Suite>& suite,
                             int count, quint64 seed);

// One body per suite item, in item order, for the accuracy pass: no prefix, temperature 0.
QList<QByteArray> accuracyBodies(const BenchmarkConfig& config, const Suite& suite);

} // namespace td::bench
