#pragma once

#include "documents/collusioninput.h"

#include <QSqlDatabase>

namespace td::test {

// Three bidders of one lot with nothing in common: different prices (not evenly spaced),
// documents of unrelated text with their own digests and metadata, their own computers,
// project managers and security accounts. Tests then give two of them one thing in common.
CollusionInput innocentBidders();

// Writes the tender "COLLUDE-1", its lot(s), the vendors, the bids with their submissions
// (the machine fingerprint) and the documents as the opening would, straight as rows. Ids in
// `input` are replaced by the ids the database gives.
void insertScenario(const QSqlDatabase& db, CollusionInput& input);

} // namespace td::test
