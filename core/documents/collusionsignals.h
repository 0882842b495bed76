#pragma once

#include "collusioninput.h"
#include "collusionsignal.h"

namespace td {

// Every collusion signal between the bidders of one tender: near-duplicate documents, identical
// metadata or files, identical or evenly spaced prices (within a lot), the same computer, project
// manager or bid security account. Only bids of different vendors are compared. Pure: the same
// input gives the same signals in the same order.
QList<CollusionSignal> findCollusionSignals(const CollusionInput& input,
                                            const CollusionOptions& options = {});

} // namespace td
