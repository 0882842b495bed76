#pragma once

#include "analytics/reporttable.h"

#include <QJsonObject>

// A report as JSON for scripts (`market --json`): {"title", "language", "subtitle",
// "sections": [{"id", "title", "text", "tables": [{"id", "title", "currency", "columns":
// [{"key", "title", "kind"}], "rows": [{key: value}]}], "chart": {...}}]}. Money stays in minor
// units (an integer of fen), percentages as fractions, dates as ISO 8601: exact values, not
// formatted text.
namespace td::analytics {

QJsonObject reportJson(const Report& report);
// "text", "integer", "decimal", "money", "percent", "date".
QString columnKindCode(ColumnKind kind);

} // namespace td::analytics
