#pragma once

// The builders of the market report's sections, one per figure, shared by marketreport.cpp.
// Not part of the library's interface.

#include "analytics/marketfilter.h"
#include "analytics/reporttable.h"
#include "marketlabels.h"
#include "marketscope.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace td::analytics {

struct SectionContext
{
    QSqlDatabase db;
    const MarketFilter& filter;
    const MarketLabels& labels;
    const std::function<bool()>& cancelled; // polled by the long passes (the red flags)

    // Runs `statement`, whose first `?` placeholders are those of `scope`, then `more`.
    QSqlQuery run(const QString& statement, const SqlPart& scope,
                  const QVariantList& more = {}) const;
    // An organisation's name in the report's language: its English name in English when it has
    // one, its short name otherwise.
    QString organizationName(const QString& shortName, const QString& englishName) const;
};

ReportColumn column(const char* key, const QString& title, ColumnKind kind);

// marketvolume.cpp
ReportSection tendersByMonth(const SectionContext& c);
ReportSection bidsPerTender(const SectionContext& c);
ReportSection priceAgainstBudget(const SectionContext& c);
// marketvendors.cpp
ReportSection vendorShare(const SectionContext& c);
ReportSection modelsAndAccelerators(const SectionContext& c);
// marketcost.cpp
ReportSection benchmarkLeaderboard(const SectionContext& c);
ReportSection lossMakingWins(const SectionContext& c);
// marketreference.cpp
ReportSection referenceFigures(const SectionContext& c);
// redflagsection.cpp
ReportSection redFlagsSection(const SectionContext& c);

} // namespace td::analytics
