#include "ocdsbids.h"

#include "ocdsrelease.h"
#include "ocdstext.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <stdexcept>

namespace td {
namespace {

QString partyOf(const Organization& o)
{
    const QString id = ocds::partyId(o);
    return id.isEmpty() ? o.name : id;
}

const ReleasedBid& releasedBid(const QList<ReleasedBid>& bids, const QString& id)
{
    const auto found =
        std::find_if(bids.begin(), bids.end(), [&](const ReleasedBid& b) { return b.id == id; });
    if (found == bids.end())
        throw std::invalid_argument("an awarded bid must be among the released bids");
    return *found;
}

// The lot an award is for: the award's own lot, else the lot its bid was for; none when the
// tender has no lots.
const Lot* lotOf(const Tender& t, const Award& award, const ReleasedBid& bid)
{
    for (const Lot& lot : t.lots)
        if (award.lotId != 0 && lot.id == award.lotId)
            return &lot;
    for (const Lot& lot : t.lots)
        if (bid.lotNumber != 0 && lot.number == bid.lotNumber)
            return &lot;
    return nullptr;
}

// The loss-making flag, which OCDS has no field for.
QJsonObject tenderDeskAward(const Award& a)
{
    QJsonObject o{{QStringLiteral("costVerdict"), a.costVerdict}};
    if (a.costWithoutVoucher && a.costWithoutVoucher->isValid())
        o.insert(QStringLiteral("costToServe"), ocds::value(*a.costWithoutVoucher));
    if (a.costWithVoucher && a.costWithVoucher->isValid())
        o.insert(QStringLiteral("costToServeWithVoucher"), ocds::value(*a.costWithVoucher));
    if (a.standstillEndsAt.isValid())
        o.insert(QStringLiteral("standstillEndsAt"),
                 a.standstillEndsAt.toUTC().toString(Qt::ISODate));
    return o;
}

QJsonObject awardObject(const AwardedSupplier& a, const Lot* lot, ocds::text::Language language)
{
    QJsonObject o{{QStringLiteral("id"), QString::number(a.award.id)},
                  {QStringLiteral("title"), ocds::text::awardTitle(language, lot, a.supplier.name)},
                  {QStringLiteral("status"), codeOf(a.award.status)},
                  {QStringLiteral("suppliers"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), ocds::partyId(a.supplier)},
                                          {QStringLiteral("name"), a.supplier.name}}}},
                  {QStringLiteral("relatedBid"), a.bidId},
                  {QStringLiteral("tenderdesk"), tenderDeskAward(a.award)}};
    if (a.award.decidedAt.isValid())
        o.insert(QStringLiteral("date"), a.award.decidedAt.toUTC().toString(Qt::ISODate));
    if (a.award.amount.isValid())
        o.insert(QStringLiteral("value"), ocds::value(a.award.amount));
    if (lot)
        o.insert(QStringLiteral("relatedLots"), QJsonArray{QString::number(lot->number)});
    return o;
}

// The bid statistics, numbered in the order written.
class Statistics
{
public:
    // The statistics of `bids`, of the whole tender (`lot` null) or of one lot.
    void add(const QList<ReleasedBid>& bids, const Lot* lot)
    {
        qsizetype count = 0;
        qsizetype valid = 0;
        qsizetype disqualified = 0;
        QSet<QString> bidders;
        QSet<QString> qualified;
        QSet<QString> failed;
        QList<Money> prices;
        for (const ReleasedBid& b : bids) {
            if (lot && b.lotNumber != lot->number)
                continue;
            ++count;
            const QString party = partyOf(b.vendor);
            bidders.insert(party);
            if (b.status == BidStatus::Valid) {
                ++valid;
                qualified.insert(party);
                if (b.value.isValid())
                    prices.append(b.value);
            } else if (b.status == BidStatus::Disqualified) {
                ++disqualified;
                failed.insert(party);
            }
        }
        failed.subtract(qualified);
        const QString related = lot ? QString::number(lot->number) : QString();
        put("bids", double(count), related);
        put("validBids", double(valid), related);
        put("disqualifiedBids", double(disqualified), related);
        put("bidders", double(bidders.size()), related);
        put("qualifiedBidders", double(qualified.size()), related);
        put("disqualifiedBidders", double(failed.size()), related);
        // Prices in different currencies cannot be ranked without a rate the tender does not give.
        const bool oneCurrency = std::all_of(prices.begin(), prices.end(), [&](const Money& m) {
            return m.currency() == prices.first().currency();
        });
        if (prices.isEmpty() || !oneCurrency)
            return;
        const auto [lowest, highest] = std::minmax_element(prices.begin(), prices.end());
        putValue("lowestValidBidValue", *lowest, related);
        putValue("highestValidBidValue", *highest, related);
    }

    QJsonArray json() const { return m_out; }

private:
    void put(const char* measure, double value, const QString& relatedLot,
             const QString& currency = QString())
    {
        QJsonObject o{{QStringLiteral("id"), QString::number(m_out.size() + 1)},
                      {QStringLiteral("measure"), QLatin1String(measure)},
                      {QStringLiteral("value"), value}};
        if (!currency.isEmpty())
            o.insert(QStringLiteral("currency"), currency);
        if (!relatedLot.isEmpty())
            o.insert(QStringLiteral("relatedLot"), relatedLot);
        m_out.append(o);
    }

    // A statistic's value is a bare number: the amount exactly as OCDS values write it, with
    // the currency beside it.
    void putValue(const char* measure, const Money& amount, const QString& relatedLot)
    {
        put(measure, ocds::value(amount).value(QLatin1String("amount")).toDouble(), relatedLot,
            amount.currency());
    }

    QJsonArray m_out;
};

QJsonObject bidsExtension(const Tender& t, const QList<ReleasedBid>& bids)
{
    QJsonArray details;
    for (const ReleasedBid& b : bids)
        details.append(bidDetail(b));
    Statistics statistics;
    statistics.add(bids, nullptr);
    for (const Lot& lot : t.lots)
        statistics.add(bids, &lot);
    return {{QStringLiteral("statistics"), statistics.json()},
            {QStringLiteral("details"), details}};
}

// Every bidder among the parties as a tenderer, the suppliers with the role supplier too.
QJsonArray withBiddersAndSuppliers(QJsonArray parties, const QList<ReleasedBid>& bids,
                                   const QList<AwardedSupplier>& awards)
{
    QStringList listed;
    for (const ReleasedBid& b : bids) {
        const QString id = ocds::partyId(b.vendor);
        if (!listed.contains(id)) {
            listed.append(id);
            parties.append(tendererParty(b.vendor));
        }
    }
    for (const AwardedSupplier& a : awards) {
        const QString id = ocds::partyId(a.supplier);
        qsizetype at = 0;
        while (at < parties.size() &&
               parties.at(at).toObject().value(QLatin1String("id")).toString() != id)
            ++at;
        QJsonObject party =
            at < parties.size() ? parties.at(at).toObject() : tendererParty(a.supplier);
        QJsonArray roles =
            at < parties.size() ? party.value(QLatin1String("roles")).toArray() : QJsonArray();
        if (!roles.contains(QStringLiteral("supplier")))
            roles.append(QStringLiteral("supplier"));
        party.insert(QStringLiteral("roles"), roles);
        if (at < parties.size())
            parties.replace(at, party);
        else
            parties.append(party);
    }
    return parties;
}

} // namespace

QString releasedBidId(qint64 bidId, qint64 submissionId)
{
    return submissionId > 0 ? QString::number(submissionId) : QStringLiteral("bid-%1").arg(bidId);
}

QJsonObject tendererParty(const Organization& o)
{
    QJsonObject party{{QStringLiteral("id"), ocds::partyId(o)},
                      {QStringLiteral("name"), o.name},
                      {QStringLiteral("roles"), QJsonArray{QStringLiteral("tenderer")}}};
    if (!o.uscc.isEmpty())
        party.insert(QStringLiteral("identifier"),
                     QJsonObject{{QStringLiteral("scheme"), QStringLiteral("CN-USCC")},
                                 {QStringLiteral("id"), o.uscc},
                                 {QStringLiteral("legalName"), o.name}});
    return party;
}

QJsonObject bidDetail(const ReleasedBid& b)
{
    QJsonObject o{{QStringLiteral("id"), b.id},
                  {QStringLiteral("tenderers"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), ocds::partyId(b.vendor)},
                                          {QStringLiteral("name"), b.vendor.name}}}}};
    // TenderDesk's bid statuses are the codelist's codes, but for the draft, which the codelist
    // has no code for: a draft was never submitted.
    if (b.status != BidStatus::Draft)
        o.insert(QStringLiteral("status"), codeOf(b.status));
    if (b.date.isValid())
        o.insert(QStringLiteral("date"), b.date.toUTC().toString(Qt::ISODate));
    if (b.value.isValid())
        o.insert(QStringLiteral("value"), ocds::value(b.value));
    if (b.lotNumber > 0)
        o.insert(QStringLiteral("relatedLots"), QJsonArray{QString::number(b.lotNumber)});
    return o;
}

void addBidsAndAwards(QJsonObject& release, const Tender& t, const QList<ReleasedBid>& bids,
                      const QList<AwardedSupplier>& awards, const QString& language)
{
    const ocds::text::Language text = ocds::text::languageOf(language);
    QJsonArray published;
    for (const AwardedSupplier& a : awards) {
        if (a.award.id <= 0)
            throw std::invalid_argument("a released award needs its id");
        published.append(awardObject(a, lotOf(t, a.award, releasedBid(bids, a.bidId)), text));
    }
    if (!published.isEmpty())
        release.insert(QStringLiteral("awards"), published);
    release.insert(
        QStringLiteral("parties"),
        withBiddersAndSuppliers(release.value(QLatin1String("parties")).toArray(), bids, awards));
    release.insert(QStringLiteral("bids"), bidsExtension(t, bids));
}

} // namespace td
