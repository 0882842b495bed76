#pragma once

#include "domain/codes.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace td {

// One document an opened bid carried, as the bids list shows it (no content).
struct OpenedBidDocument
{
    qint64 id = 0;
    qint64 bidId = 0;
    BidDocumentKind kind = BidDocumentKind::Other;
    QString fileName;
    qint64 bytes = 0;
    int pageCount = 0;
};

// The documents of the opened bids of tender `tenderId`, by bid and then in the order stored.
QList<OpenedBidDocument> openedBidDocuments(const QSqlDatabase& db, qint64 tenderId);

// The bytes of document `documentId`, to show it; nullopt when there is no such document.
std::optional<QByteArray> documentContent(const QSqlDatabase& db, qint64 documentId);

} // namespace td
