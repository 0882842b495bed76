#pragma once

#include "zoom.h"

#include <QByteArray>

namespace td::ui {

// What the PDF viewer remembers between sessions, each key and default declared here once.
struct PdfViewerSettings
{
    Zoom zoom;              // how big the pages are shown (fit width by default)
    bool thumbnails = true; // whether the thumbnails are shown
    QByteArray geometry;    // the viewer window's size and place (QWidget::saveGeometry)

    static PdfViewerSettings load();
    void save() const;
};

} // namespace td::ui
