#include "evaluationfixtures.h"

#include "../bidding/buyerfixtures.h"
#include "bidding/bidopening.h"
#include "domain/biddocuments.h"
#include "store/acceleratorrepository.h"
#include "store/costcatalogrepository.h"

namespace td::test {

namespace {

// The inner zip of a sealed bid with one PDF for every document the template makes mandatory.
QByteArray completeContent(BidContent bid, const QString& marker)
{
    QList<ArchiveEntry> entries;
    int n = 0;
    for (const BidDocumentRequirement& r : standardBidDocuments()) {
        if (!r.mandatory)
            continue;
        const QByteArray pdf = pdfSaying(marker + QLatin1Char('-') + codeOf(r.kind));
        BidDocumentRef ref;
        ref.kind = r.kind;
        ref.path = codeOf(r.kind) + QStringLiteral(".pdf");
        ref.file = QStringLiteral("documents/%1-%2.pdf")
                       .arg(++n, 2, 10, QLatin1Char('0'))
                       .arg(codeOf(r.kind));
        ref.bytes = pdf.size();
        ref.sha256 = sha256Hex(pdf);
        bid.documents.append(ref);
        entries.append({ref.file, pdf});
    }
    const QByteArray json = QJsonDocument(bidjson::write(bid)).toJson(QJsonDocument::Indented);
    entries.prepend({QStringLiteral("bid.json"), json});
    return innerZip(entries);
}

} // namespace

QDateTime openedAt()
{
    return afterDeadline;
}

BidContent evaluationBid(const QString& reference, qint64 yuan)
{
    BidContent b = bidFor(reference, yuan);
    b.declaredBenchmarks.ttftP95Ms = 1500;
    b.declaredBenchmarks.tpotP95Ms = 60;
    return b;
}

OpenedTender openedTender(const Database& db, const QString& folder,
                          const std::function<QList<BidContent>(const QString&)>& makeBids)
{
    // As the programs do when they open a database: the accelerator and cost catalogs.
    AcceleratorRepository::addBuiltInCatalog(db.connection());
    CostCatalogRepository::addBuiltInCatalog(db.connection());
    const PublishedTender tender = publishTender(db, CipherSuite::International);
    const QList<BidContent> bids = makeBids(tender.reference);
    QList<qint64> submissions;
    for (qsizetype i = 0; i < bids.size(); ++i) {
        const QString file =
            BidPackageBuilder(tender.target, vendor(CipherSuite::International, int(i)))
                .withSealedPayload(completeContent(bids.at(i), QStringLiteral("BID%1").arg(i)))
                .write(folder + QStringLiteral("/%1-bid%2.zip").arg(tender.reference).arg(i));
        const ReceiptOutcome r =
            receiveBidPackage(db, file, duringTendering, QStringLiteral("test"));
        if (!r.accepted)
            qFatal("a test bid was refused: %s", qPrintable(r.message));
        submissions.append(r.receipt.submissionId);
    }
    openBids(db, tender.reference, passphrase, afterDeadline, QStringLiteral("test"));
    OpenedTender opened{tender.reference, {}};
    for (qint64 submission : std::as_const(submissions))
        opened.bidIds.append(sql::scalar(db.connection(),
                                         QStringLiteral("SELECT bid_id FROM bid_submissions "
                                                        "WHERE id = ?"),
                                         {submission})
                                 .toLongLong());
    return opened;
}

OpenedTender threeOpenedBids(const Database& db, const QString& folder)
{
    return openedTender(db, folder, [](const QString& reference) {
        return QList<BidContent>{evaluationBid(reference, 1'800'000),
                                 evaluationBid(reference, 1'600'000),
                                 evaluationBid(reference, 1'200'000)};
    });
}

} // namespace td::test
