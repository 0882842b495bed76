#pragma once

// The per-process pass of the red flags and the party aggregates, shared by redflags.cpp. Not
// part of the library's interface.

#include "redflags.h"

#include <QHash>
#include <QSqlDatabase>

namespace td::analytics {

// What the pass over the processes gathers for the outlier indicators: R024 and R058 share one
// set of differences; R025 counts each tenderer's valid bids and wins.
struct ProcessPass
{
    QList<RedFlag> flags;                      // R003, R018, R028, R030, R035, R036
    QList<QPair<RedFlag, double>> differences; // R024/R058: the process and its difference
    struct WinRatio
    {
        QString label;
        qint64 validProcesses = 0;
        qint64 wins = 0;
    };
    QHash<QString, WinRatio> winRatios; // R025, by tenderer id
};

ProcessPass readProcesses(const QSqlDatabase& db, const RedFlagSettings& settings,
                          const MarketFilter& filter, const std::function<bool()>& cancelled);

// R038 (buyers and tenderers) and R048, aggregated by the database.
QList<RedFlag> partyFlags(const QSqlDatabase& db, const RedFlagSettings& settings,
                          const MarketFilter& filter, QList<FlagFence>& fences);

// findRedFlags() on a connection.
RedFlagResult findRedFlagsOn(const QSqlDatabase& db, const RedFlagSettings& settings,
                             const MarketFilter& filter, const std::function<bool()>& cancelled);

// "CN-USCC-<uscc>" or "TD-ORG-<id>", as td::ocds::partyId writes it.
QString partyIdOf(qint64 id, const QString& uscc);

// Q1, Q3 and a fence at `factor` IQR outside them (Hyndman-Fan type 8, as cardinal's statrs).
struct Quartiles
{
    double q1 = 0;
    double q3 = 0;
    double lowerFence() const { return q1 - 1.5 * (q3 - q1); }
    double upperFence() const { return q3 + 1.5 * (q3 - q1); }
};
Quartiles quartilesOf(const QList<double>& values);

} // namespace td::analytics
