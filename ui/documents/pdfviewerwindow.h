#pragma once

#include <QWidget>

namespace td::ui {

class PdfViewer;

// A window of its own for one document, so that several bid documents can be read side by
// side. It remembers its size and place; it closes with the window that opened it.
class PdfViewerWindow : public QWidget
{
    Q_OBJECT

public:
    PdfViewerWindow(const QByteArray& pdf, const QString& title, QWidget* parent = nullptr);

    PdfViewer* viewer() const { return m_viewer; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    PdfViewer* m_viewer;
};

} // namespace td::ui
