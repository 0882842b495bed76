#include "timeserieschart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace td::ui {
namespace {

constexpr int tickCount = 5;
constexpr int tickLength = 4;
constexpr int gap = 6;

QString tickLabel(double value, double step)
{
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TimeSeriesChart::setTitle(const QString& title)
{
    m_title = title;
    update();
}

void TimeSeriesChart::setXAxisTitle(const QString& title)
{
    m_xTitle = title;
    update();
}

void TimeSeriesChart::setAxisTitle(Axis axis, const QString& title)
{
    (axis == Axis::Left ? m_leftTitle : m_rightTitle) = title;
    update();
}

int TimeSeriesChart::addSeries(const QString& name, const QColor& color, Style style, Axis axis)
{
    m_series.append(Series{name, color, style, axis, {}});
    update();
    return int(m_series.size()) - 1;
}

void TimeSeriesChart::appendPoints(int series, const QList<QPointF>& points)
{
    if (points.isEmpty())
        return;
    m_series[series].points += points;
    for (const QPointF& p : points)
        m_xMax = std::max(m_xMax, p.x());
    update();
}

void TimeSeriesChart::setPoints(int series, const QList<QPointF>& points)
{
    m_series[series].points = points;
    m_xMax = 0;
    for (const Series& s : std::as_const(m_series))
        for (const QPointF& p : s.points)
            m_xMax = std::max(m_xMax, p.x());
    update();
}

void TimeSeriesChart::clearPoints()
{
    for (Series& s : m_series)
        s.points.clear();
    m_xMax = 0;
    update();
}

void TimeSeriesChart::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

QSize TimeSeriesChart::minimumSizeHint() const
{
    return {240, 150};
}

QSize TimeSeriesChart::sizeHint() const
{
    return {420, 220};
}

TimeSeriesChart::Range TimeSeriesChart::niceRange(double max, int ticks)
{
    if (!(max > 0))
        return {1, 1.0 / ticks};
    const double rough = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    return {std::ceil(max / step - 1e-9) * step, step};
}

TimeSeriesChart::Range TimeSeriesChart::yRange(Axis axis) const
{
    double max = 0;
    for (const Series& s : m_series)
        if (s.axis == axis)
            for (const QPointF& p : s.points)
                max = std::max(max, p.y());
    return niceRange(max, tickCount);
}

bool TimeSeriesChart::uses(Axis axis) const
{
    return std::any_of(m_series.cbegin(), m_series.cend(),
                       [axis](const Series& s) { return s.axis == axis; });
}

void TimeSeriesChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();

    const Range left = yRange(Axis::Left);
    const Range right = yRange(Axis::Right);
    const Range x = niceRange(std::max(m_xMax, 1.0), tickCount);
    const bool hasRight = uses(Axis::Right);

    const auto labelWidth = [&](const Range& r) {
        int width = 0;
        for (double v = 0; v <= r.max + r.step / 2; v += r.step)
            width = std::max(width, fm.horizontalAdvance(tickLabel(v, r.step)));
        return width;
    };
    // Room for the title and legend row, tick labels and the rotated axis titles.
    const int top = line + 2 * gap;
    const int leftMargin = gap + line + gap + labelWidth(left) + tickLength + 2;
    const int rightMargin =
        hasRight ? gap + line + gap + labelWidth(right) + tickLength + 2 : 2 * gap;
    const int bottom = tickLength + line + (m_xTitle.isEmpty() ? 0 : line) + 2 * gap;
    const QRectF plot(leftMargin, top, std::max(10, width() - leftMargin - rightMargin),
                      std::max(10, height() - top - bottom));

    // Title on the left, legend on the right of the top row.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(gap, gap, width() - 2 * gap, line), Qt::AlignLeft | Qt::AlignVCenter,
                     m_title);
    painter.setFont(font());
    qreal legendX = width() - gap;
    for (qsizetype i = m_series.size() - 1; i >= 0; --i) {
        const Series& s = m_series.at(i);
        const int textWidth = fm.horizontalAdvance(s.name);
        legendX -= textWidth;
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(legendX, gap, textWidth, line), Qt::AlignVCenter, s.name);
        legendX -= 16 + 4;
        const QRectF swatch(legendX, gap + line / 2.0 - 4, 16, 8);
        if (s.style == Style::Line) {
            painter.setPen(QPen(s.color, 2));
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                             QPointF(swatch.right(), swatch.center().y()));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(s.color);
            painter.drawEllipse(swatch.center(), 3, 3);
            painter.setBrush(Qt::NoBrush);
        }
        legendX -= 3 * gap;
    }

    // Grid, ticks and tick labels.
    const QColor grid = pal.color(QPalette::Mid);
    const QColor text = pal.color(QPalette::Text);
    const auto yFor = [&](double value, const Range& r) {
        return plot.bottom() - value / r.max * plot.height();
    };
    const auto xFor = [&](double value) {
        return plot.left() + value / x.max * plot.width();
    };
    for (double v = 0; v <= left.max + left.step / 2; v += left.step) {
        const qreal y = yFor(v, left);
        painter.setPen(QPen(grid, 0, Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(0, y - line / 2.0, plot.left() - tickLength - 2, line),
                         Qt::AlignRight | Qt::AlignVCenter, tickLabel(v, left.step));
    }
    if (hasRight)
        for (double v = 0; v <= right.max + right.step / 2; v += right.step) {
            const qreal y = yFor(v, right);
            painter.setPen(text);
            painter.drawLine(QPointF(plot.right(), y), QPointF(plot.right() + tickLength, y));
            painter.drawText(QRectF(plot.right() + tickLength + 2, y - line / 2.0,
                                    rightMargin - tickLength - 2, line),
                             Qt::AlignLeft | Qt::AlignVCenter, tickLabel(v, right.step));
        }
    for (double v = 0; v <= x.max + x.step / 2; v += x.step) {
        const qreal px = xFor(v);
        painter.setPen(QPen(grid, 0, Qt::DotLine));
        painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        painter.setPen(text);
        painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + tickLength));
        painter.drawText(QRectF(px - 40, plot.bottom() + tickLength, 80, line), Qt::AlignCenter,
                         tickLabel(v, x.step));
    }
    painter.setPen(text);
    painter.drawRect(plot);

    // Axis titles: x under its ticks, y rotated along each side.
    if (!m_xTitle.isEmpty())
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + tickLength + line, plot.width(), line + gap),
            Qt::AlignCenter, m_xTitle);
    const auto verticalTitle = [&](const QString& title, qreal centreX) {
        if (title.isEmpty())
            return;
        painter.save();
        painter.translate(centreX, plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-plot.height() / 2, -line / 2.0, plot.height(), line),
                         Qt::AlignCenter, title);
        painter.restore();
    };
    verticalTitle(m_leftTitle, gap + line / 2.0);
    if (hasRight)
        verticalTitle(m_rightTitle, width() - gap - line / 2.0);

    // The data, clipped to the plot.
    painter.setClipRect(plot.adjusted(-3, -3, 3, 3));
    bool any = false;
    for (const Series& s : m_series) {
        if (s.points.isEmpty())
            continue;
        any = true;
        const Range& r = s.axis == Axis::Left ? left : right;
        QPolygonF mapped;
        mapped.reserve(s.points.size());
        for (const QPointF& p : s.points)
            mapped.append(QPointF(xFor(p.x()), yFor(p.y(), r)));
        if (s.style == Style::Line) {
            painter.setPen(QPen(s.color, 2));
            painter.drawPolyline(mapped);
        } else {
            // Tens of thousands of requests: plain square points keep a repaint within a frame.
            const bool many = mapped.size() > 5000;
            painter.setRenderHint(QPainter::Antialiasing, !many);
            painter.setPen(QPen(s.color, 4, Qt::SolidLine, many ? Qt::SquareCap : Qt::RoundCap));
            painter.drawPoints(mapped);
            painter.setRenderHint(QPainter::Antialiasing);
        }
    }
    painter.setClipping(false);
    if (!any && !m_emptyText.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
}

} // namespace td::ui
