#pragma once

#include "analytics/marketfilter.h"
#include "analytics/marketfilterchoices.h"
#include "analytics/marketreport.h"
#include "analytics/reporttable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace td {
class Database;
}

namespace td::ui {

// Where the Market workspace gets its figures: the core's market report, or in tests a report
// built by hand. Each function but sectionIds runs on the workspace's database worker, never on
// the GUI thread.
struct MarketSource
{
    std::function<QStringList()> sectionIds;
    std::function<analytics::MarketFilterChoices(const Database&)> choices;
    std::function<analytics::Report(const Database&, const analytics::MarketFilter&,
                                    const QString& language, const QStringList& sections,
                                    const std::function<bool()>& cancelled)>
        report;
    std::function<QList<analytics::DrillTender>(const Database&, const analytics::MarketFilter&,
                                                const QString& section, const QString& drillKey)>
        drillDown;

    // The core's: analytics::marketSectionIds(), marketFilterChoices(), marketReport(),
    // drillDown().
    static MarketSource fromCore();
};

} // namespace td::ui
