#include "wheelguard.h"

#include <QEvent>
#include <QWidget>

namespace td::ui {

namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Wheel || static_cast<QWidget*>(watched)->hasFocus())
            return false;
        // Not for this widget: ignored, the wheel goes on to the scroll area around it.
        event->ignore();
        return true;
    }
};

} // namespace

void scrollPastUnlessFocused(QWidget* widget)
{
    widget->setFocusPolicy(Qt::StrongFocus); // a wheel turn alone does not focus it either
    widget->installEventFilter(new WheelGuard(widget));
}

} // namespace td::ui
