#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace td::ui {

class AcceleratorCatalogModel;
class CatalogTableModel;
class HostingCatalogModel;
class VoucherCatalogModel;

// Benchmarks > Accelerator catalog: the catalogs the cost model reads, one tab each
// (accelerators, hosting options, compute vouchers), every figure editable in place. Edits are
// checked as they are made, undone and redone with Ctrl+Z and Ctrl+Shift+Z across the tabs,
// and written by Save in one transaction, each with its audit entry: all of them or none.
// Closing with unsaved edits asks first.
class AcceleratorCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads the catalogs through `db` (a connection of the GUI thread: the catalogs are a few
    // dozen rows) and writes through it on Save.
    AcceleratorCatalogDialog(QSqlDatabase db, QWidget* parent = nullptr);
    ~AcceleratorCatalogDialog() override;

    bool hasUnsavedEdits() const;
    // Writes every edit; false after telling the user why nothing was written.
    bool save();

    // Cancel, Escape and the window's close button: asks first when edits are unsaved (the
    // close button comes here through QDialog::closeEvent).
    void reject() override;

private:
    QTableView* addTable(CatalogTableModel* model, const QString& objectName, const QString& title);
    void showProblem(const QString& message);
    void updateState();
    bool confirmClose();

    QSqlDatabase m_db;
    QUndoStack* m_undo;
    QTabWidget* m_tabs;
    QLabel* m_problem;
    QPushButton* m_saveButton;
    AcceleratorCatalogModel* m_accelerators = nullptr;
    HostingCatalogModel* m_hosting = nullptr;
    VoucherCatalogModel* m_vouchers = nullptr;
};

} // namespace td::ui
