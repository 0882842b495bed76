#include "pdfpagesview.h"

#include "pagerenderer.h"
#include "rubberbandselection.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace td::ui {

namespace {

// Search hits in a soft yellow, the current one in a stronger orange with an outline.
const QColor hitFill(255, 214, 0, 90);
const QColor currentHitFill(255, 128, 0, 140);
const QColor currentHitLine(220, 90, 0);

} // namespace

PdfPagesView::PdfPagesView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_rubberBand(new RubberBandSelection(viewport()))
{
    setFocusPolicy(Qt::StrongFocus);
    // Always on: in "fit width" a scroll bar that comes and goes would change the width to fit.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::CrossCursor);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
    connect(m_rubberBand, &RubberBandSelection::selected, this, &PdfPagesView::select);
    connect(m_rubberBand, &RubberBandSelection::clicked, this, &PdfPagesView::clearSelection);
}

void PdfPagesView::setDocument(PageRenderer* renderer, const QList<QSizeF>& pageSizes)
{
    if (m_renderer)
        m_renderer->disconnect(this);
    m_renderer = renderer;
    m_pageSizes = renderer ? pageSizes : QList<QSizeF>();
    m_hits.clear();
    m_currentHit = -1;
    m_selection = {};
    m_current = -1;
    if (m_renderer) {
        connect(m_renderer, &PageRenderer::pageRendered, viewport(), qOverload<>(&QWidget::update));
        m_renderer->setSuspended(!isVisible());
    }
    relayout();
    verticalScrollBar()->setValue(0);
    updateCurrentPage();
    requestPages();
}

void PdfPagesView::goToPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    m_jumping = true;
    verticalScrollBar()->setValue(m_layout.pageRect(page).top() - PageLayout::gap);
    m_jumping = false;
    setCurrent(page);
}

void PdfPagesView::setZoom(const Zoom& zoom)
{
    m_zoom = zoom;
    m_zoom.factor = std::clamp(zoom.factor, Zoom::minimum, Zoom::maximum);
    relayout();
    requestPages();
    Q_EMIT zoomChanged(); // the mode changed, even when the scale did not
}

double PdfPagesView::zoomFactor() const
{
    return m_layout.scale() * 72.0 / logicalDpiY();
}

void PdfPagesView::zoomIn()
{
    setZoom({Zoom::Mode::Factor, Zoom::stepIn(zoomFactor())});
}

void PdfPagesView::zoomOut()
{
    setZoom({Zoom::Mode::Factor, Zoom::stepOut(zoomFactor())});
}

QPoint PdfPagesView::scrollOffset() const
{
    return {horizontalScrollBar()->value(), verticalScrollBar()->value()};
}

void PdfPagesView::setSearchHits(const QList<SearchHit>& hits, int current)
{
    m_hits = hits;
    m_currentHit = current;
    viewport()->update();
}

void PdfPagesView::showHit(const SearchHit& hit)
{
    if (hit.page < 0 || hit.page >= pageCount())
        return;
    const QRect target = m_layout.toView(hit.page, hit.rect).toAlignedRect();
    const QRect visible(scrollOffset(), viewport()->size());
    if (!visible.contains(target)) {
        m_jumping = true;
        verticalScrollBar()->setValue(target.top() - viewport()->height() / 3);
        if (target.left() < visible.left() || target.right() > visible.right())
            horizontalScrollBar()->setValue(target.center().x() - viewport()->width() / 2);
        m_jumping = false;
    }
    setCurrent(hit.page);
}

void PdfPagesView::clearSelection()
{
    if (m_selection.page < 0)
        return;
    m_selection = {};
    viewport()->update();
    Q_EMIT selectionChanged();
}

QSizeF PdfPagesView::largestPage() const
{
    QSizeF largest;
    for (const QSizeF& size : m_pageSizes)
        largest = largest.expandedTo(size);
    return largest;
}

void PdfPagesView::relayout()
{
    // Keep the same spot of the same page at the top left across a change of scale.
    const QPoint offset = scrollOffset();
    int anchor = m_layout.pageAt(offset.y());
    double down = 0;
    double across = 0.5;
    if (anchor >= 0 && anchor < int(m_pageSizes.size())) {
        const QRect r = m_layout.pageRect(anchor);
        down = double(offset.y() - r.top()) / r.height();
        across = m_layout.contentSize().width() > 0
                     ? double(offset.x() + viewport()->width() / 2) / m_layout.contentSize().width()
                     : 0.5;
    } else {
        anchor = -1;
    }
    const double scale = m_zoom.scale(largestPage(), viewport()->size(), logicalDpiY());
    const bool rescaled = !qFuzzyCompare(scale, m_layout.scale());
    m_layout = PageLayout(m_pageSizes, scale, viewport()->width());
    const QSize content = m_layout.contentSize();
    verticalScrollBar()->setRange(0, std::max(0, content.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    if (anchor >= 0 && anchor < m_layout.pageCount()) {
        m_jumping = true;
        const QRect r = m_layout.pageRect(anchor);
        verticalScrollBar()->setValue(r.top() + qRound(down * r.height()));
        horizontalScrollBar()->setValue(qRound(across * content.width()) - viewport()->width() / 2);
        m_jumping = false;
    }
    viewport()->update();
    if (rescaled)
        Q_EMIT zoomChanged();
}

void PdfPagesView::requestPages()
{
    if (!m_renderer || m_layout.pageCount() == 0)
        return;
    const int top = verticalScrollBar()->value();
    const auto [first, last] = m_layout.pagesBetween(top, top + viewport()->height());
    const double ratio = viewport()->devicePixelRatioF();
    QList<int> pages;
    for (int page = first; page <= last; ++page)
        pages.append(page);
    // One page on each side, drawn after the visible ones, so that a short scroll finds it.
    if (last + 1 < m_layout.pageCount())
        pages.append(last + 1);
    if (first > 0)
        pages.append(first - 1);
    QList<PageRequest> wanted;
    for (const int page : std::as_const(pages)) {
        const QSize pixels = m_layout.pageRect(page).size();
        wanted.append(
            {page, QSize(qRound(pixels.width() * ratio), qRound(pixels.height() * ratio))});
    }
    m_renderer->setWanted(wanted);
}

void PdfPagesView::updateCurrentPage()
{
    if (m_jumping)
        return;
    // The page that holds the line a third down the view: what the reader is looking at.
    setCurrent(m_layout.pageAt(verticalScrollBar()->value() + viewport()->height() / 3));
}

void PdfPagesView::setCurrent(int page)
{
    if (page == m_current)
        return;
    m_current = page;
    Q_EMIT currentPageChanged(page);
}

void PdfPagesView::select(const QRect& area)
{
    // The page the selection covers most; a selection reads from one page.
    int best = -1;
    int bestArea = 0;
    const auto [first, last] = m_layout.pagesBetween(area.top(), area.bottom());
    for (int page = std::max(first, 0); page <= last; ++page) {
        const QRect common = area.intersected(m_layout.pageRect(page));
        if (common.width() * common.height() > bestArea) {
            best = page;
            bestArea = common.width() * common.height();
        }
    }
    if (best < 0) {
        clearSelection();
        return;
    }
    const QRect onPage = area.intersected(m_layout.pageRect(best));
    m_selection = {best, QRectF(m_layout.toPage(best, onPage.topLeft()),
                                m_layout.toPage(best, onPage.bottomRight() + QPoint(1, 1)))};
    viewport()->update();
    Q_EMIT selectionChanged();
}

void PdfPagesView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QPoint offset = scrollOffset();
    painter.translate(-offset);
    const auto [first, last] = m_layout.pagesBetween(offset.y(), offset.y() + viewport()->height());
    for (int page = std::max(first, 0); page <= last; ++page) {
        paintPage(painter, page, m_layout.pageRect(page));
        paintMarks(painter, page);
    }
}

void PdfPagesView::paintPage(QPainter& painter, int page, const QRect& where) const
{
    painter.fillRect(where, Qt::white);
    const QImage image = m_renderer ? m_renderer->image(page) : QImage();
    if (!image.isNull()) {
        painter.drawImage(where, image);
    } else {
        const bool failed = m_renderer && m_renderer->hasFailed(page);
        painter.setPen(failed ? QColor(160, 0, 0) : QColor(150, 150, 150));
        painter.drawText(where, Qt::AlignCenter | Qt::TextWordWrap,
                         failed ? tr("Page %1 could not be drawn: it is damaged.").arg(page + 1)
                                : QString::number(page + 1));
    }
    painter.setPen(QColor(0, 0, 0, 60));
    painter.drawRect(where.adjusted(0, 0, -1, -1));
}

void PdfPagesView::paintMarks(QPainter& painter, int page) const
{
    const auto begin = std::lower_bound(m_hits.cbegin(), m_hits.cend(), page,
                                        [](const SearchHit& hit, int p) { return hit.page < p; });
    for (auto it = begin; it != m_hits.cend() && it->page == page; ++it) {
        const QRectF r = m_layout.toView(page, it->rect);
        if (int(it - m_hits.cbegin()) == m_currentHit) {
            painter.fillRect(r, currentHitFill);
            painter.setPen(QPen(currentHitLine, 1.5));
            painter.drawRect(r);
        } else {
            painter.fillRect(r, hitFill);
        }
    }
    if (m_selection.page == page) {
        QColor fill = palette().color(QPalette::Highlight);
        const QColor line = fill;
        fill.setAlpha(60);
        const QRectF r = m_layout.toView(page, m_selection.rect);
        painter.fillRect(r, fill);
        painter.setPen(QPen(line, 1, Qt::DashLine));
        painter.drawRect(r);
    }
}

void PdfPagesView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
    updateCurrentPage();
    requestPages();
}

void PdfPagesView::scrollContentsBy(int, int)
{
    m_rubberBand->follow(scrollOffset());
    viewport()->update();
    updateCurrentPage();
    requestPages();
}

void PdfPagesView::keyPressEvent(QKeyEvent* event)
{
    if (pageCount() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int page = std::max(m_current, 0);
    const QRect visible(scrollOffset(), viewport()->size());
    switch (event->key()) {
    case Qt::Key_PageDown:
        // A page taller than the view is read a screen at a time before moving on.
        if (m_layout.pageRect(page).bottom() > visible.bottom() + PageLayout::gap)
            verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        else
            goToPage(std::min(page + 1, pageCount() - 1));
        break;
    case Qt::Key_PageUp:
        if (m_layout.pageRect(page).top() < visible.top() - PageLayout::gap)
            verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        else
            goToPage(std::max(page - 1, 0));
        break;
    case Qt::Key_Home:
        goToPage(0);
        break;
    case Qt::Key_End:
        goToPage(pageCount() - 1);
        break;
    case Qt::Key_Escape:
        if (!m_selection.isEmpty()) {
            clearSelection();
            break;
        }
        QAbstractScrollArea::keyPressEvent(event);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void PdfPagesView::mousePressEvent(QMouseEvent* event)
{
    if (!m_rubberBand->press(event, scrollOffset()))
        QAbstractScrollArea::mousePressEvent(event);
}

void PdfPagesView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_rubberBand->move(event, scrollOffset()))
        QAbstractScrollArea::mouseMoveEvent(event);
}

void PdfPagesView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_rubberBand->release(event, scrollOffset()))
        QAbstractScrollArea::mouseReleaseEvent(event);
}

void PdfPagesView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y();
        if (steps > 0)
            zoomIn();
        else if (steps < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfPagesView::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_renderer)
        m_renderer->setSuspended(false);
}

void PdfPagesView::hideEvent(QHideEvent* event)
{
    QAbstractScrollArea::hideEvent(event);
    if (m_renderer)
        m_renderer->setSuspended(true);
}

} // namespace td::ui
