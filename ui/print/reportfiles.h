#pragma once

#include "analytics/reportformat.h"
#include "analytics/reporttable.h"

#include <QString>
#include <QStringList>

// Saves an analyst's report in any of its formats: the one call the CLI's `report` makes.
namespace td {

// Writes `report` to `path` in `format` and returns the files written (CSV writes one per table
// when there are several: see analytics/reportcsv.h). PDF prints through Qt WebEngine and waits
// for it (a local event loop; needs a QGuiApplication). Throws td::Error with the reason.
QStringList saveReport(const analytics::Report& report, const QString& path,
                       analytics::ReportFormat format);

} // namespace td
