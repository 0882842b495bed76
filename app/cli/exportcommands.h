#pragma once

#include "clicontext.h"

#include <QCommandLineOption>
#include <QList>

namespace td::cli {

// `tenderdesk-cli export ocds --out FILE [--jsonl] [--from DATE --to DATE]`: the tenders, bids
// and awards of the database as OCDS 1.1 compiled releases, in a release package or as JSON
// Lines.
bool isExportCommand(const QString& command);
int runExportCommand(Context& c, const QString& sub);

// The options only these commands take.
QList<QCommandLineOption> exportOptions();
// The lines of the usage text that describe them.
QString exportUsage();

} // namespace td::cli
