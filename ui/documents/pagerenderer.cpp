#include "pagerenderer.h"

#include "pdfworker.h"
#include "whenready.h"

#include <QVariant>

#include <poppler-qt6.h>

namespace td::ui {

// The page being drawn, shared with the worker thread: the GUI thread sets `abort` when the
// page is no longer wanted, the abort callback reads it.
struct PageRenderer::Running
{
    PageRequest request;
    std::atomic_bool abort = false;
    const std::atomic_bool* closing = nullptr;
};

namespace {

struct Drawn
{
    QImage image;
    bool aborted = false;
};

bool shouldAbort(const QVariant& payload)
{
    const auto* running = static_cast<const std::atomic_bool* const*>(payload.value<void*>());
    return running[0]->load() || running[1]->load();
}

Drawn draw(const LoadedPdf& pdf, const PageRequest& request, const std::atomic_bool& abort,
           const std::atomic_bool& closing)
{
    if (!pdf.document || abort || closing)
        return {QImage(), bool(abort || closing)};
    const std::unique_ptr<Poppler::Page> page = pdf.document->page(request.page);
    if (!page)
        return {};
    const QSizeF points = page->pageSizeF();
    if (points.isEmpty())
        return {};
    const double xres = 72.0 * request.pixels.width() / points.width();
    const double yres = 72.0 * request.pixels.height() / points.height();
    const std::atomic_bool* flags[2] = {&abort, &closing};
    QImage image =
        page->renderToImage(xres, yres, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
                            shouldAbort, QVariant::fromValue(static_cast<void*>(flags)));
    const bool aborted = abort || closing;
    return {aborted ? QImage() : std::move(image), aborted};
}

} // namespace

PageRenderer::PageRenderer(const QByteArray& pdf, int cacheKiB, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<PdfWorker>(pdf))
    , m_cache(cacheKiB)
{}

PageRenderer::~PageRenderer()
{
    if (m_running)
        m_running->abort = true;
    m_worker.reset(); // waits for the page being drawn, which stops at once
}

void PageRenderer::setWanted(const QList<PageRequest>& wanted)
{
    QList<PageRequest> queue;
    for (const PageRequest& request : wanted)
        if (!isDrawn(request) && !queue.contains(request) &&
            !(m_running && m_running->request == request))
            queue.append(request);
    for (const PageRequest& request : std::as_const(m_queue))
        if (!queue.contains(request))
            ++m_counts.dropped;
    for (const PageRequest& request : std::as_const(queue))
        if (!m_queue.contains(request))
            ++m_counts.requested;
    m_queue = queue;
    if (m_running && !wanted.contains(m_running->request))
        m_running->abort = true;
    startNext();
}

QImage PageRenderer::image(int page) const
{
    const QImage* image = m_cache.object(page);
    return image ? *image : QImage();
}

void PageRenderer::setSuspended(bool suspended)
{
    m_suspended = suspended;
    startNext();
}

bool PageRenderer::isDrawn(const PageRequest& request) const
{
    if (m_failed.contains(request.page))
        return true;
    const QImage* image = m_cache.object(request.page);
    return image && image->size() == request.pixels;
}

void PageRenderer::startNext()
{
    if (m_running || m_suspended || m_queue.isEmpty())
        return;
    auto running = std::make_shared<Running>();
    running->request = m_queue.takeFirst();
    running->closing = &m_worker->closing();
    m_running = running;
    ++m_counts.started;
    whenReady(m_worker->run([running](const LoadedPdf& pdf) {
        return draw(pdf, running->request, running->abort, *running->closing);
    }),
              this, [this, running](const Drawn& drawn) {
                  finish(running->request, drawn.image, drawn.aborted);
              });
}

void PageRenderer::finish(const PageRequest& request, const QImage& image, bool aborted)
{
    m_running.reset();
    if (aborted) {
        ++m_counts.dropped;
    } else if (image.isNull()) {
        ++m_counts.failed;
        m_failed.insert(request.page);
        Q_EMIT pageRendered(request.page);
    } else {
        ++m_counts.completed;
        // Cost in KiB; an image bigger than the whole cache is still shown once, then dropped.
        m_cache.insert(request.page, new QImage(image),
                       std::min<qsizetype>(image.sizeInBytes() / 1024, m_cache.maxCost()));
        Q_EMIT pageRendered(request.page);
    }
    startNext();
}

} // namespace td::ui
