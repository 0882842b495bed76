#include "reportpdf.h"

#include "analytics/reporthtml.h"
#include "pdfprinting.h"

namespace td {

namespace {

// A4 less the 20 mm side margins of HtmlPdfPrinter::a4Layout() is 170 mm, 642 CSS pixels.
constexpr int printedChartWidth = 640;

} // namespace

QString printableReportHtml(const analytics::Report& report)
{
    analytics::HtmlReportOptions options;
    options.chartLibrary = analytics::HtmlReportOptions::ChartLibrary::Linked;
    options.chartWidth = printedChartWidth;
    options.chartHeight = 300;
    return analytics::reportHtml(report, options);
}

QString reportReadyCheck()
{
    return QStringLiteral("window.tenderdeskChartsReady === true ? true : "
                          "(window.tenderdeskChartsError || false)");
}

QByteArray printReportToPdf(const analytics::Report& report, int timeoutMs)
{
    return printHtmlToPdf(printableReportHtml(report), timeoutMs, HtmlPdfPrinter::defaultBaseUrl(),
                          reportReadyCheck());
}

} // namespace td
