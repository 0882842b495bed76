#pragma once

#include "benchmarkrunner.h"
#include "store/dialect.h"

#include <QSqlDatabase>

#include <optional>

namespace td::bench {

// One line of the list of runs.
struct BenchmarkRunHeader
{
    qint64 id = 0;
    std::optional<qint64> bidId;
    QString baseUrl;
    QString model;
    QString suite;
    QString loadLabel;
    QDateTime startedAt;
    RunStatus status = RunStatus::Completed;
    double outputTokensPerS = 0;
    double ttftP50Ms = 0;
    double errorRate = 0;
    std::optional<double> accuracy;
};

// Benchmark runs and their samples (tables benchmark_runs and benchmark_samples). A run is
// written whole, with all its samples and an audit entry, in one transaction.
class BenchmarkRunRepository
{
public:
    BenchmarkRunRepository(QSqlDatabase db, const Dialect& dialect);
    explicit BenchmarkRunRepository(const QSqlDatabase& db); // the dialect of its driver

    // Stores the run and sets result.id. Throws td::Error when the bid does not exist.
    void insert(BenchmarkResult& result, const QString& actor);
    QList<BenchmarkRunHeader> list(std::optional<qint64> bidId = std::nullopt) const;
    std::optional<BenchmarkResult> load(qint64 id, bool withSamples = true) const;
    // The newest completed run of the bid.
    std::optional<BenchmarkResult> latestForBid(qint64 bidId) const;
    // The bid's newest completed run of that load shape.
    std::optional<BenchmarkResult> latestForBid(qint64 bidId, LoadShape shape) const;
    // The newest completed run of that accuracy suite that no bid is attached to (and of that
    // load shape, when given): what a vendor ran on its own deployment before bidding.
    std::optional<BenchmarkResult> latestWithoutBid(const QString& suite,
                                                    std::optional<LoadShape> shape = {}) const;

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace td::bench
