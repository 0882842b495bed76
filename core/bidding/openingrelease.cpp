#include "openingrelease.h"

#include "exchange/ocdsrelease.h"
#include "exchange/tenderworkflow.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/organizationrepository.h"
#include "store/releaserepository.h"
#include "store/sealingkeyrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace td {

namespace {

QJsonObject statistic(int id, const char* measure, qsizetype value)
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("measure"), QLatin1String(measure)},
            {QStringLiteral("value"), double(value)}};
}

QJsonObject bidsExtension(const QList<ReleasedBid>& bids)
{
    QJsonArray details;
    qsizetype valid = 0;
    qsizetype disqualified = 0;
    for (const ReleasedBid& b : bids) {
        details.append(bidDetail(b));
        valid += b.status == BidStatus::Valid;
        disqualified += b.status == BidStatus::Disqualified;
    }
    return {{QStringLiteral("statistics"),
             QJsonArray{statistic(1, "bids", bids.size()), statistic(2, "validBids", valid),
                        statistic(3, "disqualifiedBids", disqualified)}},
            {QStringLiteral("details"), details}};
}

} // namespace

TenderRelease writeOpeningRelease(const Database& database, const Tender& t,
                                  const QList<ReleasedBid>& bids, const QDateTime& now)
{
    QSqlDatabase db = database.connection();
    ReleaseRepository releases(db);
    QList<TenderRelease> earlier = releases.forTender(t.id);
    TenderRelease r;
    r.tenderId = t.id;
    r.number = int(earlier.size()) + 1;
    r.releaseId = ocds::releaseId(t.reference, r.number);
    r.kind = ReleaseKind::Opening;
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
    QJsonArray parties = release.value(QLatin1String("parties")).toArray();
    QStringList listed;
    for (const ReleasedBid& b : bids) {
        const QString id = ocds::partyId(b.vendor);
        if (!listed.contains(id)) {
            listed.append(id);
            parties.append(tendererParty(b.vendor));
        }
    }
    release.insert(QStringLiteral("parties"), parties);
    release.insert(QStringLiteral("bids"), bidsExtension(bids));
    r.content = QJsonDocument(release).toJson(QJsonDocument::Indented);
    releases.append(r);
    return r;
}

} // namespace td
