#pragma once

#include "collusioninput.h"
#include "collusionsignal.h"

#include <QJsonObject>

namespace td {

// One signal for programs (`collusion REF --json`, the Bids workspace):
// { "kind", "kindName", "clause": { "article": 40, "item": 1..6, "code", "text" },
//   "bidders": [ { "bidId", "vendorId", "vendor" } ], "summary", "evidence": [ lines ],
//   "details": { the kind's evidence: digests, prices and gaps, fields, passages with offsets } }
QJsonObject collusionSignalJson(const CollusionSignal& signal);

// The whole report: { "tender", "bidsOpened", "sealedSubmissions", "signals": [ ... ] }.
QJsonObject collusionReportJson(const CollusionInput& input,
                                const QList<CollusionSignal>& signalList);

} // namespace td
