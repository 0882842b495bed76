#pragma once

#include "analytics/reporttable.h"

// A market report built by hand, for the tests of what consumes reports (the writers, the PDF,
// the dashboards) while the market's SQL is tested on its own: the sections, tables and charts
// that analytics::marketReport() makes, with figures chosen to exercise every column kind,
// quoting, Chinese text and long ids.
namespace td::test {

// "zh_CN" or "en". Two sections: tenders by month (a bar chart whose bars carry drill keys
// "2026-01", "2026-02", "2026-03", and a table) and the vendors (a table of every column kind,
// with commas, quotes and a line break in a name, and a second table with an id longer than a
// sheet name may be).
analytics::Report sampleReport(const QString& language);

// The name of the chart's x axis: shown by the chart only (not by its table), so a text
// extracted from a printed page holds it only when the chart was drawn.
QString sampleAxisName(const QString& language);

// The months' bar labels and tender counts of the sample's chart.
inline constexpr const char* sampleMonths[] = {"2026-01", "2026-02", "2026-03"};
inline constexpr int sampleCounts[] = {4, 7, 2};

} // namespace td::test
