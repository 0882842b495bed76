#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace td {

// What a bid's PDF document says about itself: read once at the opening, stored with the
// document (documents.page_count, text_content, metadata) and used for search and for the
// collusion signals.
struct PdfFacts
{
    int pageCount = 0;
    // Every page's text in order, pages separated by a form feed; Kangxi radicals that fonts
    // map their shared glyphs to are read as the ideographs they stand for (⽂ as 文).
    QString text;
    // The document information entries present: title, author, subject, keywords, creator,
    // producer, creationDate, modificationDate (dates as UTC ISO 8601).
    QJsonObject metadata;
};

// Reads the page count, text and metadata of `pdf`. Throws td::Error, naming what is wrong, for
// bytes that are not a PDF, a damaged (for instance truncated) PDF, or one that needs a password
// to open.
PdfFacts readPdfFacts(const QByteArray& pdf);

} // namespace td
