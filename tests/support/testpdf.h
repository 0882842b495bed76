#pragma once

#include <QByteArray>

namespace td::test {

// A small valid PDF of one page that shows `text` (ASCII) in Helvetica, padded with an unused
// stream of `fill` bytes up to about `size` bytes when `size` is larger: a document that PDF
// readers, Poppler and the bid desks open, built without a paint device.
QByteArray minimalPdf(const QByteArray& text, qsizetype size = 0, char fill = 'x');

} // namespace td::test
