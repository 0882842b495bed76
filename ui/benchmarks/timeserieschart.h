#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

namespace td::ui {

// A small chart of values against time, drawn with QPainter: series of points or lines on a
// left axis and, when a series asks for it, a right axis with its own unit; axes with ticks,
// titles with units, and a legend. Made for live views: appending points and repainting is
// cheap, and the axes grow to fit what has arrived.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT

public:
    enum class Style
    {
        Points,
        Line
    };
    enum class Axis
    {
        Left,
        Right
    };

    explicit TimeSeriesChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setXAxisTitle(const QString& title); // with its unit, e.g. "time since start (s)"
    void setAxisTitle(Axis axis, const QString& title);
    // Adds a series and returns its index.
    int addSeries(const QString& name, const QColor& color, Style style, Axis axis = Axis::Left);
    void appendPoints(int series, const QList<QPointF>& points);
    void setPoints(int series, const QList<QPointF>& points);
    const QList<QPointF>& points(int series) const { return m_series.at(series).points; }
    int seriesCount() const { return int(m_series.size()); }
    // Removes every point, keeps the series.
    void clearPoints();
    // Shown in the plot area while no series has a point.
    void setEmptyText(const QString& text);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Series
    {
        QString name;
        QColor color;
        Style style = Style::Points;
        Axis axis = Axis::Left;
        QList<QPointF> points;
    };
    struct Range
    {
        double max = 1;
        double step = 1;
    };
    // A "nice" upper bound and tick step (1, 2 or 5 × 10^n) for values from 0 to `max`.
    static Range niceRange(double max, int ticks);
    Range yRange(Axis axis) const;
    bool uses(Axis axis) const;

    QString m_title;
    QString m_xTitle;
    QString m_leftTitle;
    QString m_rightTitle;
    QString m_emptyText;
    QList<Series> m_series;
    double m_xMax = 0;
};

} // namespace td::ui
