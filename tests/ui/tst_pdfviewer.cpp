// The PDF viewer offscreen, on documents built in the test with QPdfWriter (known text on known
// pages, Chinese among it): the pages are counted and drawn off the GUI thread, work for pages
// scrolled away is dropped, the search finds its hits on the right pages and moves to them, a
// dragged rectangle copies its text, zoom and fit change the page size, the settings are
// remembered, and damaged or encrypted files show what is wrong.
#include "documents/documentviewer.h"
#include "documents/pagerenderer.h"
#include "documents/pdfpagesview.h"
#include "documents/pdfviewer.h"
#include "documents/pdfviewerwindow.h"
#include "documents/searchbar.h"
#include "documents/textsearch.h"
#include "documents/thumbnailmodel.h"
#include "documents/thumbnailpanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace td::ui;

namespace {

constexpr int pageCount = 12;
const QList<int> envelopePages{2, 6};
const QList<int> chinesePages{1, 4, 8};
// Where the text to copy sits on the first page, in points, and something beside it.
const QString copyText = QStringLiteral("COPY-ME-123");
const QRectF copyArea(60, 575, 260, 35);

QString chineseFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString& family : families)
        if (family.contains(QLatin1String("CJK")))
            return family;
    return families.value(0);
}

// A4 pages at 72 dpi, so that painter units are points.
QByteArray buildPdf(const std::function<void(QPainter&, int)>& drawPage, int pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        drawPage(painter, page);
    }
    painter.end();
    return pdf;
}

QByteArray textPdf()
{
    const QString chinese = chineseFamily();
    return buildPdf(
        [&chinese](QPainter& painter, int page) {
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 28, QFont::Bold));
            painter.drawText(QPointF(72, 100), QStringLiteral("Page %1").arg(page + 1));
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
            painter.drawText(QPointF(72, 160), QStringLiteral("Bid document for lot one."));
            if (envelopePages.contains(page))
                painter.drawText(QPointF(72, 400), QStringLiteral("The sealed envelope."));
            if (page == 0) {
                painter.drawText(QPointF(72, 600), copyText);
                painter.drawText(QPointF(72, 700), QStringLiteral("OTHER-TEXT"));
            }
            if (chinesePages.contains(page)) {
                painter.setFont(QFont(chinese, 16));
                painter.drawText(QPointF(72, 300),
                                 QStringLiteral("第%1页：投标文件").arg(page + 1));
            }
        },
        pageCount);
}

// Pages of shapes only: nothing to search.
QByteArray imagePdf()
{
    return buildPdf(
        [](QPainter& painter, int page) {
            painter.fillRect(QRectF(72, 72, 300 + 20 * page, 200), Qt::darkBlue);
        },
        2);
}

// A PDF locked by the standard security handler with a user password: its /U entry matches no
// empty password, so no reader opens it without one (pdfinfo says "Incorrect password").
QByteArray encryptedPdf()
{
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + QByteArray(32, '\x11').toHex() +
            "> /U <" + QByteArray(32, '\x22').toHex() + "> >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray id = "<0123456789abcdef0123456789abcdef>";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Encrypt 4 0 R /ID [" + id + " " + id + "] >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Whether the image has ink: a drawn page of text is mostly white with some dark pixels.
bool hasInk(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            if (line[x] < 100)
                return true;
    }
    return false;
}

bool isIdle(const PageRenderer* renderer)
{
    const RenderCounts c = renderer->counts();
    return c.requested == c.completed + c.dropped + c.failed;
}

QSize devicePixels(const PdfPagesView* view, int page)
{
    const QSize size = view->layout().pageRect(page).size();
    const double ratio = view->viewport()->devicePixelRatioF();
    return {qRound(size.width() * ratio), qRound(size.height() * ratio)};
}

} // namespace

class TestPdfViewer : public QObject
{
    Q_OBJECT

private:
    // A shown, active viewer with the text document loaded, fit to its width.
    std::unique_ptr<PdfViewer> openViewer(const QByteArray& pdf = textPdf())
    {
        auto viewer = std::make_unique<PdfViewer>();
        viewer->resize(900, 700);
        viewer->show();
        viewer->activateWindow();
        if (!QTest::qWaitForWindowActive(viewer.get())) {
            qWarning("The viewer window did not become active.");
            return {};
        }
        viewer->pagesView()->setZoom({Zoom::Mode::FitWidth, 1.0});
        QSignalSpy loaded(viewer.get(), &PdfViewer::loaded);
        viewer->setPdf(pdf);
        if (!loaded.wait(10000)) {
            qWarning("The document did not load: %s", qPrintable(viewer->errorMessage()));
            return {};
        }
        return viewer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!chineseFamily().isEmpty(),
                 "No font draws Simplified Chinese: install fonts-noto-cjk.");
    }

    void init() { QSettings().clear(); }

    void opensAndDrawsTheVisiblePages()
    {
        PdfViewer viewer;
        QAbstractItemModelTester tester(viewer.thumbnailModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        viewer.resize(900, 700);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QSignalSpy loaded(&viewer, &PdfViewer::loaded);
        viewer.setPdf(textPdf());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(viewer.pageCount(), pageCount);
        QCOMPARE(viewer.thumbnailModel()->rowCount(), pageCount);
        const auto* box = viewer.findChild<QSpinBox*>();
        QVERIFY(box);
        QCOMPARE(box->maximum(), pageCount);
        QCOMPARE(box->value(), 1);
        bool countShown = false;
        for (const QLabel* label : viewer.findChildren<QLabel*>())
            countShown = countShown || label->text() == QStringLiteral("of %1").arg(pageCount);
        QVERIFY(countShown);

        // The first page is drawn off the GUI thread at the size it is shown, with its text.
        PageRenderer* renderer = viewer.pageRenderer();
        QTRY_VERIFY(!renderer->image(0).isNull());
        QCOMPARE(renderer->image(0).size(), devicePixels(viewer.pagesView(), 0));
        QVERIFY(hasInk(renderer->image(0)));
        // Far pages are not drawn at all.
        QTRY_VERIFY(isIdle(renderer));
        QVERIFY(renderer->image(pageCount - 1).isNull());
        QVERIFY(renderer->counts().completed < pageCount);

        // Thumbnails come from their own renderer, for the rows in view.
        QTRY_VERIFY(!viewer.thumbnailRenderer()->image(0).isNull());
        QVERIFY(hasInk(viewer.thumbnailRenderer()->image(0)));
        QCOMPARE(viewer.thumbnailRenderer()->image(0).width(),
                 qRound(ThumbnailModel::width * viewer.devicePixelRatioF()));
    }

    void scrollingAwayDropsPendingWork()
    {
        const auto viewer = openViewer();
        QVERIFY(viewer);
        PageRenderer* renderer = viewer->pageRenderer();
        PdfPagesView* pages = viewer->pagesView();
        QTRY_VERIFY(!renderer->image(0).isNull());
        QTRY_VERIFY(isIdle(renderer));
        const RenderCounts before = renderer->counts();

        // Nothing starts while the renderer waits, so the requests for page 6 are still queued
        // when the reader goes on to the end.
        renderer->setSuspended(true);
        pages->goToPage(5);
        const RenderCounts queued = renderer->counts();
        QVERIFY(queued.requested > before.requested);
        QCOMPARE(queued.started, before.started);
        pages->goToPage(pageCount - 1);
        QCOMPARE(pages->currentPage(), pageCount - 1);
        const RenderCounts afterScroll = renderer->counts();
        QCOMPARE(afterScroll.dropped - before.dropped, queued.requested - before.requested);
        QCOMPARE(afterScroll.started, before.started);

        renderer->setSuspended(false);
        QTRY_VERIFY(!renderer->image(pageCount - 1).isNull());
        QTRY_VERIFY(isIdle(renderer));
        QVERIFY(hasInk(renderer->image(pageCount - 1)));
        QVERIFY(renderer->image(5).isNull()); // dropped, never drawn
        // What started after the wait was wanted to the end: all of it was drawn.
        const RenderCounts after = renderer->counts();
        QCOMPARE(after.dropped, afterScroll.dropped);
        QCOMPARE(after.completed - afterScroll.completed, after.started - afterScroll.started);
        QCOMPARE(after.failed, 0);
    }

    void searchFindsAndMovesToTheHits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("hitPages");
        QTest::newRow("latin") << QStringLiteral("envelope") << envelopePages;
        QTest::newRow("any case") << QStringLiteral("SEALED ENVELOPE") << envelopePages;
        QTest::newRow("chinese") << QStringLiteral("投标文件") << chinesePages;
    }

    void searchFindsAndMovesToTheHits()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, hitPages);
        const auto viewer = openViewer();
        QVERIFY(viewer);
        TextSearch* search = viewer->textSearch();
        SearchBar* bar = viewer->searchBar();
        QSignalSpy finished(search, &TextSearch::finished);
        QSignalSpy progress(search, &TextSearch::progress);

        QTest::keyClick(viewer->pagesView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        auto* field = bar->findChild<QLineEdit*>();
        QVERIFY(field->hasFocus());
        field->insert(text); // keyClicks types Latin-1 only
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<TextSearch::Outcome>(), TextSearch::Outcome::Found);
        QCOMPARE(progress.last().at(0).toInt(), pageCount);

        QList<int> found;
        for (const SearchHit& hit : search->hits())
            found.append(hit.page);
        QCOMPARE(found, hitPages);
        const QString count = QStringLiteral("%1 / %2").arg(1).arg(hitPages.size());
        QCOMPARE(bar->countText(), count);
        QCOMPARE(viewer->pagesView()->currentPage(), hitPages.first());

        // Enter again and F3 go forward, Shift+F3 back, round the end.
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(viewer->pagesView()->currentPage(), hitPages.at(1));
        QCOMPARE(bar->countText(), QStringLiteral("2 / %1").arg(hitPages.size()));
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(viewer->pagesView()->currentPage(), hitPages.first());
        QTest::keyClick(viewer->pagesView(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(search->current(), int(hitPages.size()) - 1);
        QCOMPARE(viewer->pagesView()->currentPage(), hitPages.last());
        QTest::keyClick(viewer->pagesView(), Qt::Key_F3);
        QCOMPARE(viewer->pagesView()->currentPage(), hitPages.first());
        // The current hit is on the screen.
        const SearchHit hit = search->hits().at(search->current());
        const QRect onScreen = viewer->pagesView()
                                   ->layout()
                                   .toView(hit.page, hit.rect)
                                   .toAlignedRect()
                                   .translated(-viewer->pagesView()->scrollOffset());
        QVERIFY(viewer->pagesView()->viewport()->rect().contains(onScreen));

        // Escape closes the bar and takes the marks with it.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(search->hits().isEmpty());
    }

    void searchSaysWhatItDidNotFind()
    {
        const auto viewer = openViewer();
        QVERIFY(viewer);
        QSignalSpy finished(viewer->textSearch(), &TextSearch::finished);
        viewer->find(QStringLiteral("no-such-words"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<TextSearch::Outcome>(), TextSearch::Outcome::NoHit);
        QVERIFY(viewer->searchBar()->messageText().contains(QLatin1String("no-such-words")));
        QVERIFY(viewer->searchBar()->countText().isEmpty());

        const auto scan = openViewer(imagePdf());
        QVERIFY(scan);
        QSignalSpy scanFinished(scan->textSearch(), &TextSearch::finished);
        scan->find(QStringLiteral("anything"));
        QVERIFY(scanFinished.wait(10000));
        QCOMPARE(scanFinished.first().first().value<TextSearch::Outcome>(),
                 TextSearch::Outcome::NoTextLayer);
        QVERIFY(scan->searchBar()->messageText().contains(QLatin1String("no text")));
    }

    void rubberBandCopiesTheTextInside()
    {
        const auto viewer = openViewer();
        QVERIFY(viewer);
        PdfPagesView* pages = viewer->pagesView();
        pages->goToPage(0);
        QApplication::clipboard()->clear();
        const QRect area =
            pages->layout().toView(0, copyArea).toRect().translated(-pages->scrollOffset());
        QVERIFY(pages->viewport()->rect().contains(area));
        QTest::mousePress(pages->viewport(), Qt::LeftButton, {}, area.topLeft());
        QTest::mouseMove(pages->viewport(), area.center());
        QTest::mouseMove(pages->viewport(), area.bottomRight());
        QTest::mouseRelease(pages->viewport(), Qt::LeftButton, {}, area.bottomRight());
        QCOMPARE(pages->selection().page, 0);
        QVERIFY(pages->selection().rect.contains(copyArea.center()));

        QTest::keyClick(pages, Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::clipboard()->text(), copyText);
        QVERIFY(!viewer->statusMessage().isEmpty());

        // The whole page, with the text outside the rectangle.
        QApplication::clipboard()->clear();
        QTest::keyClick(pages, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(QApplication::clipboard()->text().contains(QLatin1String("OTHER-TEXT")));
        QVERIFY(QApplication::clipboard()->text().contains(copyText));

        // A click drops the selection; then there is nothing to copy, and the viewer says so.
        QTest::mouseClick(pages->viewport(), Qt::LeftButton, {}, area.center());
        QVERIFY(pages->selection().isEmpty());
        viewer->copySelection();
        QVERIFY(viewer->statusMessage().contains(QLatin1String("Drag")));
    }

    void zoomAndFitChangeThePageSize()
    {
        const auto viewer = openViewer();
        QVERIFY(viewer);
        PdfPagesView* pages = viewer->pagesView();
        const int gap = PageLayout::gap;
        const int fitWidth = pages->layout().pageRect(0).width();
        QVERIFY(qAbs(fitWidth - (pages->viewport()->width() - 2 * gap)) <= 1);

        QTest::keyClick(pages, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(pages->zoom().mode, Zoom::Mode::Factor);
        const int zoomedIn = pages->layout().pageRect(0).width();
        QVERIFY(zoomedIn > fitWidth);
        QTest::keyClick(pages, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(pages->layout().pageRect(0).width() < zoomedIn);

        QTest::keyClick(pages, Qt::Key_0, Qt::ControlModifier); // 100%
        QCOMPARE(pages->layout().pageRect(0).width(), qRound(595.0 * pages->logicalDpiX() / 72));
        QCOMPARE(qRound(pages->zoomFactor() * 100), 100);

        QTest::keyClick(pages, Qt::Key_1, Qt::ControlModifier); // fit page
        QCOMPARE(pages->zoom().mode, Zoom::Mode::FitPage);
        const QRect whole = pages->layout().pageRect(0);
        QVERIFY(whole.height() <= pages->viewport()->height() - 2 * gap + 1);
        QVERIFY(whole.height() >= pages->viewport()->height() - 2 * gap - 1);

        // The page is drawn again at its new size.
        const int current = pages->currentPage();
        QTRY_COMPARE(viewer->pageRenderer()->image(current).size(), devicePixels(pages, current));

        // Keys move by page in fit page; the page box and the thumbnails go to a page.
        QTest::keyClick(pages, Qt::Key_Home);
        QCOMPARE(pages->currentPage(), 0);
        QTest::keyClick(pages, Qt::Key_PageDown);
        QCOMPARE(pages->currentPage(), 1);
        QTest::keyClick(pages, Qt::Key_PageUp);
        QCOMPARE(pages->currentPage(), 0);
        QTest::keyClick(pages, Qt::Key_End);
        QCOMPARE(pages->currentPage(), pageCount - 1);
        auto* box = viewer->findChild<QSpinBox*>();
        box->setValue(8);
        QCOMPARE(pages->currentPage(), 7);
        ThumbnailPanel* thumbnails = viewer->thumbnailPanel();
        const QModelIndex fifth = viewer->thumbnailModel()->index(4, 0);
        thumbnails->scrollTo(fifth);
        QTest::mouseClick(thumbnails->viewport(), Qt::LeftButton, {},
                          thumbnails->visualRect(fifth).center());
        QCOMPARE(pages->currentPage(), 4);
        QCOMPARE(box->value(), 5);
    }

    void remembersZoomAndWindowGeometry()
    {
        {
            const auto viewer = openViewer();
            QVERIFY(viewer);
            viewer->pagesView()->setZoom({Zoom::Mode::FitPage, 1.0});
        }
        PdfViewer next;
        QCOMPARE(next.pagesView()->zoom().mode, Zoom::Mode::FitPage);

        QPointer<PdfViewerWindow> window =
            openDocumentViewer(nullptr, textPdf(), QStringLiteral("标书.pdf"));
        QVERIFY(window->windowTitle().contains(QStringLiteral("标书.pdf")));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE(window->viewer()->pageCount(), pageCount);
        window->resize(640, 480);
        window->close();
        QTRY_VERIFY(window.isNull()); // deletes itself on close
        PdfViewerWindow again(textPdf(), QStringLiteral("x"));
        QCOMPARE(again.size(), QSize(640, 480));
    }

    void brokenDocumentsSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a pdf") << QByteArray("Just some words, not a PDF.") << "not a readable";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("encrypted") << encryptedPdf() << "encrypted";
        QTest::newRow("cut short") << textPdf().left(40) << "";
    }

    void brokenDocumentsSayWhatIsWrong()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, says);
        PdfViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        QSignalSpy failed(&viewer, &PdfViewer::failed);
        QSignalSpy loaded(&viewer, &PdfViewer::loaded);
        viewer.setPdf(pdf);
        QVERIFY(failed.wait(10000));
        QCOMPARE(loaded.count(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(viewer.errorMessage(), message);
        QCOMPARE(viewer.pageCount(), 0);
        QCOMPARE(viewer.pageRenderer(), nullptr);
        bool shown = false;
        for (const QLabel* label : viewer.findChildren<QLabel*>())
            shown =
                shown || (label->isVisible() && label->text().contains(message.toHtmlEscaped()));
        QVERIFY(shown);
        // The viewer recovers with a good document.
        viewer.setPdf(textPdf());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(viewer.pageCount(), pageCount);
        QVERIFY(viewer.errorMessage().isEmpty());
    }
};

QTEST_MAIN(TestPdfViewer)
#include "tst_pdfviewer.moc"
