// The market report printed to PDF through Qt WebEngine and read back with Poppler, in Chinese
// and English: its text, its chart drawn (the axis name only the chart shows, the bars' ink),
// and the report pages' isolation: nothing in them reaches the network, while the chart
// library comes from our resources.
#include "domain/error.h"
#include "print/htmlpdfprinter.h"
#include "print/pdfprinting.h"
#include "print/reportpdf.h"
#include "samplereport.h"

#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <memory>
#include <poppler-qt6.h>

using namespace td;

namespace {

struct PdfRead
{
    int pages = 0;
    QString text;
    QImage firstPage;
};

PdfRead readPdf(const QByteArray& pdf)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return {};
    PdfRead read;
    read.pages = document->numPages();
    for (int i = 0; i < read.pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        read.text += page->text(QRectF()) + QLatin1Char('\n');
        if (i == 0)
            read.firstPage = page->renderToImage(72.0, 72.0);
    }
    return read;
}

// Pixels of ECharts' first series colour (#5470c6): the bars.
int barPixels(const QImage& image)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = rgb.pixelColor(x, y);
            if (std::abs(c.red() - 0x54) < 12 && std::abs(c.green() - 0x70) < 12 &&
                std::abs(c.blue() - 0xc6) < 12)
                ++count;
        }
    return count;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTextAndCharts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sectionTitle");
        QTest::addColumn<QString>("vendor");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("按月招标数量")
                               << QStringLiteral("华为技术有限公司");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Tenders by month")
                            << QStringLiteral("Acme");
    }

    void printsTextAndCharts()
    {
        QFETCH(QString, language);
        QFETCH(QString, sectionTitle);
        QFETCH(QString, vendor);
        const QByteArray pdf = printReportToPdf(test::sampleReport(language));
        QVERIFY(pdf.startsWith("%PDF-"));
        const PdfRead read = readPdf(pdf);
        QVERIFY(read.pages >= 1);
        QVERIFY2(read.text.contains(sectionTitle), qPrintable(read.text));
        QVERIFY(read.text.contains(vendor));
        QVERIFY(read.text.contains(QStringLiteral("9,876,543.21")));
        // The chart is drawn, as vectors whose labels stay text: its axis name is in the text,
        // and its bars are on the page.
        QVERIFY2(read.text.contains(test::sampleAxisName(language)), qPrintable(read.text));
        QVERIFY(barPixels(read.firstPage) > 200);
    }

    void aReportWithoutChartsPrintsToo()
    {
        analytics::Report report = test::sampleReport(QStringLiteral("en"));
        for (analytics::ReportSection& section : report.sections)
            section.chart = {};
        const PdfRead read = readPdf(printReportToPdf(report));
        QVERIFY(read.text.contains(QStringLiteral("Tenders by month")));
        QCOMPARE(barPixels(read.firstPage), 0);
    }

    void aPageThatFailsToDrawIsReported()
    {
        HtmlPdfPrinter printer;
        printer.setReadyCheck(reportReadyCheck());
        QSignalSpy failed(&printer, &HtmlPdfPrinter::failed);
        // A chart library that never loads: the page says so, and printing stops with it.
        QVERIFY(printer.print(QStringLiteral("<script src=\"qrc:/web/missing.js\"></script>"
                                             "<script>window.tenderdeskChartsError = "
                                             "typeof echarts === 'undefined' ? 'no library' : "
                                             "'';</script>")));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("no library")));
    }

    void reportPagesNeverReachTheNetwork()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        // A report page with script on: it tries an image, a script, a fetch and an XHR over
        // http, and a fetch over https; it says it is ready once the fetches have failed, and
        // only after our own chart library has loaded from the resource.
        const QString html =
            QStringLiteral(
                "<!DOCTYPE html><html><head><script src=\"qrc:/web/echarts.min.js\"></script>"
                "<script src=\"%1/remote.js\"></script></head><body><p>offline report</p>"
                "<img src=\"%1/pixel.png\"><script>"
                "var x = new XMLHttpRequest(); x.open('GET', '%1/xhr'); x.send();"
                "Promise.allSettled([fetch('%1/fetch'), fetch('https://127.0.0.1:%2/tls')])"
                ".then(function (r) {"
                "  var reached = r.some(function (s) { return s.status === 'fulfilled'; });"
                "  if (typeof echarts === 'undefined') window.tenderdeskChartsError = 'no echarts';"
                "  else if (reached) window.tenderdeskChartsError = 'reached the network';"
                "  else window.tenderdeskChartsReady = true;"
                "});</script></body></html>")
                .arg(origin)
                .arg(server.serverPort());
        const QByteArray pdf =
            printHtmlToPdf(html, 60000, HtmlPdfPrinter::defaultBaseUrl(), reportReadyCheck());
        QVERIFY(readPdf(pdf).text.contains(QStringLiteral("offline report")));
        QVERIFY(!server.waitForNewConnection(300));

        // The control: the same page in a profile without the interceptor does reach the
        // server, so what kept the printed page off the network is the interceptor.
        QWebEngineProfile open;
        QWebEnginePage page(&open);
        page.setHtml(html, HtmlPdfPrinter::defaultBaseUrl());
        QVERIFY(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 20000));
    }
};

int main(int argc, char** argv)
{
    preparePdfPrinting();
    QGuiApplication app(argc, argv);
    TestReportPdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportpdf.moc"
