#pragma once

#include "domain/tender.h"

#include <QHash>

namespace td {

// A tender as plain text for the terminal (`tenderdesk-cli tenders show`): overview, lots,
// criteria, hardware rules, workload, timeline, clarifications, bids and awards. Times are
// shown in the tender's own time zone. isDomestic feeds the hardware check of each bid.
QString tenderAsText(const Tender& tender, const QHash<QString, bool>& isDomestic);

} // namespace td
