#include "pdftext.h"

#include "pdfworker.h"

#include <poppler-qt6.h>

namespace td::ui {

QFuture<QString> pageText(PdfWorker& worker, int page, const QRectF& area)
{
    return worker.run([page, area](const LoadedPdf& pdf) {
        if (!pdf.document)
            return QString();
        const std::unique_ptr<Poppler::Page> p = pdf.document->page(page);
        return p ? p->text(area).trimmed() : QString();
    });
}

} // namespace td::ui
