#pragma once

#include "clicontext.h"
#include "commands.h"

#include <QCommandLineOption>
#include <QList>

namespace td::cli {

// `tenderdesk-cli import FILE... [--format SHAPE]`: OCDS data from any publisher into the
// database, all or nothing per file, with a summary line and the warnings of each file.
int commandImport(Context& c);

QList<QCommandLineOption> importOptions();
// The lines of the usage text that describe it.
QString importUsage();

} // namespace td::cli
