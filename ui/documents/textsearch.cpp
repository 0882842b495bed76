#include "textsearch.h"

#include "pdfworker.h"

#include <QFutureWatcher>

#include <poppler-qt6.h>

namespace td::ui {

namespace {

bool hasText(const Poppler::Document& document, QPromise<SearchReport>& promise,
             const std::atomic_bool& closing)
{
    for (int i = 0; i < document.numPages() && !promise.isCanceled() && !closing; ++i) {
        const std::unique_ptr<Poppler::Page> page = document.page(i);
        if (page && !page->text(QRectF()).trimmed().isEmpty())
            return true;
    }
    return false;
}

void search(QPromise<SearchReport>& promise, const LoadedPdf& pdf, const QString& text,
            const std::atomic_bool& closing)
{
    if (!pdf.document)
        return;
    const Poppler::Document& document = *pdf.document;
    const int count = document.numPages();
    promise.setProgressRange(0, count);
    bool found = false;
    for (int i = 0; i < count; ++i) {
        if (promise.isCanceled() || closing)
            return;
        const std::unique_ptr<Poppler::Page> page = document.page(i);
        const QList<QRectF> hits =
            page ? page->search(text, Poppler::Page::IgnoreCase) : QList<QRectF>();
        if (!hits.isEmpty()) {
            found = true;
            promise.addResult(SearchReport{i, hits});
        }
        promise.setProgressValue(i + 1);
    }
    if (!found)
        promise.addResult(SearchReport{-1, {}, !hasText(document, promise, closing)});
}

} // namespace

TextSearch::TextSearch(PdfWorker& worker, int pageCount, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_pageCount(pageCount)
{}

TextSearch::~TextSearch()
{
    cancel();
}

bool TextSearch::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void TextSearch::cancel()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher.reset();
}

void TextSearch::start(const QString& text, int fromPage)
{
    cancel();
    m_text = text;
    m_fromPage = fromPage;
    m_hits.clear();
    setCurrent(-1);
    Q_EMIT hitsChanged();
    if (text.isEmpty())
        return;
    m_watcher = std::make_unique<QFutureWatcher<SearchReport>>();
    connect(m_watcher.get(), &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_pageCount); });
    connect(m_watcher.get(), &QFutureWatcherBase::resultReadyAt, this, &TextSearch::take);
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, [this] {
        if (m_current < 0 && !m_hits.isEmpty())
            setCurrent(0); // none on or after m_fromPage: round to the first
        if (!m_hits.isEmpty())
            Q_EMIT finished(Outcome::Found);
    });
    const std::atomic_bool& closing = m_worker.closing();
    m_watcher->setFuture(m_worker.report<SearchReport>(
        [text, &closing](QPromise<SearchReport>& promise, const LoadedPdf& pdf) {
            search(promise, pdf, text, closing);
        }));
}

void TextSearch::take(int index)
{
    const SearchReport report = m_watcher->resultAt(index);
    if (report.page < 0) {
        Q_EMIT finished(report.noTextLayer ? Outcome::NoTextLayer : Outcome::NoHit);
        return;
    }
    const int first = int(m_hits.size());
    for (const QRectF& rect : report.hits)
        m_hits.append(SearchHit{report.page, rect});
    Q_EMIT hitsChanged();
    if (m_current < 0 && report.page >= m_fromPage && !report.hits.isEmpty())
        setCurrent(first);
}

void TextSearch::next()
{
    if (!m_hits.isEmpty())
        setCurrent((m_current + 1) % int(m_hits.size()));
}

void TextSearch::previous()
{
    if (!m_hits.isEmpty())
        setCurrent((m_current - 1 + int(m_hits.size())) % int(m_hits.size()));
}

void TextSearch::setCurrent(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    Q_EMIT currentChanged(index);
}

} // namespace td::ui
