#include "awardrelease.h"

#include "exchange/ocdsbids.h"
#include "exchange/ocdsrelease.h"
#include "exchange/tenderworkflow.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/organizationrepository.h"
#include "store/releaserepository.h"
#include "store/sealingkeyrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace td {

TenderRelease writeAwardRelease(const Database& database, const Tender& t,
                                const QList<ReleasedBid>& bids,
                                const QList<AwardedSupplier>& awards, const QDateTime& now)
{
    if (t.status != TenderStatus::Awarded && t.status != TenderStatus::Complete)
        throw std::invalid_argument("an award release is of an awarded tender");
    for (const AwardedSupplier& a : awards) {
        if (a.award.id <= 0)
            throw std::invalid_argument("an award release needs each award's id");
        if (std::none_of(bids.begin(), bids.end(),
                         [&](const ReleasedBid& b) { return b.id == a.bidId; }))
            throw std::invalid_argument("an awarded bid must be among the released bids");
    }

    QSqlDatabase db = database.connection();
    ReleaseRepository releases(db);
    QList<TenderRelease> earlier = releases.forTender(t.id);
    TenderRelease r;
    r.tenderId = t.id;
    r.number = int(earlier.size()) + 1;
    r.releaseId = ocds::releaseId(t.reference, r.number);
    r.kind = ReleaseKind::Award;
    r.date = now.toUTC();
    r.auditHead = AuditLog(db, database.dialect()).head();

    ocds::ReleaseContext context;
    context.auditHead = r.auditHead;
    context.number = r.number;
    context.kind = r.kind;
    context.date = r.date;
    context.buyer = OrganizationRepository(db).byId(t.buyerId).value_or(Organization{});
    earlier.append(r);
    context.amendments = amendmentsOf(earlier);
    if (const std::optional<StoredSealingKey> key = SealingKeyRepository(db).forTender(t.id))
        context.sealingKeyFingerprint = key->fingerprint;
    QJsonObject release = ocds::tenderRelease(t, context);

    addBidsAndAwards(release, t, bids, awards, context.language);
    // A snapshot of an awarded tender lists its awards, none left when every award was cancelled.
    if (!release.contains(QLatin1String("awards")))
        release.insert(QStringLiteral("awards"), QJsonArray());
    r.content = QJsonDocument(release).toJson(QJsonDocument::Indented);
    releases.append(r);
    return r;
}

} // namespace td
