#include "pdfprinting.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QGuiApplication>

#include <unistd.h>

namespace td {

void preparePdfPrinting()
{
    // WebEngine renders through a GL context shared with the application's; it must be asked
    // for before the application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Chromium's sandbox refuses to start as root (containers, CI, a desk run by root), and
    // printing would fail. Without it a page could do more harm, but the pages we print show
    // only our own HTML built from escaped text, run no script and cannot load anything from
    // the network (LocalOnlyInterceptor). A user who sets the variable keeps their choice.
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
}

QByteArray printHtmlToPdf(const QString& html, int timeoutMs, const QUrl& baseUrl,
                          const QString& readyCheck)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(QCoreApplication::translate("td", "Printing to PDF needs the graphical part "
                                                      "of Qt, which this program did not start. "
                                                      "Report this as a bug."));
    HtmlPdfPrinter printer;
    printer.setTimeout(timeoutMs);
    printer.setReadyCheck(readyCheck);
    QEventLoop loop;
    bool done = false;
    QByteArray pdf;
    QString error;
    QObject::connect(&printer, &HtmlPdfPrinter::finished, &loop, [&](const QByteArray& result) {
        pdf = result;
        done = true;
        loop.quit();
    });
    QObject::connect(&printer, &HtmlPdfPrinter::failed, &loop, [&](const QString& message) {
        error = message;
        done = true;
        loop.quit();
    });
    printer.print(html, baseUrl);
    if (!done)
        loop.exec();
    if (!error.isEmpty())
        throw Error(error);
    return pdf;
}

} // namespace td
