#pragma once

#include "domain/codes.h"

namespace td {

// The shortest bid period the law allows for a procurement method, in calendar days from
// publication to the bid deadline: 20 days for open and invited tenders (Bidding Law art. 24),
// 10 for competitive consultation, 3 for negotiation and request for quotation (MOF Order 74
// and 87 rules, working days counted as calendar days here); 0 where the law sets none
// (single source). A shorter period is a warning, not an error: the buyer may have a reason.
int minimumBidPeriodDays(ProcurementMethod method);

} // namespace td
