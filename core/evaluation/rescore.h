#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace td {

class Database;

struct RescoreSummary
{
    qint64 tenders = 0;       // scored
    qint64 bids = 0;          // scored
    qint64 changedBids = 0;   // whose stored evaluation price, score, rank or flags changed
    qint64 changedAwards = 0; // whose loss-making flag changed
    qint64 inProgress = 0;    // tenders still under evaluation, scored step by step
    qint64 marketProcesses = 0;
    std::optional<double> marketThreshold; // R058's, over every awarded process
};

// Called every few thousand tenders; returning false cancels (nothing is written).
using RescoreProgress = std::function<bool(qint64 done, qint64 total)>;

// Scores every opened tender of the database again, in one transaction, and writes only what
// changed: first the market's R058 threshold (over every awarded process), then each tender's
// evaluation price, score, rank and flags of every bid, and the loss-making flag of each award.
// Awarded and complete tenders are read in bulk (their compliance is settled: the bids'
// recorded status counts); tenders still under evaluation go through the evaluation desk's
// own scoring, which also opens the explanation step of a newly flagged bid. Audited as one
// entry. Throws td::Error when cancelled.
RescoreSummary rescoreAll(const Database& database, const QString& actor, const QDateTime& now,
                          const RescoreProgress& progress = {});

} // namespace td
