// The pass over the contracting processes: one query streams every process's submitted bids,
// ordered by tender, with what the process's awards say about each; each process is judged
// when its last bid has been read, so memory holds one process at a time (and one counter per
// tenderer for R025).

#include "domain/codes.h"
#include "domain/error.h"
#include "exchange/ocdsrelease.h"
#include "marketscope.h"
#include "redflagpass.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>

namespace td::analytics {

namespace {

struct Bid
{
    qint64 vendorId = 0;
    QString party;
    QString label;
    QString status;
    qint64 price = 0;
    bool mainCurrency = true;
    QString submittedAt; // as stored; read as a time only where R030 needs it
    bool supplierOfActiveAward = false;
};

struct Process
{
    qint64 id = 0;
    QString ocid;
    QString reference;
    QString method;
    QDateTime published;
    QDateTime bidDeadline;
    qint64 activeAwards = 0;
    qint64 pendingAwards = 0;
    qint64 suppliers = 0; // distinct suppliers of the active awards
    QList<Bid> bids;

    // Every award is final and exactly one is active, to one supplier: the case cardinal's
    // R024, R025 and R058 handle (with lots, several active awards would need the bids per lot).
    bool hasOneFinalAward() const
    {
        return pendingAwards == 0 && activeAwards == 1 && suppliers == 1;
    }
};

class Judge
{
public:
    Judge(const RedFlagSettings& settings, ProcessPass& out)
        : s(settings)
        , pass(out)
    {
        for (const QString& m : s.r018ProcurementMethods)
            competitiveMethods.insert(m);
    }

    void judge(const Process& p)
    {
        if (s.runs("R003"))
            r003(p);
        if (s.runs("R018"))
            r018(p);
        if (s.runs("R024") || s.runs("R058"))
            difference(p);
        if (s.runs("R025"))
            winRatio(p);
        if (s.runs("R028"))
            r028(p);
        if (s.runs("R030"))
            r030(p);
        if (s.runs("R035"))
            r035(p);
        if (s.runs("R036"))
            r036(p);
    }

private:
    void flag(const char* code, const Process& p, double value = 1.0)
    {
        pass.flags.append({QString::fromLatin1(code), FlagGroup::Ocid, p.ocid, p.reference, value});
    }

    QString ocdsMethod(const Process& p) const
    {
        const auto method = parseCode<ProcurementMethod>(p.method);
        return method ? ocdsProcurementMethod(*method) : QString();
    }

    // Short bid period: an open procedure whose tender period is shorter than the threshold,
    // in whole days.
    void r003(const Process& p)
    {
        if (ocdsMethod(p) != QLatin1String("open") || !p.published.isValid() ||
            !p.bidDeadline.isValid())
            return;
        const qint64 days = p.published.secsTo(p.bidDeadline) / 86400;
        if (days < s.r003Threshold)
            flag("R003", p);
    }

    // Single bid: one tenderer in a competitive procedure.
    void r018(const Process& p)
    {
        if (!competitiveMethods.contains(ocdsMethod(p)))
            return;
        QSet<qint64> tenderers;
        for (const Bid& b : p.bids)
            tenderers.insert(b.vendorId);
        if (tenderers.size() == 1)
            flag("R018", p);
    }

    // R024 and R058: (lowest other valid bid - winning bid) / winning bid, when the winner's
    // valid bid is the lowest.
    void difference(const Process& p)
    {
        if (!p.hasOneFinalAward())
            return;
        std::optional<qint64> winner;
        std::optional<qint64> lowestOther;
        for (const Bid& b : p.bids) {
            if (b.status != QLatin1String("valid") || !b.mainCurrency)
                continue;
            if (b.supplierOfActiveAward)
                winner = b.price;
            else if (!lowestOther || b.price < *lowestOther)
                lowestOther = b.price;
        }
        if (!winner || !lowestOther || *winner <= 0 || *lowestOther < *winner)
            return;
        pass.differences.append({RedFlag{QString(), FlagGroup::Ocid, p.ocid, p.reference, 0},
                                 double(*lowestOther - *winner) / double(*winner)});
    }

    // R025: each tenderer with a valid bid counts the process once, and a win when it supplies
    // the award.
    void winRatio(const Process& p)
    {
        if (!p.hasOneFinalAward())
            return;
        QMap<QString, const Bid*> valid;
        for (const Bid& b : p.bids)
            if (b.status == QLatin1String("valid"))
                valid.insert(b.party, &b);
        for (auto it = valid.cbegin(); it != valid.cend(); ++it) {
            ProcessPass::WinRatio& r = pass.winRatios[it.key()];
            r.label = it.value()->label;
            ++r.validProcesses;
            if (it.value()->supplierOfActiveAward)
                ++r.wins;
        }
    }

    // Identical prices from different tenderers: the process and those tenderers.
    void r028(const Process& p)
    {
        QMap<qint64, QMap<qint64, const Bid*>> byPrice; // price -> tenderer -> a bid
        for (const Bid& b : p.bids)
            if (b.mainCurrency)
                byPrice[b.price].insert(b.vendorId, &b);
        bool flagged = false;
        for (const auto& tenderers : byPrice) {
            if (tenderers.size() < 2)
                continue;
            flagged = true;
            for (const Bid* b : tenderers)
                pass.flags.append(
                    {QStringLiteral("R028"), FlagGroup::Tenderer, b->party, b->label, 1.0});
        }
        if (flagged)
            flag("R028", p);
    }

    // A valid bid received after the deadline from a supplier of an active award.
    void r030(const Process& p)
    {
        if (!p.bidDeadline.isValid())
            return;
        for (const Bid& b : p.bids)
            if (b.status == QLatin1String("valid") && b.supplierOfActiveAward &&
                sql::toDateTime(b.submittedAt) > p.bidDeadline) {
                flag("R030", p);
                return;
            }
    }

    // Everyone but the winner disqualified: one tenderer with valid bids, who supplies every
    // active award, and at least `threshold` other tenderers disqualified.
    void r035(const Process& p)
    {
        if (p.pendingAwards > 0 || p.activeAwards == 0 || p.suppliers != 1)
            return;
        QSet<qint64> valid;
        const Bid* validBid = nullptr;
        for (const Bid& b : p.bids)
            if (b.status == QLatin1String("valid")) {
                valid.insert(b.vendorId);
                validBid = &b;
            }
        if (valid.size() != 1 || !validBid->supplierOfActiveAward)
            return;
        QSet<qint64> disqualified;
        for (const Bid& b : p.bids)
            if (b.status == QLatin1String("disqualified") && b.vendorId != validBid->vendorId)
                disqualified.insert(b.vendorId);
        if (disqualified.size() >= s.r035Threshold)
            flag("R035", p, double(disqualified.size()));
    }

    // The lowest submitted bid disqualified while the process was awarded.
    void r036(const Process& p)
    {
        if (p.activeAwards == 0)
            return;
        std::optional<qint64> lowest;
        for (const Bid& b : p.bids)
            if (b.mainCurrency && (!lowest || b.price < *lowest))
                lowest = b.price;
        if (!lowest)
            return;
        for (const Bid& b : p.bids)
            if (b.mainCurrency && b.price == *lowest && b.status != QLatin1String("disqualified"))
                return;
        flag("R036", p);
    }

    const RedFlagSettings& s;
    ProcessPass& pass;
    QSet<QString> competitiveMethods;
};

} // namespace

QString partyIdOf(qint64 id, const QString& uscc)
{
    Organization o;
    o.id = id;
    o.uscc = uscc;
    return ocds::partyId(o);
}

ProcessPass readProcesses(const QSqlDatabase& db, const RedFlagSettings& settings,
                          const MarketFilter& filter, const std::function<bool()>& cancelled)
{
    const SqlPart scope = tenderScope(filter);
    // The awards are found through their tender (index awards_tender), a handful per process;
    // "+a.vendor_id" keeps SQLite from taking awards_vendor instead, which would read every
    // award of the vendor for each of its bids.
    QSqlQuery q = sql::prepare(
        db,
        QStringLiteral(
            "SELECT t.id, t.reference, t.procurement_method, t.published_at, t.bid_deadline, "
            "(SELECT COUNT(*) FROM awards a WHERE a.tender_id = t.id AND a.status = 'active'), "
            "(SELECT COUNT(*) FROM awards a WHERE a.tender_id = t.id AND a.status = 'pending'), "
            "(SELECT COUNT(DISTINCT a.vendor_id) FROM awards a WHERE a.tender_id = t.id AND "
            "a.status = 'active'), b.id, b.vendor_id, vo.uscc, vo.short_name, b.status, "
            "b.total_price_minor, b.currency, b.submitted_at, (SELECT COUNT(*) FROM awards a "
            "WHERE a.tender_id = t.id AND +a.vendor_id = b.vendor_id AND a.status = 'active') "
            "FROM tenders t LEFT JOIN bids b ON b.tender_id = t.id AND b.status IN %1 LEFT JOIN "
            "organizations vo ON vo.id = b.vendor_id WHERE %2 ORDER BY t.id, b.id")
            .arg(QLatin1String(submittedStatuses), scope.sql));
    q.setForwardOnly(true);
    sql::bind(q, scope.values);
    sql::exec(q);

    ProcessPass pass;
    Judge judge(settings, pass);
    QHash<qint64, QString> vendorParties; // a few hundred vendors bid on a million processes
    const auto partyOfVendor = [&vendorParties](qint64 id, const QString& uscc) {
        auto it = vendorParties.find(id);
        if (it == vendorParties.end())
            it = vendorParties.insert(id, partyIdOf(id, uscc));
        return *it;
    };
    Process process;
    qint64 processes = 0;
    while (q.next()) {
        const qint64 tenderId = q.value(0).toLongLong();
        if (tenderId != process.id) {
            if (process.id != 0)
                judge.judge(process);
            if (++processes % 4096 == 0 && cancelled && cancelled())
                throw Error(
                    QCoreApplication::translate("td::analytics", "The red flags were cancelled."));
            process = Process{tenderId,
                              ocds::ocid(q.value(1).toString()),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              sql::toDateTime(q.value(3)),
                              sql::toDateTime(q.value(4)),
                              q.value(5).toLongLong(),
                              q.value(6).toLongLong(),
                              q.value(7).toLongLong(),
                              {}};
        }
        if (q.value(8).isNull())
            continue; // a process without submitted bids
        process.bids.append({q.value(9).toLongLong(),
                             partyOfVendor(q.value(9).toLongLong(), q.value(10).toString()),
                             q.value(11).toString(), q.value(12).toString(),
                             q.value(13).toLongLong(), q.value(14).toString() == settings.currency,
                             q.value(15).toString(), q.value(16).toLongLong() > 0});
    }
    if (process.id != 0)
        judge.judge(process);
    return pass;
}

} // namespace td::analytics
