#pragma once

#include "analytics/reporttable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// A report as CSV for spreadsheets: UTF-8 with a byte order mark (without it, Excel and WPS read
// Chinese as GBK and show garbage), RFC 4180 quoting, CRLF line ends, one table per file.
//
// A report of several tables becomes several files, one per table, named FILE-<table id>.csv
// beside the FILE.csv asked for. Stacking the tables in one file under title rows would look
// tidy in a text editor but not in a spreadsheet: the columns of one table would sit under the
// header of another, and sorting, filtering or a pivot table would mix them. One file per table
// opens as one clean grid, as a CSV user expects.
namespace td::analytics {

// One table: a header row of the column keys (stable whatever the report's language, so that
// scripts can rely on them), then a row per row, values written by plainCell().
QByteArray tableCsv(const ReportTable& table);

// The files writeReportCsv() writes for `report` when asked for `path`: `path` itself when the
// report has one table, otherwise PATH-WITHOUT-.csv-<table id>.csv for each table.
QStringList reportCsvPaths(const Report& report, const QString& path);

// Writes the report's tables as reportCsvPaths() names them and returns those paths. Each file
// is written whole or not at all. Throws td::Error when the report has no table or a file
// cannot be written.
QStringList writeReportCsv(const Report& report, const QString& path);

} // namespace td::analytics
