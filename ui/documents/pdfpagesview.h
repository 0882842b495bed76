#pragma once

#include "pagelayout.h"
#include "textsearch.h"
#include "zoom.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QPointer>
#include <QSizeF>

namespace td::ui {

class PageRenderer;
class RubberBandSelection;

// A rectangle the reader selected on one page, in points.
struct PageSelection
{
    int page = -1;
    QRectF rect;

    bool isEmpty() const { return page < 0 || rect.isEmpty(); }
};

// The pages of a document in one scrolled column. Every page has its place from the start
// (sized from the page sizes) and shows its newest drawn image, scaled while a sharper one is
// drawn; only the pages in view and one on each side are asked of the renderer. Shows search
// hits (the current one stronger) and the rectangle selected with the mouse.
class PdfPagesView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit PdfPagesView(QWidget* parent = nullptr);

    // The renderer stays the caller's; nullptr (or no pages) shows an empty view.
    void setDocument(PageRenderer* renderer, const QList<QSizeF>& pageSizes);

    int pageCount() const { return m_layout.pageCount(); }
    int currentPage() const { return m_current; }
    void goToPage(int page);

    Zoom zoom() const { return m_zoom; }
    void setZoom(const Zoom& zoom);
    // The size shown now, 1.0 being 100% (also in the fit modes).
    double zoomFactor() const;
    void zoomIn();
    void zoomOut();

    // Where the pages are, in the coordinates of the whole scrolled column.
    const PageLayout& layout() const { return m_layout; }
    // The top left corner of the viewport in those coordinates.
    QPoint scrollOffset() const;

    void setSearchHits(const QList<SearchHit>& hits, int current);
    // Scrolls so that the hit is in view.
    void showHit(const SearchHit& hit);

    PageSelection selection() const { return m_selection; }
    void clearSelection();

Q_SIGNALS:
    void currentPageChanged(int page);
    void zoomChanged();
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void relayout();
    void requestPages();
    void updateCurrentPage();
    void setCurrent(int page);
    void select(const QRect& area);
    void paintPage(QPainter& painter, int page, const QRect& where) const;
    void paintMarks(QPainter& painter, int page) const;
    QSizeF largestPage() const;

    QPointer<PageRenderer> m_renderer;
    QList<QSizeF> m_pageSizes;
    PageLayout m_layout;
    Zoom m_zoom;
    int m_current = -1;
    bool m_jumping = false; // goToPage is scrolling: the page it went to is the current one
    QList<SearchHit> m_hits;
    int m_currentHit = -1;
    PageSelection m_selection;
    RubberBandSelection* m_rubberBand;
};

} // namespace td::ui
