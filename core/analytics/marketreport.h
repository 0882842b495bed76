#pragma once

#include "analytics/marketfilter.h"
#include "analytics/reporttable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace td {
class Database;
}

// The market as analysts see it: the Market workspace's dashboards, `market`, and the reports
// (`report`, the workspace's Export) are all drawn from the Report this builds, so the numbers
// agree everywhere. Every figure is aggregated by the database in SQL: a shared PostgreSQL server
// does the work for a big market, and nothing loads the whole market into memory.
namespace td::analytics {

// The sections a market report can hold, in the order a full report shows them.
QStringList marketSectionIds();

// The market under `filter`, in `language` ("zh_CN" or "en"), with the sections named (all
// of them when the list is empty; unknown names throw td::Error naming them). `cancelled`, when
// set, is polled between sections; a cancelled build throws td::Error.
// Each chart's data items that stand for a set of tenders carry a "drill" string: drillDown()
// turns it back into those tenders.
Report marketReport(const Database& database, const MarketFilter& filter, const QString& language,
                    const QStringList& sectionIds = {},
                    const std::function<bool()>& cancelled = {});

// One tender behind a point of a chart.
struct DrillTender
{
    qint64 id = 0;
    QString reference;
    QString title;
    QString buyer;
    qint64 budgetMinor = 0;
    QString currency;
    QDate published;
};

// The tenders behind the data item of section `sectionId` whose "drill" string is `drillKey`,
// under the same filter, newest first, at most `limit` of them.
QList<DrillTender> drillDown(const Database& database, const MarketFilter& filter,
                             const QString& sectionId, const QString& drillKey, int limit = 500);

} // namespace td::analytics
