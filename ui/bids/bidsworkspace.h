#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace td {
class Database;
class DatabaseWorker;
} // namespace td

namespace td::ui {

class BiddableTenderModel;
class BuyerDesk;
class VendorDesk;

// The Bids workspace: the tenders taking or past their bids on the left, own and imported
// (another buyer's, read-only); on the right the vendor's desk for an imported tender (the bid
// form, sealing) or the buyer's desk for one of this desk's own (receipt, opening, the bids,
// collusion signals). "Import tender package…" brings in another buyer's tender.
class BidsWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit BidsWorkspace(const Database& database, QWidget* parent = nullptr);
    ~BidsWorkspace() override;

    void reload();
    // Shows tender `tenderId` once the list has it.
    void selectTender(qint64 tenderId);
    void importPackage(const QString& zipPath);
    void chooseAndImport();

    QList<QAction*> workspaceActions() const;
    BiddableTenderModel* tenderModel() const { return m_model; }
    QListView* tenderList() const { return m_list; }
    VendorDesk* vendorDesk() const { return m_vendor; }
    BuyerDesk* buyerDesk() const { return m_buyer; }
    QStackedWidget* pages() const { return m_pages; }
    QLabel* emptyState() const { return m_empty; }
    bool isBusy() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    void tendersLoaded();
    void imported(qint64 tenderId);

private:
    void showCurrent();
    void showActions(const QList<QAction*>& actions);

    const Database& m_database;
    std::unique_ptr<DatabaseWorker> m_worker;
    BiddableTenderModel* m_model;
    QListView* m_list;
    QSplitter* m_splitter;
    QStackedWidget* m_pages;
    QLabel* m_empty;
    QLabel* m_banner;
    VendorDesk* m_vendor;
    BuyerDesk* m_buyer;
    QToolBar* m_toolBar;
    QAction* m_import;
    qint64 m_pendingSelection = 0;
};

} // namespace td::ui
