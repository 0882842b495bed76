#include "pagelayout.h"

#include <algorithm>

namespace td::ui {

PageLayout::PageLayout(const QList<QSizeF>& pageSizes, double scale, int viewportWidth)
    : m_scale(scale)
{
    int widest = 0;
    for (const QSizeF& size : pageSizes)
        widest = std::max(widest, qRound(size.width() * scale));
    const int columnWidth = std::max(widest + 2 * gap, viewportWidth);
    int y = gap;
    m_rects.reserve(pageSizes.size());
    for (const QSizeF& size : pageSizes) {
        const QSize pixels(std::max(1, qRound(size.width() * scale)),
                           std::max(1, qRound(size.height() * scale)));
        m_rects.append(QRect(QPoint((columnWidth - pixels.width()) / 2, y), pixels));
        y += pixels.height() + gap;
    }
    m_contentSize = QSize(columnWidth, y);
}

int PageLayout::pageAt(int y) const
{
    if (m_rects.isEmpty())
        return -1;
    // The first page whose bottom (with the gap below it) reaches y.
    const auto it =
        std::lower_bound(m_rects.cbegin(), m_rects.cend(), y,
                         [](const QRect& r, int value) { return r.bottom() + gap < value; });
    return it == m_rects.cend() ? int(m_rects.size()) - 1 : int(it - m_rects.cbegin());
}

std::pair<int, int> PageLayout::pagesBetween(int top, int bottom) const
{
    return {pageAt(top), pageAt(bottom)};
}

QPointF PageLayout::toPage(int page, QPointF viewPoint) const
{
    const QRect r = m_rects.at(page);
    return (viewPoint - QPointF(r.topLeft())) / m_scale;
}

QRectF PageLayout::toView(int page, const QRectF& pageRect) const
{
    const QRect r = m_rects.at(page);
    return QRectF(QPointF(r.topLeft()) + pageRect.topLeft() * m_scale, pageRect.size() * m_scale);
}

} // namespace td::ui
