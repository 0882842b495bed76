#include "rubberbandselection.h"

#include <QApplication>
#include <QMouseEvent>
#include <QRubberBand>

namespace td::ui {

RubberBandSelection::RubberBandSelection(QWidget* widget)
    : QObject(widget)
    , m_widget(widget)
    , m_band(new QRubberBand(QRubberBand::Rectangle, widget))
{}

bool RubberBandSelection::press(const QMouseEvent* event, QPoint offset)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_origin = m_end = event->position().toPoint() + offset;
    m_dragging = true;
    follow(offset);
    return true;
}

bool RubberBandSelection::move(const QMouseEvent* event, QPoint offset)
{
    if (!m_dragging)
        return false;
    m_end = event->position().toPoint() + offset;
    follow(offset);
    return true;
}

bool RubberBandSelection::release(const QMouseEvent* event, QPoint offset)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return false;
    m_end = event->position().toPoint() + offset;
    m_dragging = false;
    const QRect r = rect();
    const int slack = QApplication::startDragDistance();
    clear();
    if (r.width() < slack && r.height() < slack)
        Q_EMIT clicked(m_end);
    else
        Q_EMIT selected(r);
    return true;
}

void RubberBandSelection::follow(QPoint offset)
{
    if (!m_dragging)
        return;
    m_band->setGeometry(rect().translated(-offset));
    m_band->show();
}

void RubberBandSelection::clear()
{
    m_dragging = false;
    m_band->hide();
}

} // namespace td::ui
