#pragma once

#include "analytics/reporttable.h"

#include <QString>

// A report as one HTML page: its sections' titles, text, charts and tables, styled inline. The
// same page is saved as a report (self-contained), printed to PDF, and shown by the Market
// workspace's dashboards, so the three look alike.
//
// Charts are drawn by Apache ECharts with the SVG renderer, so that a printed chart stays vector
// and its labels stay text. Every chart's option is inlined in the page with its data; the page
// asks nothing from anywhere. When the charts are drawn the page sets
// `window.tenderdeskChartsReady` (or `window.tenderdeskChartsError` with the reason), which a
// printer waits for; `window.tenderdeskCharts` then lists {section, chart} for further script.
namespace td::analytics {

struct HtmlReportOptions
{
    // Inline: the chart library is copied into the page, which then opens anywhere, offline (a
    // saved report). Linked: the page loads it from `chartLibraryUrl`, our own resource, which
    // keeps the page small (printing and the dashboards pass it to WebEngine as a data: URL).
    enum class ChartLibrary
    {
        Inline,
        Linked,
    };
    ChartLibrary chartLibrary = ChartLibrary::Inline;
    QString chartLibraryUrl = QStringLiteral("qrc:/web/echarts.min.js");
    // Pixels; 0 draws the charts as wide as the page and redraws them when it is resized. A
    // printed page sets a width: a page that is not shown has no width of its own.
    int chartWidth = 0;
    int chartHeight = 320;
    // Rows shown per table; -1 for all. The dashboards show compact tables.
    int maxTableRows = -1;
    // Markup added to <head>, and script run once the charts are drawn: the dashboards' bridge
    // that reports clicks on a chart.
    QString extraHead;
    QString extraScript;
};

// The page for `report`, in its language. Throws td::Error when the chart library must be
// inlined and the program was built without it.
QString reportHtml(const Report& report, const HtmlReportOptions& options = {});

// The vendored Apache ECharts (resources/web/echarts.min.js), as embedded in the program.
// Throws td::Error when it is missing.
QString chartLibraryScript();

} // namespace td::analytics
