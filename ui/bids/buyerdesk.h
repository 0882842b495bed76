#pragma once

#include "bidding/bidopening.h"
#include "bidding/bidreceipt.h"
#include "documents/pdfviewerwindow.h" // complete, for documentShown's meta type
#include "domain/tender.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace td {
class Database;
class DatabaseWorker;
class HtmlPdfPrinter;
} // namespace td

namespace td::ui {

class BackgroundTask;
class CollusionView;
class DocumentSearchView;
class OpenedBidsModel;
class SubmissionsModel;

// What became of one package handed to "Receive bid packages…".
struct ReceivedPackage
{
    QString path;
    ReceiptOutcome outcome;
    QString receiptJsonPath; // where the receipt was written for the vendor, when accepted
};

// The buyer's side of one of its own tenders: receiving bid packages (each taken with its
// receipt or refused with its reason), the packages received (no prices before the opening),
// the opening after the bid deadline, the bids it unsealed with their documents, the minutes,
// and the collusion signals between the bidders.
class BuyerDesk : public QWidget
{
    Q_OBJECT

public:
    BuyerDesk(const Database& database, QWidget* parent = nullptr);
    ~BuyerDesk() override;

    // What "now" is for the deadline, the receipt and the opening: the system clock unless a
    // test sets another.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setTender(qint64 tenderId);
    qint64 tenderId() const { return m_tender.id; }
    void reload() { setTender(m_tender.id); }

    QList<QAction*> deskActions() const;
    QAction* receiveAction() const { return m_receive; }
    QAction* openAction() const { return m_open; }
    QAction* minutesAction() const { return m_minutes; }
    QAction* searchAction() const { return m_searchDocuments; }
    SubmissionsModel* submissionsModel() const { return m_submissions; }
    OpenedBidsModel* bidsModel() const { return m_bids; }
    CollusionView* collusionView() const { return m_collusion; }
    DocumentSearchView* documentSearch() const { return m_search; }
    QTabWidget* tabs() const { return m_tabs; }
    QTreeView* bidsView() const { return m_bidsView; }
    QTableView* submissionsView() const { return m_submissionsView; }
    bool isBusy() const;

    // The steps behind the actions, after their dialogs: for the actions and for tests.
    void receive(const QStringList& paths);
    void openWith(const QByteArray& passphrase);
    void saveMinutes(const QString& outPath, bool english);
    // Opens a document in a viewer window; with a query, searching it from page `page`
    // (0-based).
    void showDocument(qint64 documentId, const QString& title, const QString& query = {},
                      int page = 0);
    // The document search, its query field ready (Ctrl+Shift+F).
    void startDocumentSearch();

    void chooseAndReceive();
    void askAndOpen();
    void chooseAndSaveMinutes();

Q_SIGNALS:
    void loaded();
    void received(const QList<td::ui::ReceivedPackage>& results);
    void opened(const td::OpeningResult& result);
    void minutesSaved(const QString& path);
    void documentShown(td::ui::PdfViewerWindow* window);
    void failed(const QString& message);

private:
    void showState();
    void report(const QString& title, const QString& text, bool warning);

    const Database& m_database;
    std::unique_ptr<DatabaseWorker> m_worker;
    BackgroundTask* m_task;
    QLabel* m_state;
    QTabWidget* m_tabs;
    SubmissionsModel* m_submissions;
    QTableView* m_submissionsView;
    OpenedBidsModel* m_bids;
    QTreeView* m_bidsView;
    CollusionView* m_collusion;
    DocumentSearchView* m_search;
    QAction* m_receive;
    QAction* m_open;
    QAction* m_minutes;
    QAction* m_searchDocuments;
    HtmlPdfPrinter* m_printer = nullptr;
    Tender m_tender;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    int m_generation = 0;
};

} // namespace td::ui
