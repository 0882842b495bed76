#include "collusionsignals.h"

#include "collusiondetectors.h"

#include <QCoreApplication>
#include <QSet>

namespace td {

namespace collusion {

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("td::collusion", text, disambiguation, n);
}

SignalBidder bidderOf(const BidFacts& bid)
{
    return SignalBidder{bid.bidId, bid.vendorId, bid.vendorName};
}

QList<SignalBidder> biddersOf(const QList<const BidFacts*>& bids)
{
    QList<SignalBidder> bidders;
    for (const BidFacts* bid : bids)
        bidders.append(bidderOf(*bid));
    return bidders;
}

int vendorCount(const QList<const BidFacts*>& bids)
{
    QSet<qint64> vendors;
    for (const BidFacts* bid : bids)
        vendors.insert(bid->vendorId);
    return int(vendors.size());
}

QMap<QString, QList<const BidFacts*>>
groupsAcrossVendors(const QList<BidFacts>& bids,
                    const std::function<QString(const BidFacts&)>& keyOf)
{
    QMap<QString, QList<const BidFacts*>> groups;
    for (const BidFacts& bid : bids) {
        const QString key = keyOf(bid);
        if (!key.isEmpty())
            groups[key].append(&bid);
    }
    for (auto it = groups.begin(); it != groups.end();) {
        if (vendorCount(*it) < 2)
            it = groups.erase(it);
        else
            ++it;
    }
    return groups;
}

} // namespace collusion

QList<CollusionSignal> findCollusionSignals(const CollusionInput& input,
                                            const CollusionOptions& options)
{
    QList<CollusionSignal> signalList = collusion::similaritySignals(input, options);
    signalList.append(collusion::fileSignals(input));
    signalList.append(collusion::metadataSignals(input));
    signalList.append(collusion::priceSignals(input, options));
    signalList.append(collusion::identitySignals(input));
    return signalList;
}

} // namespace td
