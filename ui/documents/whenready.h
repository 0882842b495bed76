#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace td::ui {

// Calls fn(result) on `context`'s thread when the future has its result; never when `context`
// is gone first or the task never ran. A watcher rather than QFuture::then(context): in Qt 6.4
// a continuation attached while the task finishes on another thread can be lost.
template <typename T, typename Fn> void whenReady(const QFuture<T>& future, QObject* context, Fn fn)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fn = std::move(fn)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             fn(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace td::ui
