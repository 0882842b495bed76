#pragma once

#include "domain/accelerator.h"
#include "domain/organization.h"
#include "domain/tender.h"
#include "lifecycle/tendervalidation.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QUndoStack;

namespace td::ui {

class DraftAutosave;

// The form in which procurement staff edit every field of a tender, its lots and criteria.
// It validates as they type (errors block publication, warnings do not), undoes and redoes
// every edit, autosaves the unsaved state every half minute, and asks before closing over
// unsaved changes. A draft is saved as it is; a published tender is saved as an amendment,
// with its reason. What "save" and "publish" do is the caller's (the workspace's) business.
class TenderForm;

class TenderEditor : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Draft,     // edit freely, save, publish
        Amendment, // save = publish an amendment with a reason
    };

    struct Choices
    {
        QList<Organization> buyers;
        QList<Accelerator> accelerators;
        QStringList benchmarkSuites;
        QString database; // names the database, so that autosaves of two never mix
    };

    // save(tender, reason) stores the edit and returns the tender as stored (an amendment may
    // have moved its deadlines), or nullopt after telling the user why it could not; reason is
    // empty for drafts.
    using Save = std::function<std::optional<Tender>(const Tender&, const QString& reason)>;

    TenderEditor(const Tender& tender, Mode mode, Choices choices, Save saveEdit,
                 QWidget* parent = nullptr);
    ~TenderEditor() override;

    const Tender& tender() const { return m_tender; }
    QList<ValidationIssue> issues() const { return m_issues; }
    QUndoStack* undoStack() const { return m_undo; }
    bool isModified() const;
    // Saves; in amendment mode asks for the reason first. True when saved.
    bool save();
    // Closes, asking first what to do with unsaved changes.
    void reject() override;
    // Writes the autosave file now (the timer does it every 30 s while there are changes).
    void autosaveNow();

Q_SIGNALS:
    // The user asked to publish the (saved) draft.
    void publishRequested(const QString& reference);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Every change goes through here: it becomes one undoable step.
    void edit(const QString& text, int fieldId, const std::function<void(Tender&)>& change);
    void apply(const Tender& tender); // sets the model and refreshes the widgets and checks
    void validate();
    void offerAutosavedChanges();
    bool confirmClose();

    Tender m_tender;
    Tender m_saved;
    Mode m_mode;
    Choices m_choices;
    Save m_save;
    QList<ValidationIssue> m_issues;
    QUndoStack* m_undo;
    QTimer* m_autosaveTimer;
    std::unique_ptr<DraftAutosave> m_autosave;

    TenderForm* m_form = nullptr;
    QListWidget* m_issueList = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_publishButton = nullptr;
};

} // namespace td::ui
