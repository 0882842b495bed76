#include "pdfload.h"

#include <poppler-qt6.h>

namespace td::ui {

LoadedPdf::LoadedPdf() = default;
LoadedPdf::LoadedPdf(LoadedPdf&&) noexcept = default;
LoadedPdf& LoadedPdf::operator=(LoadedPdf&&) noexcept = default;
LoadedPdf::~LoadedPdf() = default;

LoadedPdf PdfLoader::load(const QByteArray& pdf)
{
    LoadedPdf loaded;
    if (pdf.isEmpty()) {
        loaded.error = tr("The document is empty: it holds no bytes at all. Ask the sender for "
                          "the file again.");
        return loaded;
    }
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document) {
        loaded.error = tr("The document is not a readable PDF: it is damaged or in another "
                          "format. Ask the sender for the file again.");
        return loaded;
    }
    if (document->isLocked()) {
        loaded.error = tr("The PDF is encrypted and needs a password to open. TenderDesk shows "
                          "only unencrypted documents: ask the sender for a copy without a "
                          "password.");
        return loaded;
    }
    if (document->numPages() <= 0) {
        loaded.error = tr("The PDF has no pages to show.");
        return loaded;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    document->setRenderHint(Poppler::Document::TextHinting);
    loaded.document = std::move(document);
    return loaded;
}

PdfLayoutInfo PdfLoader::layoutInfo(const LoadedPdf& pdf)
{
    PdfLayoutInfo info;
    if (!pdf.document) {
        info.error = pdf.error;
        return info;
    }
    const int count = pdf.document->numPages();
    info.pageSizes.reserve(count);
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf.document->page(i);
        // A page Poppler cannot read keeps an A4 slot, so the pages after it stay in place.
        const QSizeF size = page ? page->pageSizeF() : QSizeF();
        info.pageSizes.append(size.isEmpty() ? QSizeF(595, 842) : size);
    }
    return info;
}

} // namespace td::ui
