#pragma once

#include "analytics/reporttable.h"

#include <QByteArray>
#include <QString>

// An analyst's report (the market report) printed to PDF: its HTML page, with the charts drawn
// by the vendored ECharts as SVG at the printed width, printed by Qt WebEngine once they are
// drawn. Vector charts: their axis labels and legends stay text in the PDF.
namespace td {

// The page printed: the chart library loaded from our resource (qrc:), not inlined, which keeps
// the page small enough for WebEngine's setHtml; charts as wide as an A4 page's text.
QString printableReportHtml(const analytics::Report& report);

// The JavaScript expression HtmlPdfPrinter::setReadyCheck() polls for a report page: true once
// its charts are drawn, the reason when they could not be.
QString reportReadyCheck();

// Prints the report and waits for it (a local event loop): for the CLI and tests. Needs a
// QGuiApplication. Throws td::Error with the reason when printing fails.
QByteArray printReportToPdf(const analytics::Report& report, int timeoutMs = 120000);

} // namespace td
