#pragma once

#include "domain/accelerator.h"
#include "domain/bidcontent.h"
#include "domain/tender.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace td::ui {

class BidDocumentsModel;
class BreakdownModel;
class ChoiceDelegate;
class HardwareLinesModel;

// The vendor's bid for one tender: lot, total price and its breakdown by kind, price per
// million tokens, the model offered, the hardware lines, the declared benchmark figures, the
// people and account named, and the documents. The bid is held as a BidContent; every edit is
// one step of the form's undo stack, and contentChanged() follows each edit, undo and redo.
class BidForm : public QWidget
{
    Q_OBJECT

public:
    explicit BidForm(QWidget* parent = nullptr);

    // The tender the bid is for (its lots and required documents) and the accelerator catalog.
    void setTender(const Tender& tender, const QList<Accelerator>& catalog);
    // Shows `content` as the starting point: the undo history is cleared.
    void setContent(const BidContent& content);
    const BidContent& content() const { return m_content; }
    QUndoStack* undoStack() const { return m_undo; }

    BreakdownModel* breakdownModel() const { return m_breakdown; }
    HardwareLinesModel* hardwareModel() const { return m_hardware; }
    BidDocumentsModel* documentsModel() const { return m_documents; }

    // Asks for the PDF of document `row` with a file dialog.
    void choosePdf(int row);

Q_SIGNALS:
    void contentChanged();

private:
    enum Field
    {
        LotField,
        TotalField,
        BreakdownField,
        PerMillionField,
        FamilyField,
        VersionField,
        ParametersField,
        LicenceField,
        QuantisationField,
        DeliversField,
        HardwareField,
        AccuracyField,
        ThroughputField,
        TtftField,
        TpotField,
        ManagerField,
        AccountField,
        DocumentsField
    };

    QWidget* createOfferGroup();
    QWidget* createModelGroup();
    QWidget* createHardwareGroup();
    QWidget* createBenchmarkGroup();
    QWidget* createDocumentsGroup();
    QLineEdit* textField(const QString& objectName, Field field,
                         const std::function<void(BidContent&, const QString&)>& write);
    QLineEdit* moneyField(const QString& objectName);
    // Pushes the edit made by `change` onto the undo stack (as one step with the edits of the
    // same field just before it).
    void edit(const QString& text, Field field, const std::function<void(BidContent&)>& change);
    void apply(const BidContent& content);
    void showContent();
    void showBreakdownSum();
    QString currency() const;

    Tender m_tender;
    BidContent m_content;
    QUndoStack* m_undo;
    bool m_showing = false;

    QComboBox* m_lot;
    QLineEdit* m_total;
    QLabel* m_currency;
    BreakdownModel* m_breakdown;
    QTableView* m_breakdownView;
    QLabel* m_breakdownSum;
    QLineEdit* m_perMillion;
    QLineEdit* m_family;
    QLineEdit* m_version;
    QLineEdit* m_parameters;
    QLineEdit* m_licence;
    QLineEdit* m_quantisation;
    QCheckBox* m_delivers;
    HardwareLinesModel* m_hardware;
    QTableView* m_hardwareView;
    ChoiceDelegate* m_acceleratorDelegate;
    QDoubleSpinBox* m_accuracy;
    QDoubleSpinBox* m_throughput;
    QSpinBox* m_ttft;
    QSpinBox* m_tpot;
    QLineEdit* m_manager;
    QLineEdit* m_account;
    BidDocumentsModel* m_documents;
    QTableView* m_documentsView;
    ChoiceDelegate* m_kindDelegate;
};

} // namespace td::ui
