#pragma once

#include "store/database.h"

#include <functional>

namespace td::demo {

struct DemoOptions
{
    quint64 seed = 1;
    qint64 tenders = 931; // the 2024 count of calls by central SOEs (DOMAIN.md)
    int year = 2024;
    // The panel's score sheets are kept for the first tenders of the market; a market bigger
    // than this stands for history read from published results beyond it, whose bids keep the
    // panel's technical points only.
    qint64 sheetTenders = 10'000;
};

struct DemoSummary
{
    qint64 organizations = 0;
    qint64 tenders = 0;
    qint64 bids = 0;
    qint64 awards = 0;
    qint64 benchmarkRuns = 0; // one per vendor deployment
};

// Fills an empty database with a deterministic demo market. All or nothing: the market is
// written in one transaction, so a failure or a cancel leaves the database as it was.
class DemoGenerator
{
public:
    // Called every few hundred tenders; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoGenerator(const Database& database, DemoOptions options);
    DemoSummary run(const Progress& progress = {});

private:
    const Database& m_database;
    DemoOptions m_options;
};

} // namespace td::demo
