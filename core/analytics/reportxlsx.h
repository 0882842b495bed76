#pragma once

#include "analytics/reporttable.h"

#include <QString>
#include <QStringList>

// A report as an Excel workbook (libxlsxwriter), for analysts who go on in a spreadsheet: a sheet
// per table, each value a real number or date with a number format, a bold header row frozen
// above the rows, columns wide enough for what they hold.
namespace td::analytics {

// The sheet name of each table of `report`, in order: the table id, cut to Excel's 31
// characters, characters Excel refuses ([]:*?/\) replaced by '_', made unique with "~2", "~3".
QStringList xlsxSheetNames(const Report& report);

// Writes the workbook to `path`, whole or not at all (a temporary file beside it is renamed).
// Throws td::Error when the report has no table or the file cannot be written.
void writeReportXlsx(const Report& report, const QString& path);

} // namespace td::analytics
