#pragma once

#include "domain/accelerator.h"
#include "domain/organization.h"
#include "domain/tender.h"
#include "lifecycle/tendervalidation.h"

#include <QTabWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace td::ui {

class BidDocumentsPage;

// The fields of a tender, its lots and criteria, on five pages. The form shows a tender and
// turns what the user does into edits, each handed to the owner (the editor makes it an undo
// step and shows the result back); it never changes the tender itself.
class TenderForm : public QTabWidget
{
    Q_OBJECT

public:
    // text: the undo step's name; fieldId: consecutive edits of one field (typing) merge, -1
    // never; change: applies the edit to a copy of the tender.
    using Edit = std::function<void(const QString& text, int fieldId,
                                    const std::function<void(Tender&)>& change)>;

    // draft: everything may change; otherwise (an amendment) not the buyer, the publication
    // time or the time zone.
    TenderForm(bool draft, QList<Organization> buyers, QList<Accelerator> accelerators,
               QStringList benchmarkSuites, Edit edit, QWidget* parent = nullptr);

    void showTender(const Tender& tender);
    // What the user typed that is not yet a value (a ceiling that is not an amount...).
    QList<ValidationIssue> inputIssues() const;
    // Frames in red the fields that `issues` find in error.
    void markErrors(const QList<ValidationIssue>& issues);
    // The widget that edits a field named as validation names it ("title", "lots[2].budget").
    QWidget* fieldWidget(const QString& field) const;
    // Turns to the field's page and puts the cursor in it.
    void showField(const QString& field);

Q_SIGNALS:
    // Text was typed that is not a value yet: the owner validates again to say so.
    void inputChanged();

private:
    QWidget* buildGeneralPage();
    QWidget* buildTimelinePage();
    QWidget* buildLotsPage();
    QWidget* buildCriteriaPage();
    QWidget* buildRequirementsPage();
    void connectFields();
    void edit(const QString& text, int fieldId, const std::function<void(Tender&)>& change);
    void refreshWidgets();
    void refreshLots();
    void refreshCriteria();
    QDateTime fromEdit(const QDateTimeEdit* edit) const;
    void toEdit(QDateTimeEdit* edit, const QDateTime& utc) const;

    bool m_draft;
    QList<Organization> m_buyers;
    QList<Accelerator> m_accelerators;
    QStringList m_benchmarkSuites;
    Edit m_edit;
    Tender m_tender;           // as last shown
    bool m_refreshing = false; // showing a tender: the widgets' signals are not edits

    QLineEdit* m_reference = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_buyer = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_purchaseKind = nullptr;
    QComboBox* m_method = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_ceiling = nullptr;
    QComboBox* m_timeZone = nullptr;
    QDateTimeEdit* m_published = nullptr;
    QDateTimeEdit* m_clarificationDeadline = nullptr;
    QDateTimeEdit* m_bidDeadline = nullptr;
    QDateTimeEdit* m_opening = nullptr;
    QTableWidget* m_lots = nullptr;
    QTableWidget* m_criteria = nullptr;
    QLabel* m_weightSum = nullptr;
    QSpinBox* m_domesticShare = nullptr;
    QListWidget* m_excluded = nullptr;
    QLineEdit* m_tokensPerYear = nullptr;
    QSpinBox* m_concurrentUsers = nullptr;
    QSpinBox* m_peakRequests = nullptr;
    QSpinBox* m_sloTtft = nullptr;
    QSpinBox* m_sloTpot = nullptr;
    QDoubleSpinBox* m_sloAvailability = nullptr;
    QComboBox* m_suite = nullptr;
    BidDocumentsPage* m_bidDocuments = nullptr;
};

} // namespace td::ui
