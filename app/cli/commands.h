#pragma once

#include <QStringList>

class QTextStream;

namespace td::cli {

// Exit codes: 0 done, 1 the work failed (message on stderr), 2 the command line is wrong.
enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

// Runs `tenderdesk-cli` with its arguments (arguments[0] is the program name).
int run(const QStringList& arguments);
// interactive: stderr is a terminal, so long commands show their progress there.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err, bool interactive);

} // namespace td::cli
