#pragma once

#include <QObject>
#include <QPoint>
#include <QRect>

class QMouseEvent;
class QRubberBand;
class QWidget;

namespace td::ui {

// A rectangle dragged with the left mouse button over a widget, shown with a rubber band while
// it is dragged (the owner shows what it made of it).
// The owner feeds it the widget's mouse events and reads the rectangle when it is done;
// `offset` turns widget coordinates into the owner's (for a scroll area, the scroll position).
class RubberBandSelection : public QObject
{
    Q_OBJECT

public:
    explicit RubberBandSelection(QWidget* widget);

    // Each returns whether it used the event.
    bool press(const QMouseEvent* event, QPoint offset);
    bool move(const QMouseEvent* event, QPoint offset);
    bool release(const QMouseEvent* event, QPoint offset);

    // Moves the band of a drag in progress to where it is now, after the widget scrolled.
    void follow(QPoint offset);
    void clear();

Q_SIGNALS:
    // A drag that ended: the rectangle in the owner's coordinates (at least a few pixels).
    void selected(const QRect& rect);
    // A click without a drag: the owner may drop its selection.
    void clicked(const QPoint& point);

private:
    QRect rect() const { return QRect(m_origin, m_end).normalized(); }

    QWidget* m_widget;
    QRubberBand* m_band;
    QPoint m_origin; // in the owner's coordinates
    QPoint m_end;
    bool m_dragging = false;
};

} // namespace td::ui
