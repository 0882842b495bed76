#include "openingminutes.h"

#include "domain/error.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/organizationrepository.h"
#include "store/releaserepository.h"
#include "store/tenderreader.h"
#include "submissionrepository.h"

#include <QCoreApplication>

namespace td {

OpeningMinutes openingMinutes(const Database& database, const QString& reference)
{
    QSqlDatabase db = database.connection();
    const std::optional<Tender> tender = TenderReader(db).byReference(reference);
    if (!tender)
        throw Error(
            QCoreApplication::translate("td::OpeningMinutes", "No tender has the reference '%1'.")
                .arg(reference));
    OpeningMinutes m;
    m.tender = *tender;
    for (const TenderRelease& r : ReleaseRepository(db).forTender(tender->id))
        if (r.kind == ReleaseKind::Opening) {
            m.openedAt = r.date;
            m.releaseId = r.releaseId;
        }
    if (!m.openedAt.isValid())
        throw Error(QCoreApplication::translate("td::OpeningMinutes",
                                                "The bids of tender %1 have not been opened "
                                                "yet, so there are no minutes. Open them first.")
                        .arg(reference));
    m.buyer = OrganizationRepository(db).byId(tender->buyerId).value_or(Organization{});
    const QList<OpenedBidRow> opened = BidRepository(db).openedBids(tender->id);
    for (const BidSubmission& s : SubmissionRepository(db).forTender(tender->id)) {
        MinutesSubmission entry{s, std::nullopt};
        for (const OpenedBidRow& bid : opened)
            if (bid.submissionId == s.id)
                entry.bid = bid;
        m.submissions.append(entry);
    }
    m.validBids = int(std::count_if(opened.cbegin(), opened.cend(), [](const OpenedBidRow& b) {
        return b.status == BidStatus::Valid;
    }));
    m.neededBids = tender->method == ProcurementMethod::OpenTender ? 3 : 1;
    m.refusals = RefusalRepository(db).forTender(tender->id);
    m.auditHead = AuditLog(db, database.dialect()).head();
    return m;
}

} // namespace td
