#pragma once

#include <QList>
#include <QRect>
#include <QSizeF>

namespace td::ui {

// Where each page sits in the scrolled area: one column, centred, with a gap around each page.
// Sizes come from the page sizes alone, so every page has its place before any is drawn.
class PageLayout
{
public:
    static constexpr int gap = 12; // pixels between pages and around the column

    PageLayout() = default;
    // scale: pixels per point.
    PageLayout(const QList<QSizeF>& pageSizes, double scale, int viewportWidth);

    int pageCount() const { return int(m_rects.size()); }
    double scale() const { return m_scale; }
    QRect pageRect(int page) const { return m_rects.at(page); }
    QSize contentSize() const { return m_contentSize; }

    // The page at vertical position y (the nearest one in a gap), or -1 without pages.
    int pageAt(int y) const;
    // The first and last page that overlap the rows [top, bottom].
    std::pair<int, int> pagesBetween(int top, int bottom) const;

    // A point in the view to a point on `page` in points, and a page rectangle back.
    QPointF toPage(int page, QPointF viewPoint) const;
    QRectF toView(int page, const QRectF& pageRect) const;

private:
    QList<QRect> m_rects;
    QSize m_contentSize;
    double m_scale = 1;
};

} // namespace td::ui
