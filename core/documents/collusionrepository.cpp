#include "collusionrepository.h"

#include "store/sql.h"

#include <QHash>
#include <QJsonDocument>

namespace td {

namespace {

QJsonObject metadataOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QList<BidFacts> loadBids(const QSqlDatabase& db, qint64 tenderId)
{
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("SELECT b.id, b.vendor_id, o.name, l.number, b.total_price_minor, "
                                "b.currency, b.project_manager, b.security_account, "
                                "COALESCE(s.machine_fingerprint, '') FROM bids b "
                                "JOIN organizations o ON o.id = b.vendor_id "
                                "JOIN lots l ON l.id = b.lot_id "
                                "LEFT JOIN bid_submissions s ON s.id = b.submission_id "
                                "WHERE b.tender_id = ? ORDER BY b.id"),
                 {tenderId});
    QList<BidFacts> bids;
    while (q.next()) {
        BidFacts bid;
        bid.bidId = q.value(0).toLongLong();
        bid.vendorId = q.value(1).toLongLong();
        bid.vendorName = q.value(2).toString();
        bid.lot = q.value(3).toInt();
        bid.totalPriceMinor = q.value(4).toLongLong();
        bid.currency = q.value(5).toString();
        bid.projectManager = q.value(6).toString();
        bid.securityAccount = q.value(7).toString();
        bid.machineFingerprint = q.value(8).toString();
        bids.append(bid);
    }
    return bids;
}

void loadBidDocuments(const QSqlDatabase& db, qint64 tenderId, QList<BidFacts>& bids)
{
    QHash<qint64, BidFacts*> byId;
    for (BidFacts& bid : bids)
        byId.insert(bid.bidId, &bid);
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT d.id, d.bid_id, d.file_name, d.sha256, "
                                          "d.text_content, d.metadata FROM documents d "
                                          "JOIN bids b ON b.id = d.bid_id "
                                          "WHERE b.tender_id = ? ORDER BY d.id"),
                           {tenderId});
    while (q.next()) {
        BidFacts* bid = byId.value(q.value(1).toLongLong());
        if (!bid)
            continue;
        bid->documents.append(BidDocumentFacts{q.value(0).toLongLong(), q.value(2).toString(),
                                               q.value(3).toString(), q.value(4).toString(),
                                               metadataOf(q.value(5).toString())});
    }
}

void loadTenderDocuments(const QSqlDatabase& db, qint64 tenderId, CollusionInput& input)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT sha256, text_content FROM documents "
                                          "WHERE tender_id = ? AND bid_id IS NULL ORDER BY id"),
                           {tenderId});
    while (q.next()) {
        input.tenderDocumentDigests.append(q.value(0).toString().toLower());
        if (const QString text = q.value(1).toString(); !text.isEmpty())
            input.tenderDocumentTexts.append(text);
    }
}

} // namespace

std::optional<CollusionInput> loadCollusionInput(const QSqlDatabase& db, const QString& reference)
{
    const QVariant tenderId =
        sql::scalar(db, QStringLiteral("SELECT id FROM tenders WHERE reference = ?"), {reference});
    if (!tenderId.isValid())
        return std::nullopt;
    CollusionInput input;
    input.tenderReference = reference;
    input.bids = loadBids(db, tenderId.toLongLong());
    loadBidDocuments(db, tenderId.toLongLong(), input.bids);
    loadTenderDocuments(db, tenderId.toLongLong(), input);
    input.sealedSubmissions =
        sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM bid_submissions "
                                   "WHERE tender_id = ? AND status = 'sealed'"),
                    {tenderId})
            .toInt();
    return input;
}

} // namespace td
