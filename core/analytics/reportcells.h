#pragma once

#include "analytics/reporttable.h"

#include <QString>
#include <QVariant>

// How one value of a report table reads, the same in every format that writes text: the HTML
// page (grouped for reading) and the CSV file (plain, for a spreadsheet to parse).
namespace td::analytics {

// For people: thousands grouped, money in major units with two decimals, a fraction as a
// percentage, dates as ISO 8601 days. An empty string for a null value.
QString displayCell(const QVariant& value, ColumnKind kind);

// For spreadsheets and scripts: no grouping, a dot for decimals, money in major units with two
// decimals, a fraction as "12.50%" (Excel and WPS read it back as 0.125), dates as ISO 8601.
QString plainCell(const QVariant& value, ColumnKind kind);

// Money columns hold minor units; reports show major units: 123456 fen is 1234.56.
double majorUnits(const QVariant& minor);

// Whether a column of this kind holds a figure (right-aligned, a number in a spreadsheet).
bool isFigure(ColumnKind kind);

} // namespace td::analytics
