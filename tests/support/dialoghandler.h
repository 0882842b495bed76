#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <functional>

namespace td::test {

// Runs `handle` on the next modal dialog of type T once it is shown: a dialog blocks in exec(),
// so the test answers it from a timer, as a person would.
template <typename T> void handleNextDialog(std::function<void(T*)> handle)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        handle(dialog);
    });
    timer->start();
}

// Clicks `button` of the next message box; `text`, when given, receives what the box said.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr)
{
    handleNextDialog<QMessageBox>([button, text](QMessageBox* box) {
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace td::test
