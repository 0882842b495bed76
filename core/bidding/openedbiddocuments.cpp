#include "openedbiddocuments.h"

#include "store/sql.h"

namespace td {

QList<OpenedBidDocument> openedBidDocuments(const QSqlDatabase& db, qint64 tenderId)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT d.id, d.bid_id, d.kind, d.file_name, "
                                          "d.size_bytes, d.page_count FROM documents d "
                                          "JOIN bids b ON b.id = d.bid_id "
                                          "WHERE b.tender_id = ? ORDER BY d.bid_id, d.id"),
                           {tenderId});
    QList<OpenedBidDocument> documents;
    while (q.next()) {
        OpenedBidDocument d;
        d.id = q.value(0).toLongLong();
        d.bidId = q.value(1).toLongLong();
        d.kind = parseCode<BidDocumentKind>(q.value(2).toString()).value_or(BidDocumentKind::Other);
        d.fileName = q.value(3).toString();
        d.bytes = q.value(4).toLongLong();
        d.pageCount = q.value(5).toInt();
        documents.append(d);
    }
    return documents;
}

std::optional<QByteArray> documentContent(const QSqlDatabase& db, qint64 documentId)
{
    QSqlQuery q =
        sql::run(db, QStringLiteral("SELECT content FROM documents WHERE id = ?"), {documentId});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

} // namespace td
