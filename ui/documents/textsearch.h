#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QRectF>

#include <memory>

template <typename T> class QFutureWatcher;

namespace td::ui {

class PdfWorker;

struct SearchHit
{
    int page = 0;
    QRectF rect; // in points on the page
};

// What the search thread reports: the hits of one page, or at the end of a search without
// hits whether the document has text at all (a scan without OCR has none).
struct SearchReport
{
    int page = -1;
    QList<QRectF> hits;
    bool noTextLayer = false; // only in the closing report (page -1)
};

// Finds a text on every page, on the worker's thread, page by page with progress; the hits of
// a page arrive as soon as it is searched. Keeps the hits and which one is current.
class TextSearch : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Found,
        NoHit,
        NoTextLayer
    };

    TextSearch(PdfWorker& worker, int pageCount, QObject* parent = nullptr);
    ~TextSearch() override;

    // Starts a new search (stopping the one running); an empty text clears the hits. The first
    // hit made current is the first on or after page `fromPage` (0-based), else the first of all.
    void start(const QString& text, int fromPage = 0);
    void cancel();

    QString text() const { return m_text; }
    bool isRunning() const;
    const QList<SearchHit>& hits() const { return m_hits; }
    int current() const { return m_current; } // -1: none

    // Moves to the next or previous hit, round the end of the document.
    void next();
    void previous();

Q_SIGNALS:
    void progress(int pagesSearched, int pageCount);
    void hitsChanged();
    void currentChanged(int index);
    void finished(td::ui::TextSearch::Outcome outcome);

private:
    void take(int index);
    void setCurrent(int index);

    PdfWorker& m_worker;
    int m_pageCount = 0;
    QString m_text;
    int m_fromPage = 0;
    QList<SearchHit> m_hits;
    int m_current = -1;
    std::unique_ptr<QFutureWatcher<SearchReport>> m_watcher;
};

} // namespace td::ui
