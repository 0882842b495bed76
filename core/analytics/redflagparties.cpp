// The indicators about parties that the database aggregates: R038 (disqualified bids per buyer
// and per tenderer) and R048 (the variety of what a supplier is awarded).

#include "marketscope.h"
#include "redflagpass.h"
#include "store/sql.h"

namespace td::analytics {

namespace {

struct PartyValue
{
    QString id;
    QString label;
    double value = 0;
};

QList<PartyValue> partyValues(const QSqlDatabase& db, const QString& statement,
                              const SqlPart& scope, const QVariantList& more)
{
    QSqlQuery q = sql::prepare(db, statement);
    q.setForwardOnly(true);
    sql::bind(q, scope.values + more);
    sql::exec(q);
    QList<PartyValue> values;
    while (q.next())
        values.append({partyIdOf(q.value(0).toLongLong(), q.value(1).toString()),
                       q.value(2).toString(), q.value(3).toDouble()});
    return values;
}

// Flags the parties whose value is at or above the upper fence (Q3 + 1.5 IQR, or `threshold`).
void flagHighOutliers(const char* code, FlagGroup group, const QString& prefix,
                      const QList<PartyValue>& values, std::optional<double> threshold,
                      QList<RedFlag>& flags, QList<FlagFence>& fences)
{
    if (values.isEmpty())
        return;
    FlagFence fence{QString::fromLatin1(code), prefix, {}, {}, QStringLiteral("upper_fence"), 0};
    if (threshold) {
        fence.fence = *threshold;
    } else {
        QList<double> all;
        for (const PartyValue& v : values)
            all.append(v.value);
        const Quartiles q = quartilesOf(all);
        fence.q1 = q.q1;
        fence.q3 = q.q3;
        fence.fence = q.upperFence();
    }
    fences.append(fence);
    for (const PartyValue& v : values)
        if (v.value >= fence.fence)
            flags.append({QString::fromLatin1(code), group, v.id, v.label, v.value});
}

} // namespace

QList<RedFlag> partyFlags(const QSqlDatabase& db, const RedFlagSettings& settings,
                          const MarketFilter& filter, QList<FlagFence>& fences)
{
    QList<RedFlag> flags;
    const SqlPart scope = tenderScope(filter);
    // Each aggregate groups by "party + 0", then names the parties: grouped by the bare column,
    // SQLite would walk the bids in vendor order through bids_vendor and read the whole table
    // at random (five times slower on 100,000 tenders).
    const QString named = QStringLiteral("SELECT g.party, o.uscc, o.short_name, g.value FROM (%1) "
                                         "g JOIN organizations o ON o.id = g.party");
    if (settings.runs("R038")) {
        const QString ratio = QStringLiteral(
            "CAST(SUM(CASE WHEN b.status = 'disqualified' THEN 1 ELSE 0 END) AS DOUBLE PRECISION) "
            "/ COUNT(*)");
        const QString perParty = QStringLiteral(
            "SELECT %1 + 0 AS party, %2 AS value FROM bids b JOIN tenders t ON t.id = "
            "b.tender_id WHERE %3 AND b.status IN %4 GROUP BY %1 + 0 HAVING %5 >= ?");
        const QList<PartyValue> buyers =
            partyValues(db,
                        named.arg(perParty.arg(QStringLiteral("t.buyer_id"), ratio, scope.sql,
                                               QLatin1String(submittedStatuses),
                                               QStringLiteral("COUNT(DISTINCT t.id)"))),
                        scope, {settings.r038MinimumContractingProcesses});
        flagHighOutliers("R038", FlagGroup::Buyer, QStringLiteral("buyer_"), buyers,
                         settings.r038Threshold, flags, fences);
        const QList<PartyValue> tenderers = partyValues(
            db,
            named.arg(perParty.arg(QStringLiteral("b.vendor_id"), ratio, scope.sql,
                                   QLatin1String(submittedStatuses), QStringLiteral("COUNT(*)"))),
            scope, {settings.r038MinimumSubmittedBids});
        flagHighOutliers("R038", FlagGroup::Tenderer, QStringLiteral("tenderer_"), tenderers,
                         settings.r038Threshold, flags, fences);
    }
    if (settings.runs("R048")) {
        // The tender's category is the classification of what it buys: TenderDesk's tenders
        // carry no numeric item codes, so `digits` has nothing to cut (docs/market.md).
        const QList<PartyValue> suppliers = partyValues(
            db,
            named.arg(QStringLiteral("SELECT a.vendor_id + 0 AS party, COUNT(DISTINCT t.category) "
                                     "AS value FROM awards a JOIN tenders t ON t.id = a.tender_id "
                                     "WHERE %1 AND a.status = 'active' GROUP BY a.vendor_id + 0")
                          .arg(scope.sql)),
            scope, {});
        flagHighOutliers("R048", FlagGroup::Tenderer, QString(), suppliers, settings.r048Threshold,
                         flags, fences);
    }
    return flags;
}

} // namespace td::analytics
