#pragma once

#include "clicontext.h"

#include <QCommandLineOption>

namespace td::cli {

// The evaluation panel's and the procurement officer's commands:
//   evaluate REF [--json] [--bid ID] [--settings FILE.json]
//   compliance REF [--confirm | --bid ID --check CODE (--pass|--fail) --justification TEXT]
//   panel REF [--add NAME [--chair] | --remove NAME]
//   score REF --evaluator NAME (--from SHEET.json [--draft] | --template)
//   explain REF --bid ID --from EXPLANATION.json
//   award REF --bid ID [--justification TEXT]
//   rescore --all
bool isEvaluationCommand(const QString& command);
int runEvaluationCommand(Context& c, const QString& command);

QList<QCommandLineOption> evaluationOptions();
QString evaluationUsage();

} // namespace td::cli
