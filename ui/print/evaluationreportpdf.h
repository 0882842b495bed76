#pragma once

#include "exchange/documentlanguage.h"

#include <QByteArray>
#include <QString>

namespace td {

class Database;

// The evaluation report of tender `reference` printed to PDF in `language`, waiting for it (the
// CLI and tests). The GUI prints the same HTML through HtmlPdfPrinter without waiting
// (ui/evaluation/evaluationreportexport.h). Throws td::Error.
QByteArray printEvaluationReport(const Database& database, const QString& reference,
                                 DocumentLanguage language);

} // namespace td
