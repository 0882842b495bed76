#pragma once

#include <QFuture>
#include <QRectF>
#include <QString>

namespace td::ui {

class PdfWorker;

// The text of a page inside a rectangle in points (a null rectangle: the whole page), read on
// the worker's thread. Empty when the area holds no text.
QFuture<QString> pageText(PdfWorker& worker, int page, const QRectF& area = QRectF());

} // namespace td::ui
