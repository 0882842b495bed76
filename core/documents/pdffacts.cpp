#include "pdffacts.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QRectF>

#include <memory>
#include <poppler-qt6.h>

Q_LOGGING_CATEGORY(lcPdf, "tenderdesk.core.documents.pdf", QtWarningMsg)

namespace td {

namespace {

// Poppler prints what it finds wrong in a file to stderr; the message our callers get says it
// better, so Poppler's own goes to the debug log.
void routePopplerMessagesToTheLog()
{
    static const bool routed = [] {
        Poppler::setDebugErrorFunction(
            [](const QString& message, const QVariant&) { qCDebug(lcPdf) << message; }, QVariant());
        return true;
    }();
    Q_UNUSED(routed);
}

// A PDF ends with "%%EOF"; readers tolerate some trailing bytes after it. A file cut short
// loses it, and Poppler would silently rebuild what it can, so the check comes first.
bool endsLikePdf(const QByteArray& pdf)
{
    constexpr qsizetype tailBytes = 1024;
    return pdf.right(tailBytes).contains("%%EOF");
}

void checkLooksLikePdf(const QByteArray& pdf)
{
    if (!pdf.startsWith("%PDF-"))
        throw Error(QCoreApplication::translate("td", "The file is not a PDF document: it does "
                                                      "not begin with a PDF header. Ask the "
                                                      "bidder for the document as a PDF."));
    if (!endsLikePdf(pdf))
        throw Error(QCoreApplication::translate("td", "The PDF document is damaged: its end is "
                                                      "missing, so it was probably cut short. "
                                                      "Ask the bidder for a complete copy."));
}

std::unique_ptr<Poppler::Document> loadDocument(const QByteArray& pdf)
{
    routePopplerMessagesToTheLog();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document)
        throw Error(QCoreApplication::translate("td", "The PDF document is damaged and cannot "
                                                      "be read. Ask the bidder for a readable "
                                                      "copy."));
    if (document->isLocked())
        throw Error(QCoreApplication::translate("td", "The PDF document is encrypted and needs "
                                                      "a password to open. Ask the bidder for a "
                                                      "copy without a password."));
    return document;
}

// CJK fonts draw an ideograph and the Kangxi radical of the same shape with one glyph, and many
// PDFs (Noto CJK through Qt among them) map that glyph back to the radical: 文 comes out as
// U+2F42 "⽂". Search and similarity need the ideograph, so radicals and compatibility
// ideographs are replaced by their compatibility equivalent, one character for one, keeping
// every offset.
void unifyIdeographs(QString& text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        const bool radical = u >= 0x2f00 && u <= 0x2fdf;
        const bool compatibility = u >= 0xf900 && u <= 0xfaff;
        if (!radical && !compatibility)
            continue;
        const QString unified = QString(c).normalized(QString::NormalizationForm_KC);
        if (unified.size() == 1)
            c = unified.at(0);
    }
}

QString pageText(const Poppler::Document& document, int index)
{
    const std::unique_ptr<Poppler::Page> page = document.page(index);
    if (!page)
        throw Error(QCoreApplication::translate("td", "Page %1 of the PDF document is damaged "
                                                      "and cannot be read. Ask the bidder for a "
                                                      "readable copy.")
                        .arg(index + 1));
    QString text = page->text(QRectF());
    unifyIdeographs(text);
    return text;
}

QJsonObject metadataOf(const Poppler::Document& document)
{
    struct TextEntry
    {
        const char16_t* pdfKey;
        const char16_t* jsonKey;
    };
    static constexpr TextEntry textEntries[] = {
        {u"Title", u"title"},       {u"Author", u"author"},   {u"Subject", u"subject"},
        {u"Keywords", u"keywords"}, {u"Creator", u"creator"}, {u"Producer", u"producer"},
    };
    struct DateEntry
    {
        const char16_t* pdfKey;
        const char16_t* jsonKey;
    };
    static constexpr DateEntry dateEntries[] = {
        {u"CreationDate", u"creationDate"},
        {u"ModDate", u"modificationDate"},
    };

    QJsonObject metadata;
    for (const TextEntry& entry : textEntries) {
        const QString value = document.info(QString::fromUtf16(entry.pdfKey)).trimmed();
        if (!value.isEmpty())
            metadata.insert(QString::fromUtf16(entry.jsonKey), value);
    }
    for (const DateEntry& entry : dateEntries) {
        const QDateTime value = document.date(QString::fromUtf16(entry.pdfKey));
        if (value.isValid())
            metadata.insert(QString::fromUtf16(entry.jsonKey), value.toUTC().toString(Qt::ISODate));
    }
    return metadata;
}

} // namespace

PdfFacts readPdfFacts(const QByteArray& pdf)
{
    checkLooksLikePdf(pdf);
    const std::unique_ptr<Poppler::Document> document = loadDocument(pdf);

    PdfFacts facts;
    facts.pageCount = document->numPages();
    QStringList pages;
    pages.reserve(facts.pageCount);
    for (int i = 0; i < facts.pageCount; ++i)
        pages.append(pageText(*document, i));
    facts.text = pages.join(QChar(u'\f'));
    facts.metadata = metadataOf(*document);
    return facts;
}

void checkPdfFile(const QString& path)
{
    const auto fail = [](const char* sentence) {
        throw Error(QCoreApplication::translate("td::PdfCheck", sentence));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("td::PdfCheck", "%1 cannot be read: %2")
                        .arg(path, file.errorString()));
    constexpr qint64 tailBytes = 1024;
    if (!file.peek(1024).contains("%PDF-"))
        fail(QT_TRANSLATE_NOOP("td::PdfCheck", "it is not a PDF document"));
    file.seek(qMax<qint64>(0, file.size() - tailBytes));
    if (!file.read(tailBytes).contains("%%EOF"))
        fail(QT_TRANSLATE_NOOP("td::PdfCheck", "its end is missing, so it was probably cut "
                                               "short; export it again"));
    file.close();
    routePopplerMessagesToTheLog();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        fail(QT_TRANSLATE_NOOP("td::PdfCheck", "it is damaged and no PDF reader can open it; "
                                               "export it again"));
    if (document->isLocked())
        fail(QT_TRANSLATE_NOOP("td::PdfCheck", "it needs a password to open, which the buyer "
                                               "does not have; export it without one"));
    if (document->numPages() < 1 || !document->page(0))
        fail(QT_TRANSLATE_NOOP("td::PdfCheck", "it has no readable page; export it again"));
}

} // namespace td
