#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

namespace td::ui {

class PdfViewerWindow;

// Opens a document (the bytes of a PDF, as stored in the database) in a viewer window of its
// own, titled `title`, and returns the window; it deletes itself when closed and closes with
// `parent`. A file that is not a readable PDF shows what is wrong in the window.
PdfViewerWindow* openDocumentViewer(QWidget* parent, const QByteArray& pdf, const QString& title);

} // namespace td::ui
