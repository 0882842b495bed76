#pragma once

#include <QByteArray>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QToolBar;

namespace td::ui {

class PageRenderer;
class PdfPagesView;
class PdfWorker;
class SearchBar;
class TextSearch;
class ThumbnailModel;
class ThumbnailPanel;
struct PdfLayoutInfo;

// A PDF from bytes (documents live in the database): pages drawn off the GUI thread,
// thumbnails, page box, zoom and fit, text search with the hits marked, and text copied from a
// rectangle dragged over a page. A damaged or encrypted file shows what is wrong instead.
// Each job off the GUI thread (pages, thumbnails, text) has its own worker and Poppler document.
class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    explicit PdfViewer(QWidget* parent = nullptr);
    ~PdfViewer() override;

    // Opens the document: its pages appear once a worker has read it (loaded() or failed()).
    void setPdf(const QByteArray& pdf);

    int pageCount() const;
    QString errorMessage() const { return m_error; }
    // The last thing the viewer told the reader in its status line.
    QString statusMessage() const;

    void goToPage(int page); // 0-based
    void find(const QString& text);
    // Searches for `text` with the search bar showing it, the first hit shown being the first
    // on or after `page` (0-based): how a hit found elsewhere (the bid document search) opens.
    // Called before the document is loaded, the search waits for it.
    void findFrom(const QString& text, int page);
    void copySelection();
    void copyPageText();

    PdfPagesView* pagesView() const { return m_pages; }
    ThumbnailPanel* thumbnailPanel() const { return m_thumbnails; }
    ThumbnailModel* thumbnailModel() const { return m_thumbnailModel; }
    SearchBar* searchBar() const { return m_searchBar; }
    // Null until the document is loaded.
    PageRenderer* pageRenderer() const { return m_pageRenderer; }
    PageRenderer* thumbnailRenderer() const { return m_thumbnailRenderer; }
    TextSearch* textSearch() const { return m_search; }

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    void createActions();
    QToolBar* createToolBar();
    void showDocument(const PdfLayoutInfo& info);
    void showError(const QString& message);
    void closeDocument();
    void enableDocumentActions(bool enabled);
    void wireSearch();
    void showSearchState();
    void showZoom();
    void showStatus(const QString& message);
    void copyText(int page, const QRectF& area, const QString& done);
    void saveZoom() const;

    QStackedWidget* m_stack;
    QLabel* m_message;
    QWidget* m_document; // the thumbnails and the pages
    PdfPagesView* m_pages;
    ThumbnailModel* m_thumbnailModel;
    ThumbnailPanel* m_thumbnails;
    SearchBar* m_searchBar;
    QSpinBox* m_pageBox = nullptr;
    QLabel* m_pageCount = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QLabel* m_status = nullptr;

    QAction* m_showThumbnails = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_fitWidth = nullptr;
    QAction* m_fitPage = nullptr;
    QAction* m_actualSize = nullptr;
    QAction* m_find = nullptr;
    QAction* m_findNext = nullptr;
    QAction* m_findPrevious = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_copyPage = nullptr;

    PageRenderer* m_pageRenderer = nullptr;
    PageRenderer* m_thumbnailRenderer = nullptr;
    TextSearch* m_search = nullptr;
    std::unique_ptr<PdfWorker> m_textWorker;
    QString m_error;
    QString m_pendingFind; // findFrom before the document was loaded
    int m_pendingFindPage = 0;
    int m_generation = 0; // which setPdf a finished load belongs to
};

} // namespace td::ui
