#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace td::ui {

// A Poppler document read from bytes, or why it cannot be shown.
struct LoadedPdf
{
    std::unique_ptr<Poppler::Document> document;
    QString error; // a sentence for the user; empty when `document` is set

    LoadedPdf();
    LoadedPdf(LoadedPdf&&) noexcept;
    LoadedPdf& operator=(LoadedPdf&&) noexcept;
    ~LoadedPdf();
};

// What the viewer needs to lay out the pages before any is drawn.
struct PdfLayoutInfo
{
    QList<QSizeF> pageSizes; // in points (1/72 inch), the crop box of each page
    QString error;           // set when the document cannot be shown
};

class PdfLoader
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::PdfLoader)

public:
    // Reads the bytes with the render hints every view uses. A damaged file, an encrypted one
    // that needs a password, and one without pages all come back with an error, never throw.
    static LoadedPdf load(const QByteArray& pdf);

    // The page sizes of a loaded document (or its error).
    static PdfLayoutInfo layoutInfo(const LoadedPdf& pdf);
};

} // namespace td::ui
