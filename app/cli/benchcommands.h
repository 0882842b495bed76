#pragma once

#include "clicontext.h"
#include "commands.h"

namespace td::cli {

// `tenderdesk-cli bench ...`: benchmarks a model deployment through its OpenAI-compatible
// endpoint, stores the run (attached to a bid when one is named) and writes its JSON.
int commandBench(Context& c);
// `tenderdesk-cli cost BID [--json]`: the cost-to-serve of a bid from its latest benchmark.
int commandCost(Context& c);

// The options these commands add to the parser, and the lines of the usage text.
QList<QCommandLineOption> benchOptions();
QString benchUsage();

} // namespace td::cli
