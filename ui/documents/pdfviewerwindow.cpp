#include "pdfviewerwindow.h"

#include "pdfviewer.h"
#include "pdfviewersettings.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QScreen>
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
    if (!restoreGeometry(PdfViewerSettings::load().geometry)) {
        // A page at a readable size, within the screen the window opens on (a laptop's 800
        // pixels would otherwise hide the search bar at the bottom).
        QSize size(1000, 820);
        if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.95);
        resize(size);
    }
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
