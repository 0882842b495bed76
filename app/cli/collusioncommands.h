#pragma once

#include "clicontext.h"
#include "commands.h"

namespace td::cli {

// `tenderdesk-cli collusion REF [--json]`: the collusion signals between the bidders of a
// tender whose bids are open, each with its evidence and the Article 40 clause it points to.
int commandCollusion(Context& c);

// The lines of the usage text that describe it.
QString collusionUsage();

} // namespace td::cli
