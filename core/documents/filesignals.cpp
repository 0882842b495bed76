// The very same file (equal SHA-256) in the bids of different vendors: one bidder's document
// inside another's bid, Article 40 (5) "documents mixed up with each other's". Copies of the
// tender's own documents do not count.
#include "collusiondetectors.h"

#include <QJsonArray>
#include <QSet>

namespace td::collusion {

namespace {

struct DocumentOf
{
    const BidFacts* bid = nullptr;
    const BidDocumentFacts* document = nullptr;
};

QList<const BidFacts*> distinctBids(const QList<DocumentOf>& documents)
{
    QList<const BidFacts*> bids;
    for (const DocumentOf& d : documents)
        if (!bids.contains(d.bid))
            bids.append(d.bid);
    return bids;
}

} // namespace

QList<CollusionSignal> fileSignals(const CollusionInput& input)
{
    const QSet<QString> tenderDigests(input.tenderDocumentDigests.cbegin(),
                                      input.tenderDocumentDigests.cend());
    QMap<QString, QList<DocumentOf>> byDigest;
    for (const BidFacts& bid : input.bids)
        for (const BidDocumentFacts& document : bid.documents) {
            const QString digest = document.sha256.trimmed().toLower();
            if (!digest.isEmpty() && !tenderDigests.contains(digest))
                byDigest[digest].append(DocumentOf{&bid, &document});
        }

    QList<CollusionSignal> found;
    for (auto it = byDigest.cbegin(); it != byDigest.cend(); ++it) {
        const QList<const BidFacts*> bids = distinctBids(*it);
        if (vendorCount(bids) < 2)
            continue;
        CollusionSignal s;
        s.kind = CollusionKind::IdenticalFiles;
        s.clause = Article40Clause::MixedUp;
        s.bidders = biddersOf(bids);
        s.summary =
            tr("%n bidders submitted the very same file (SHA-256 %1).", nullptr, vendorCount(bids))
                .arg(it.key());
        QJsonArray files;
        for (const DocumentOf& d : *it) {
            s.evidence.append(tr("%1: %2").arg(d.bid->vendorName, d.document->fileName));
            files.append(QJsonObject{{QStringLiteral("bidId"), d.bid->bidId},
                                     {QStringLiteral("documentId"), d.document->id},
                                     {QStringLiteral("fileName"), d.document->fileName}});
        }
        s.details = {{QStringLiteral("sha256"), it.key()}, {QStringLiteral("files"), files}};
        found.append(s);
    }
    return found;
}

} // namespace td::collusion
