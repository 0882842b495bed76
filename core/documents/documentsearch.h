#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace td {

// One place where the words searched for occur in an opened bid's document: in its text (on a
// page) or in one of its PDF metadata fields (author, creator...).
struct DocumentHit
{
    qint64 documentId = 0;
    qint64 bidId = 0;
    QString vendor;
    QString fileName;
    QString kind;  // the document kind the bid gave it
    int page = 0;  // 1-based page of a text hit; 0 for a metadata hit
    QString field; // "text", or the metadata key ("author", "creator"...)
    QString snippet;
    int matchStart = 0; // where the match lies in the snippet
    int matchLength = 0;
};

// Every occurrence of `query` (case-insensitive, whitespace as written) in the text and metadata
// of the documents of the tender's opened bids, in bid then document then position order, at
// most `limit` hits (more are not looked for). Text pages are separated by form feeds, as
// readPdfFacts writes them. An empty query finds nothing.
QList<DocumentHit> searchBidDocuments(const QSqlDatabase& db, qint64 tenderId, const QString& query,
                                      int limit = 500);

// The page (1-based) that `offset` falls on in a text whose pages end with form feeds.
int pageAt(const QString& text, qsizetype offset);

// Up to `context` characters either side of text[start, start + length), on one line, with
// where the match lies in it.
struct Snippet
{
    QString text;
    int matchStart = 0;
};
Snippet snippetAround(const QString& text, qsizetype start, qsizetype length, int context = 40);

} // namespace td
