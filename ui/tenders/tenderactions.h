#pragma once

#include "domain/organization.h"
#include "domain/tender.h"
#include "exchange/documentlanguage.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace td {
class Database;
class DatabaseWorker;
} // namespace td

namespace td::ui {

// What procurement staff do to the selected tender, as actions for the workspace's tool bar
// and the Tender menu: create from a template, edit a draft, publish, amend, clarifications,
// lifecycle moves, and the tender document and package. Each runs one core workflow step,
// says plainly why when it is refused, and asks the workspace to show the result.
class TenderActions : public QObject
{
    Q_OBJECT

public:
    TenderActions(const Database& database, QWidget* window);
    ~TenderActions() override;

    QList<QAction*> actions() const;
    QMenu* statusMenu() const { return m_statusMenu; }

    // The tender the actions apply to (the one shown in the detail pane), or none.
    void setCurrent(const std::optional<Tender>& tender);

    void newTender();
    void editCurrent();
    void publish(const QString& reference);
    void showClarifications();
    void exportDocument(DocumentLanguage language);
    // Prints the tender document in the interface's language and shows it in the PDF viewer.
    void readDocument();
    void exportPackage();

Q_SIGNALS:
    // The database changed: the tender with this id should be shown again.
    void tenderChanged(qint64 tenderId);

private:
    void updateEnabled();
    void fillStatusMenu();
    void moveTo(TenderStatus status);
    void openEditor(const Tender& tender, bool amendment);
    // Adds an organisation unless its code is known already (then returns that one).
    std::optional<Organization> addOrganization(Organization organization);
    // Runs `step`; a td::Error becomes a message box. True when it ran.
    template <typename Step> bool attempt(const QString& what, Step&& step);
    // Prints the current tender's document in `language` off the GUI thread (or, for another
    // buyer's tender, takes the one its package carried) and hands the PDF with the tender's
    // reference to `done`.
    void printDocument(DocumentLanguage language,
                       std::function<void(const QString& reference, const QByteArray& pdf)> done);

    const Database& m_database;
    QWidget* m_window;
    std::optional<Tender> m_current;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_publish;
    QAction* m_clarifications;
    QAction* m_status;
    QAction* m_documentChinese;
    QAction* m_documentEnglish;
    QAction* m_readDocument;
    QAction* m_package;
    QMenu* m_statusMenu;
    // Publication makes a key pair and derives the key that encrypts it: work for a thread of
    // its own, not the GUI's. Last member: it stops before the rest goes.
    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace td::ui
