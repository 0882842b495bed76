#include "reportfiles.h"

#include "analytics/reportcsv.h"
#include "analytics/reporthtml.h"
#include "analytics/reportxlsx.h"
#include "exchange/savefile.h"
#include "reportpdf.h"

namespace td {

QStringList saveReport(const analytics::Report& report, const QString& path,
                       analytics::ReportFormat format)
{
    switch (format) {
    case analytics::ReportFormat::Pdf:
        saveFile(path, printReportToPdf(report));
        return {path};
    case analytics::ReportFormat::Html:
        saveFile(path, analytics::reportHtml(report).toUtf8());
        return {path};
    case analytics::ReportFormat::Xlsx:
        analytics::writeReportXlsx(report, path);
        return {path};
    case analytics::ReportFormat::Csv:
        return analytics::writeReportCsv(report, path);
    }
    return {};
}

} // namespace td
