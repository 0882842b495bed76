#pragma once

#include "pdfload.h"

#include <QFuture>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace td::ui {

// One Poppler document and the one thread that uses it. Poppler documents must not be used by
// two threads at once, so each part of the viewer that works off the GUI thread (pages,
// thumbnails, text) has a worker of its own: the pool has a single thread, so the tasks run
// one after another and never share the document. The document is read from the bytes by
// the first task, on the worker's thread.
class PdfWorker
{
public:
    explicit PdfWorker(const QByteArray& pdf);
    // Asks the running task to stop (see closing()), drops the queued ones and waits for it.
    ~PdfWorker();
    PdfWorker(const PdfWorker&) = delete;
    PdfWorker& operator=(const PdfWorker&) = delete;

    // Runs fn(const LoadedPdf&) on the worker's thread.
    template <typename Fn> auto run(Fn fn)
    {
        return QtConcurrent::run(&m_pool, [this, fn = std::move(fn)]() { return fn(loaded()); });
    }

    // Runs fn(QPromise<T>&, const LoadedPdf&) on the worker's thread: for tasks that report
    // progress or several results, and that stop when the future is cancelled.
    template <typename T, typename Fn> QFuture<T> report(Fn fn)
    {
        return QtConcurrent::run(
            &m_pool, [this, fn = std::move(fn)](QPromise<T>& promise) { fn(promise, loaded()); });
    }

    // Set when the worker is being destroyed: long tasks check it and give up.
    const std::atomic_bool& closing() const { return m_closing; }

private:
    const LoadedPdf& loaded(); // on the worker's thread only

    QByteArray m_pdf;
    std::unique_ptr<LoadedPdf> m_loaded;
    std::atomic_bool m_closing = false;
    QThreadPool m_pool;
};

} // namespace td::ui
