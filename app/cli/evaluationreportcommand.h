#pragma once

#include <QString>

// Light on includes: main() asks printsEvaluationReport() before Qt is set up.
namespace td::cli {

struct Context;

// `tenderdesk-cli evaluation report REF --out F.pdf [--lang zh_CN|en]`: the evaluation report of
// a tender printed to PDF (panel, compliance, scores, flags and their settlement, ranking, award
// and its loss-making flag). The other evaluation commands are in evaluatecommands.h.
bool isEvaluationReportCommand(const QString& command, const QString& sub);
int commandEvaluationReport(Context& c);

// Whether the command line's words `command sub` ask for the report, which needs a
// QGuiApplication for Qt WebEngine.
bool printsEvaluationReport(const char* command, const char* sub);

// The lines of the usage text that describe it.
QString evaluationReportUsage();

} // namespace td::cli
