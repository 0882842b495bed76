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

// Whether the PDF file at `path` will open at the bid opening: a complete PDF (its %%EOF
// within the last kilobyte), not locked by a password, with at least one page that Poppler
// reads. Reads from the file without loading it whole, so a vendor's desk can check a large
// document before sealing it. Throws td::Error saying what is wrong, for the vendor to fix.
void checkPdfFile(const QString& path);

} // namespace td
