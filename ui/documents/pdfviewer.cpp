#include "pdfviewer.h"

#include "pagerenderer.h"
#include "pdfload.h"
#include "pdfpagesview.h"
#include "pdftext.h"
#include "pdfviewersettings.h"
#include "pdfworker.h"
#include "searchbar.h"
#include "textsearch.h"
#include "thumbnailmodel.h"
#include "thumbnailpanel.h"
#include "whenready.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace td::ui {

namespace {
// Drawn pages kept for scrolling back: about twenty pages at fit width on a large screen.
constexpr int pageCacheKiB = 192 * 1024;
constexpr int thumbnailCacheKiB = 24 * 1024;
} // namespace

PdfViewer::PdfViewer(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_document(new QWidget(this))
    , m_pages(new PdfPagesView(this))
    , m_thumbnailModel(new ThumbnailModel(this))
    , m_thumbnails(new ThumbnailPanel(m_thumbnailModel, this))
    , m_searchBar(new SearchBar(this))
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* documentLayout = new QHBoxLayout(m_document);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->setSpacing(0);
    documentLayout->addWidget(m_thumbnails); // as wide as its thumbnails
    documentLayout->addWidget(m_pages, 1);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_document);
    m_searchBar->hide();

    createActions();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createToolBar());
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_searchBar);

    const PdfViewerSettings settings = PdfViewerSettings::load();
    m_pages->setZoom(settings.zoom);
    m_showThumbnails->setChecked(settings.thumbnails);
    m_thumbnails->setVisible(settings.thumbnails);

    connect(m_pages, &PdfPagesView::currentPageChanged, this, [this](int page) {
        if (page < 0)
            return;
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setValue(page + 1);
        m_thumbnails->setCurrentPage(page);
    });
    connect(m_pages, &PdfPagesView::zoomChanged, this, &PdfViewer::showZoom);
    connect(m_thumbnails, &ThumbnailPanel::pageActivated, this, &PdfViewer::goToPage);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int page) { goToPage(page - 1); });
    wireSearch();
    showZoom();
    enableDocumentActions(false);
    m_stack->setCurrentWidget(m_message);
}

PdfViewer::~PdfViewer()
{
    closeDocument();
}

void PdfViewer::createActions()
{
    const auto add = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        // The keys work anywhere in the viewer, even with several viewers open.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_showThumbnails = add(tr("&Thumbnails"), {Qt::Key_F4}, [this](bool on) {
        m_thumbnails->setVisible(on);
        PdfViewerSettings settings = PdfViewerSettings::load();
        settings.thumbnails = on;
        settings.save();
    });
    m_showThumbnails->setCheckable(true);
    m_showThumbnails->setToolTip(tr("Show or hide the page thumbnails (F4)"));
    // Ctrl+= as well, for keyboards where + needs Shift; once only where the platform has it.
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    if (!zoomInKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)))
        zoomInKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_zoomOut = add(tr("Zoom &out"), QKeySequence::keyBindings(QKeySequence::ZoomOut),
                    [this] { m_pages->zoomOut(); });
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomIn = add(tr("Zoom &in"), zoomInKeys, [this] { m_pages->zoomIn(); });
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_fitWidth = add(tr("Fit &width"), {QKeySequence(Qt::CTRL | Qt::Key_2)}, [this] {
        m_pages->setZoom({Zoom::Mode::FitWidth, m_pages->zoomFactor()});
    });
    m_fitWidth->setCheckable(true);
    m_fitWidth->setToolTip(tr("Pages as wide as the view (Ctrl+2)"));
    m_fitPage = add(tr("Fit &page"), {QKeySequence(Qt::CTRL | Qt::Key_1)}, [this] {
        m_pages->setZoom({Zoom::Mode::FitPage, m_pages->zoomFactor()});
    });
    m_fitPage->setCheckable(true);
    m_fitPage->setToolTip(tr("Whole pages in the view (Ctrl+1)"));
    m_actualSize = add(tr("&100%"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] {
        m_pages->setZoom({Zoom::Mode::Factor, 1.0});
    });
    m_actualSize->setToolTip(tr("Pages at their printed size (Ctrl+0)"));
    m_find = add(tr("&Find…"), {QKeySequence::Find}, [this] { m_searchBar->activate(); });
    m_find->setToolTip(tr("Find text in the document (Ctrl+F)"));
    m_findNext = add(tr("Find &next"), {QKeySequence(Qt::Key_F3)}, [this] {
        m_searchBar->show();
        m_searchBar->findNext();
    });
    m_findPrevious = add(tr("Find p&revious"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)}, [this] {
        m_searchBar->show();
        m_searchBar->findPrevious();
    });
    m_copy = add(tr("&Copy selected text"), {QKeySequence::Copy}, [this] { copySelection(); });
    m_copy->setToolTip(tr("Copy the text in the rectangle dragged with the mouse (Ctrl+C)"));
    m_copyPage = add(tr("Copy &page text"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                     [this] { copyPageText(); });
    m_copyPage->setToolTip(tr("Copy all the text of the current page (Ctrl+Shift+C)"));
    m_pages->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_pages->addActions({m_copy, m_copyPage, m_find});
}

QToolBar* PdfViewer::createToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_showThumbnails);
    bar->addSeparator();
    auto* pageLabel = new QLabel(tr("Pa&ge:"), bar);
    m_pageBox = new QSpinBox(bar);
    m_pageBox->setRange(1, 1);
    m_pageBox->setKeyboardTracking(false); // go when the number is complete
    m_pageBox->setAccessibleName(tr("Page number"));
    pageLabel->setBuddy(m_pageBox);
    m_pageCount = new QLabel(bar);
    bar->addWidget(pageLabel);
    bar->addWidget(m_pageBox);
    bar->addWidget(m_pageCount);
    bar->addSeparator();
    bar->addAction(m_zoomOut);
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888%")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoomLabel);
    bar->addAction(m_zoomIn);
    bar->addAction(m_fitWidth);
    bar->addAction(m_fitPage);
    bar->addAction(m_actualSize);
    bar->addSeparator();
    bar->addAction(m_find);
    bar->addAction(m_copyPage);
    m_status = new QLabel(bar);
    m_status->setContentsMargins(12, 0, 6, 0);
    bar->addWidget(m_status);
    return bar;
}

void PdfViewer::setPdf(const QByteArray& pdf)
{
    closeDocument();
    const int generation = ++m_generation;
    m_error.clear();
    m_pendingFind.clear(); // it was for the document before
    m_message->setText(tr("Opening the document…"));
    m_stack->setCurrentWidget(m_message);
    m_textWorker = std::make_unique<PdfWorker>(pdf);
    m_pageRenderer = new PageRenderer(pdf, pageCacheKiB, this);
    m_thumbnailRenderer = new PageRenderer(pdf, thumbnailCacheKiB, this);
    whenReady(m_textWorker->run(&PdfLoader::layoutInfo), this,
              [this, generation](const PdfLayoutInfo& info) {
                  if (generation == m_generation)
                      showDocument(info);
              });
}

void PdfViewer::closeDocument()
{
    m_pages->setDocument(nullptr, {});
    m_thumbnailModel->setDocument(nullptr, {}, devicePixelRatioF());
    delete m_search; // before the worker it searches with
    m_search = nullptr;
    delete m_pageRenderer;
    m_pageRenderer = nullptr;
    delete m_thumbnailRenderer;
    m_thumbnailRenderer = nullptr;
    m_textWorker.reset();
    m_searchBar->showCount(-1, 0);
    m_searchBar->showMessage(QString());
    m_pageCount->clear();
    showStatus(QString());
    enableDocumentActions(false);
}

void PdfViewer::enableDocumentActions(bool enabled)
{
    // Copy stays on without a selection: it then says how to select.
    for (QAction* action : {m_fitWidth, m_fitPage, m_actualSize, m_find, m_findNext, m_findPrevious,
                            m_copy, m_copyPage})
        action->setEnabled(enabled);
    m_pageBox->setEnabled(enabled);
    if (!enabled)
        m_searchBar->hide();
    showZoom();
}

void PdfViewer::showDocument(const PdfLayoutInfo& info)
{
    if (!info.error.isEmpty()) {
        showError(info.error);
        return;
    }
    const int count = int(info.pageSizes.size());
    m_pageBox->setRange(1, count);
    m_pageCount->setText(tr("of %1").arg(count));
    m_search = new TextSearch(*m_textWorker, count, this);
    connect(m_search, &TextSearch::progress, m_searchBar, &SearchBar::showProgress);
    connect(m_search, &TextSearch::hitsChanged, this, &PdfViewer::showSearchState);
    connect(m_search, &TextSearch::currentChanged, this, [this](int index) {
        showSearchState();
        if (index >= 0)
            m_pages->showHit(m_search->hits().at(index));
    });
    connect(m_search, &TextSearch::finished, this, [this](TextSearch::Outcome outcome) {
        m_searchBar->showProgress(1, 1);
        if (outcome == TextSearch::Outcome::NoHit)
            m_searchBar->showMessage(tr("“%1” is not in the document.").arg(m_search->text()));
        else if (outcome == TextSearch::Outcome::NoTextLayer)
            m_searchBar->showMessage(tr("The document has no text to search: its pages are "
                                        "images (a scan without text recognition)."));
    });
    m_stack->setCurrentWidget(m_document);
    enableDocumentActions(true);
    m_pages->setDocument(m_pageRenderer, info.pageSizes);
    m_thumbnailModel->setDocument(m_thumbnailRenderer, info.pageSizes, devicePixelRatioF());
    m_pages->goToPage(0);
    m_pages->setFocus();
    showZoom();
    if (!m_pendingFind.isEmpty())
        findFrom(std::exchange(m_pendingFind, QString()), m_pendingFindPage);
    Q_EMIT loaded();
}

void PdfViewer::showError(const QString& message)
{
    m_error = message;
    m_message->setText(
        QStringLiteral("<p style='font-size:large'><b>%1</b></p><p>%2</p>")
            .arg(tr("This document cannot be shown.").toHtmlEscaped(), message.toHtmlEscaped()));
    m_stack->setCurrentWidget(m_message);
    // Nothing to draw: the workers and their documents can go.
    closeDocument();
    Q_EMIT failed(message);
}

int PdfViewer::pageCount() const
{
    return m_pages->pageCount();
}

QString PdfViewer::statusMessage() const
{
    return m_status->text();
}

void PdfViewer::goToPage(int page)
{
    m_pages->goToPage(page);
}

void PdfViewer::find(const QString& text)
{
    if (m_search)
        m_search->start(text.trimmed());
}

void PdfViewer::findFrom(const QString& text, int page)
{
    if (!m_search) {
        m_pendingFind = text;
        m_pendingFindPage = page;
        return;
    }
    m_searchBar->showSearch(text);
    m_pages->goToPage(page);
    m_search->start(text.trimmed(), page);
}

void PdfViewer::wireSearch()
{
    connect(m_searchBar, &SearchBar::searchRequested, this, &PdfViewer::find);
    connect(m_searchBar, &SearchBar::nextRequested, this, [this] {
        if (m_search)
            m_search->next();
    });
    connect(m_searchBar, &SearchBar::previousRequested, this, [this] {
        if (m_search)
            m_search->previous();
    });
    connect(m_searchBar, &SearchBar::closed, this, [this] {
        if (m_search)
            m_search->start(QString()); // the marks go with the bar
        m_pages->setFocus();
    });
}

void PdfViewer::showSearchState()
{
    m_pages->setSearchHits(m_search->hits(), m_search->current());
    m_searchBar->showCount(m_search->current(), int(m_search->hits().size()));
}

void PdfViewer::showZoom()
{
    const Zoom zoom = m_pages->zoom();
    m_fitWidth->setChecked(zoom.mode == Zoom::Mode::FitWidth);
    m_fitPage->setChecked(zoom.mode == Zoom::Mode::FitPage);
    m_zoomLabel->setText(QLocale().toString(qRound(m_pages->zoomFactor() * 100)) +
                         QLatin1Char('%'));
    const bool open = m_pages->pageCount() > 0;
    m_zoomIn->setEnabled(open && m_pages->zoomFactor() < Zoom::maximum);
    m_zoomOut->setEnabled(open && m_pages->zoomFactor() > Zoom::minimum);
    saveZoom();
}

void PdfViewer::saveZoom() const
{
    PdfViewerSettings settings = PdfViewerSettings::load();
    if (settings.zoom == m_pages->zoom())
        return;
    settings.zoom = m_pages->zoom();
    settings.save();
}

void PdfViewer::showStatus(const QString& message)
{
    m_status->setText(message);
}

void PdfViewer::copySelection()
{
    const PageSelection selection = m_pages->selection();
    if (selection.isEmpty()) {
        showStatus(tr("Drag a rectangle over the text to copy first."));
        return;
    }
    copyText(selection.page, selection.rect, tr("Copied the selected text."));
}

void PdfViewer::copyPageText()
{
    if (m_pages->currentPage() < 0)
        return;
    const int page = m_pages->currentPage();
    copyText(page, QRectF(), tr("Copied the text of page %1.").arg(page + 1));
}

void PdfViewer::copyText(int page, const QRectF& area, const QString& done)
{
    if (!m_textWorker)
        return;
    const int generation = m_generation;
    whenReady(pageText(*m_textWorker, page, area), this,
              [this, generation, done](const QString& text) {
                  if (generation != m_generation)
                      return;
                  if (text.isEmpty()) {
                      showStatus(tr("There is no text there to copy: the page may be an image."));
                      return;
                  }
                  QApplication::clipboard()->setText(text);
                  showStatus(done);
              });
}

} // namespace td::ui
