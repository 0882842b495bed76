#include "pdfviewerwindow.h"

#include "pdfviewer.h"
#include "pdfviewersettings.h"

#include <QCloseEvent>
#include <QVBoxLayout>

namespace td::ui {

PdfViewerWindow::PdfViewerWindow(const QByteArray& pdf, const QString& title, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_viewer(new PdfViewer(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    //: the title of a document viewer window: the document's name, then the program's part
    setWindowTitle(tr("%1 – Document viewer").arg(title));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_viewer);
    if (!restoreGeometry(PdfViewerSettings::load().geometry))
        resize(1000, 820);
    m_viewer->setPdf(pdf);
}

void PdfViewerWindow::closeEvent(QCloseEvent* event)
{
    PdfViewerSettings settings = PdfViewerSettings::load();
    settings.geometry = saveGeometry();
    settings.save();
    QWidget::closeEvent(event);
}

} // namespace td::ui
