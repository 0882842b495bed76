#pragma once

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSize>

#include <atomic>
#include <memory>

namespace td::ui {

class PdfWorker;

// One page at one size in device pixels.
struct PageRequest
{
    int page = 0;
    QSize pixels;

    friend bool operator==(const PageRequest&, const PageRequest&) = default;
};

// What the renderer did, for tests and for the curious: every request ends as completed,
// dropped (scrolled away before or while it was drawn) or failed.
struct RenderCounts
{
    int requested = 0;
    int started = 0;
    int completed = 0;
    int dropped = 0;
    int failed = 0;
};

// Draws pages on a worker thread of its own, one at a time, in the order they were asked for,
// and only those still wanted: setWanted() replaces the list, so the work for pages scrolled
// away is dropped before it starts, and a page being drawn is aborted through Poppler's
// abort callback. The newest image of each page stays in a small LRU cache.
class PageRenderer : public QObject
{
    Q_OBJECT

public:
    // cacheKiB: how much the cache of drawn pages may hold.
    PageRenderer(const QByteArray& pdf, int cacheKiB, QObject* parent = nullptr);
    ~PageRenderer() override;

    // The pages to draw, most wanted first. A page already drawn at that size is not redrawn.
    void setWanted(const QList<PageRequest>& wanted);

    // The newest image drawn of `page` (maybe at another size), or a null image.
    QImage image(int page) const;
    // Whether Poppler could not draw the page.
    bool hasFailed(int page) const { return m_failed.contains(page); }

    // While suspended nothing new starts (a hidden viewer draws nothing); the wanted list is
    // still kept up to date, and drawing resumes with what is wanted then.
    void setSuspended(bool suspended);

    RenderCounts counts() const { return m_counts; }

Q_SIGNALS:
    void pageRendered(int page);

private:
    struct Running;
    void startNext();
    void finish(const PageRequest& request, const QImage& image, bool aborted);
    bool isDrawn(const PageRequest& request) const;

    std::unique_ptr<PdfWorker> m_worker;
    QList<PageRequest> m_queue; // wanted and not started
    std::shared_ptr<Running> m_running;
    QCache<int, QImage> m_cache;
    QSet<int> m_failed;
    RenderCounts m_counts;
    bool m_suspended = false;
};

} // namespace td::ui
