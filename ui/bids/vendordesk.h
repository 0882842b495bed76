#pragma once

#include "bidding/bidchecks.h"
#include "bidding/identityrepository.h"
#include "domain/accelerator.h"
#include "domain/tender.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSplitter;

namespace td {
class Database;
class DatabaseWorker;
} // namespace td

namespace td::ui {

class BackgroundTask;
class BidChecksView;
class BidForm;

// The vendor's side of an imported tender: the bid form with its live checks under it, the
// draft kept as it is typed (and on Ctrl+S), the vendor's identity, sealing into a bid package
// and a signed withdrawal. Database and crypto work runs on the desk's worker.
class VendorDesk : public QWidget
{
    Q_OBJECT

public:
    VendorDesk(const Database& database, QWidget* parent = nullptr);
    ~VendorDesk() override;

    // Shows tender `tenderId` (its draft, or a new bid from its template).
    void setTender(qint64 tenderId);
    qint64 tenderId() const { return m_tender.id; }

    BidForm* form() const { return m_form; }
    BidChecksView* checksView() const { return m_checks; }
    QList<QAction*> deskActions() const;
    QAction* saveAction() const { return m_save; }
    QAction* sealAction() const { return m_seal; }
    QSplitter* splitter() const { return m_splitter; }
    const std::optional<StoredIdentity>& identity() const { return m_identity; }
    bool isBusy() const;

    // The steps behind the actions, after their dialogs: for the actions and for tests.
    void saveDraft();
    void makeIdentity(const QString& organization, const QString& uscc, CipherSuite suite,
                      const QByteArray& passphrase);
    void sealTo(const QString& outPath, const QByteArray& passphrase);
    void withdrawTo(const QString& outPath, const QByteArray& passphrase);

    void editIdentity();
    void seal();
    void withdraw();

Q_SIGNALS:
    void loaded();
    void draftSaved();
    void identityChanged();
    // A package was written (sealed or withdrawal), with its SHA-256.
    void packageWritten(const QString& path, const QString& sha256);
    void failed(const QString& message);

private:
    void runChecks();
    void refreshCost();
    void showMessage(const QString& title, const QString& text, bool warning);

    const Database& m_database;
    std::unique_ptr<DatabaseWorker> m_worker;
    BidForm* m_form;
    BidChecksView* m_checks;
    QLabel* m_status;
    QSplitter* m_splitter;
    BackgroundTask* m_task;
    QAction* m_identityAction;
    QAction* m_save;
    QAction* m_seal;
    QAction* m_withdraw;
    QAction* m_undo;
    QAction* m_redo;
    QTimer m_autosave;
    QTimer m_costTimer;
    Tender m_tender;
    QList<Accelerator> m_catalog;
    std::optional<StoredIdentity> m_identity;
    std::optional<CostToServe> m_cost;
    int m_generation = 0; // which setTender a loaded result belongs to
};

} // namespace td::ui
