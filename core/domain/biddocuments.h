#pragma once

#include "tender.h"

namespace td {

// The documents a tender asks of every bid unless its buyer says otherwise: the technical
// proposal, the commercial offer, the qualification documents, the benchmark report and the
// security and localisation statement are mandatory; the service plan is invited. Titles are
// left empty, so each shows as its kind's name in the reader's language.
QList<BidDocumentRequirement> standardBidDocuments();

// What the tender calls the document: its title, or its kind's name when it has none.
QString bidDocumentTitle(const BidDocumentRequirement& requirement);

} // namespace td
