#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

// What an analyst's report is made of, independent of the format it is written in: sections,
// each with its text, its tables and the chart that draws them. The market figures and the red
// flags produce these; the HTML, PDF, XLSX and CSV writers consume them, so every format shows
// the same numbers.
namespace td::analytics {

// How a column's values are typed, so that a spreadsheet gets real numbers with a number
// format and the HTML a right-aligned, grouped figure.
enum class ColumnKind
{
    Text,    // QString
    Integer, // qint64
    Decimal, // double, shown with two decimals
    Money,   // qint64 minor units (fen) of the table's currency; written as major units
    Percent, // double, a fraction: 0.25 is 25%
    Date,    // QDate
};

struct ReportColumn
{
    QString key;   // stable, for CSV headers and tests: "vendor", "wins_below_cost"
    QString title; // in the report's language
    ColumnKind kind = ColumnKind::Text;
};

struct ReportTable
{
    QString id;    // stable, unique within a report; XLSX sheet and CSV file names derive from it
    QString title; // in the report's language
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // each row holds one value per column, typed as the column says
    QString currency = QStringLiteral("CNY"); // of the Money columns
};

struct ReportSection
{
    QString id;    // "tenders_by_month", "loss_making_wins", "red_flags" ...
    QString title; // in the report's language
    QString text;  // a short paragraph that says what the section shows and where from (plain text)
    QList<ReportTable> tables;
    // An Apache ECharts option object that draws the section's chart, or empty when the section
    // has none. It carries its data inline, so a page renders it without asking anything.
    QJsonObject chart;
};

struct Report
{
    QString title;
    QString language; // "zh_CN" or "en"
    QString subtitle; // the filters the report was made with, in words
    QList<ReportSection> sections;
};

} // namespace td::analytics
