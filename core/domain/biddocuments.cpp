#include "biddocuments.h"

namespace td {

QList<BidDocumentRequirement> standardBidDocuments()
{
    return {
        {BidDocumentKind::Technical, QString(), true},
        {BidDocumentKind::Commercial, QString(), true},
        {BidDocumentKind::Qualification, QString(), true},
        {BidDocumentKind::BenchmarkReport, QString(), true},
        {BidDocumentKind::Security, QString(), true},
        {BidDocumentKind::Service, QString(), false},
    };
}

QString bidDocumentTitle(const BidDocumentRequirement& requirement)
{
    return requirement.title.isEmpty() ? Codes<BidDocumentKind>::displayName(requirement.kind)
                                       : requirement.title;
}

} // namespace td
