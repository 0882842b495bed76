#include "reporthtml.h"

#include "analytics/reportcells.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace td::analytics {
namespace {

const QString chartLibraryResource = QStringLiteral(":/web/echarts.min.js");

// Light, printable, and readable in both scripts: the Noto CJK fonts that print Chinese (as the
// tender documents do), tabular figures right-aligned, sections kept whole across pages.
const char* const styleSheet = R"(
body { font-family: "Noto Sans CJK SC", "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10pt;
       color: #1f2328; margin: 16px; background: #fff; }
h1 { font-size: 17pt; margin: 0 0 4px 0; }
p.subtitle { color: #57606a; margin: 0 0 16px 0; }
section { margin: 0 0 22px 0; }
h2 { font-size: 13pt; margin: 18px 0 4px 0; border-bottom: 1px solid #d0d7de; padding-bottom: 2px;
     break-after: avoid; }
h3 { font-size: 10.5pt; margin: 10px 0 4px 0; break-after: avoid; }
p.text { margin: 4px 0 8px 0; color: #424a53; }
div.chart { margin: 6px 0; break-inside: avoid; }
table { border-collapse: collapse; margin: 4px 0 8px 0; font-size: 9pt; }
th, td { border: 1px solid #d0d7de; padding: 2px 6px; }
th { background: #f3f5f7; text-align: left; font-weight: 600; }
td.figure, th.figure { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; }
p.more, p.empty { color: #57606a; font-style: italic; margin: 2px 0 8px 0; }
)";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// JSON placed inside <script>: "</" would end the script early, so it is written "<\/", which
// JSON reads back as the same two characters.
QString scriptJson(const QJsonValue& value)
{
    QString json = QString::fromUtf8(
        value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                         : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    json.replace(QStringLiteral("</"), QStringLiteral("<\\/"));
    json.replace(QStringLiteral("<!--"), QStringLiteral("<\\u0021--"));
    return json;
}

bool isChinese(const Report& report)
{
    return report.language.startsWith(QStringLiteral("zh"));
}

QString moreRowsText(const Report& report, qsizetype shown, qsizetype total)
{
    return isChinese(report) ? QStringLiteral("显示前 %1 行，共 %2 行。").arg(shown).arg(total)
                             : QStringLiteral("The first %1 of %2 rows.").arg(shown).arg(total);
}

QString noRowsText(const Report& report)
{
    return isChinese(report) ? QStringLiteral("无数据。") : QStringLiteral("No data.");
}

QString tableHtml(const Report& report, const ReportSection& section, const ReportTable& table,
                  int maxRows)
{
    QString html;
    // A section's only table often bears its title: the heading is not repeated.
    if (!table.title.isEmpty() && table.title != section.title)
        html += QStringLiteral("<h3>%1</h3>\n").arg(escaped(table.title));
    if (table.rows.isEmpty())
        return html + QStringLiteral("<p class=\"empty\">%1</p>\n").arg(noRowsText(report));
    html += QStringLiteral("<table id=\"table-%1\">\n<thead><tr>").arg(escaped(table.id));
    for (const ReportColumn& column : table.columns)
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(isFigure(column.kind) ? QStringLiteral(" class=\"figure\"") : QString(),
                         escaped(column.title));
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    const qsizetype shown =
        maxRows < 0 ? table.rows.size() : std::min<qsizetype>(maxRows, table.rows.size());
    for (qsizetype r = 0; r < shown; ++r) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const ColumnKind kind = table.columns.at(c).kind;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(isFigure(kind) ? QStringLiteral(" class=\"figure\"") : QString(),
                             escaped(displayCell(table.rows.at(r).value(c), kind)));
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    if (shown < table.rows.size())
        html += QStringLiteral("<p class=\"more\">%1</p>\n")
                    .arg(moreRowsText(report, shown, table.rows.size()));
    return html;
}

QString chartElementId(qsizetype index)
{
    return QStringLiteral("chart-%1").arg(index);
}

QString chartStyle(const HtmlReportOptions& options)
{
    const QString width = options.chartWidth > 0 ? QStringLiteral("%1px").arg(options.chartWidth)
                                                 : QStringLiteral("100%");
    return QStringLiteral("width: %1; height: %2px;").arg(width).arg(options.chartHeight);
}

// Draws every chart, then says so. Animation is off: a printed page is taken at once, and the
// drawing is then finished when setOption returns.
QString chartScript(const QJsonArray& charts, const HtmlReportOptions& options)
{
    QString size = QStringLiteral("{ renderer: 'svg' }");
    if (options.chartWidth > 0)
        size = QStringLiteral("{ renderer: 'svg', width: %1, height: %2 }")
                   .arg(options.chartWidth)
                   .arg(options.chartHeight);
    QString script = QStringLiteral(R"(
(function () {
  var charts = %1;
  window.tenderdeskCharts = [];
  if (typeof echarts === 'undefined') {
    window.tenderdeskChartsError = 'The chart library did not load.';
    return;
  }
  try {
    charts.forEach(function (c) {
      var chart = echarts.init(document.getElementById(c.element), null, %2);
      c.option.animation = false;
      chart.setOption(c.option);
      window.tenderdeskCharts.push({ section: c.section, chart: chart });
    });
  } catch (e) {
    window.tenderdeskChartsError = String(e);
    return;
  }
)")
                         .arg(scriptJson(charts), size);
    if (options.chartWidth <= 0)
        script += QStringLiteral(R"(
  window.addEventListener('resize', function () {
    window.tenderdeskCharts.forEach(function (c) { c.chart.resize(); });
  });
)");
    script += options.extraScript;
    script += QStringLiteral("\n  window.tenderdeskChartsReady = true;\n})();\n");
    return script;
}

} // namespace

QString chartLibraryScript()
{
    QFile file(chartLibraryResource);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate(
            "td::analytics", "The chart library is missing from this build of TenderDesk, so "
                             "the report cannot draw its charts. Reinstall TenderDesk."));
    return QString::fromUtf8(file.readAll());
}

QString reportHtml(const Report& report, const HtmlReportOptions& options)
{
    const QString language = isChinese(report) ? QStringLiteral("zh-CN") : QStringLiteral("en");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                                  "<meta charset=\"utf-8\">\n<title>%2</title>\n"
                                  "<style>%3</style>\n")
                       .arg(language, escaped(report.title), QString::fromUtf8(styleSheet));
    if (options.chartLibrary == HtmlReportOptions::ChartLibrary::Inline)
        html +=
            QStringLiteral("<script>\n") + chartLibraryScript() + QStringLiteral("\n</script>\n");
    else
        html +=
            QStringLiteral("<script src=\"%1\"></script>\n").arg(escaped(options.chartLibraryUrl));
    html += options.extraHead;
    html += QStringLiteral("</head>\n<body>\n<h1>%1</h1>\n").arg(escaped(report.title));
    if (!report.subtitle.isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(escaped(report.subtitle));

    QJsonArray charts;
    for (const ReportSection& section : report.sections) {
        html += QStringLiteral("<section id=\"section-%1\">\n<h2>%2</h2>\n")
                    .arg(escaped(section.id), escaped(section.title));
        if (!section.text.isEmpty())
            html += QStringLiteral("<p class=\"text\">%1</p>\n").arg(escaped(section.text));
        if (!section.chart.isEmpty()) {
            const QString element = chartElementId(charts.size());
            html += QStringLiteral("<div class=\"chart\" id=\"%1\" style=\"%2\"></div>\n")
                        .arg(element, chartStyle(options));
            charts.append(QJsonObject{{QStringLiteral("element"), element},
                                      {QStringLiteral("section"), section.id},
                                      {QStringLiteral("option"), section.chart}});
        }
        for (const ReportTable& table : section.tables)
            html += tableHtml(report, section, table, options.maxTableRows);
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("<script>") + chartScript(charts, options) +
            QStringLiteral("</script>\n</body>\n</html>\n");
    return html;
}

} // namespace td::analytics
