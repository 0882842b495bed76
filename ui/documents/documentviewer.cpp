#include "documentviewer.h"

#include "pdfviewerwindow.h"

namespace td::ui {

PdfViewerWindow* openDocumentViewer(QWidget* parent, const QByteArray& pdf, const QString& title)
{
    auto* window = new PdfViewerWindow(pdf, title, parent);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace td::ui
