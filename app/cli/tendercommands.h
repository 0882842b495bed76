#pragma once

#include "clicontext.h"
#include "commands.h"

namespace td::cli {

// `tenderdesk-cli tender SUB ...`: what procurement staff do to one tender (create, edit,
// publish, amend, ask, answer, status, releases, document, package).
int runTenderCommand(Context& c, const QString& sub);

// The lines of the usage text that describe these commands.
QString tenderUsage();

} // namespace td::cli
