#include "statutoryperiods.h"

namespace td {

int minimumBidPeriodDays(ProcurementMethod method)
{
    switch (method) {
    case ProcurementMethod::OpenTender:
    case ProcurementMethod::InvitedTender:
        return 20;
    case ProcurementMethod::CompetitiveConsultation:
        return 10;
    case ProcurementMethod::CompetitiveNegotiation:
    case ProcurementMethod::RequestForQuotation:
        return 3;
    case ProcurementMethod::SingleSource:
        break;
    }
    return 0;
}

} // namespace td
