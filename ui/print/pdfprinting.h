#pragma once

#include "htmlpdfprinter.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace td {

// Call in main() before the application object is created, in every program that prints.
void preparePdfPrinting();

// Prints `html` to an A4 PDF and waits for it, running a local event loop: for the CLI and tests.
// Needs a QGuiApplication (QT_QPA_PLATFORM=offscreen without a display). Throws td::Error with
// the reason when printing fails or takes longer than `timeoutMs`. `readyCheck`: see
// HtmlPdfPrinter::setReadyCheck().
QByteArray printHtmlToPdf(const QString& html, int timeoutMs = 60000,
                          const QUrl& baseUrl = HtmlPdfPrinter::defaultBaseUrl(),
                          const QString& readyCheck = {});

} // namespace td
