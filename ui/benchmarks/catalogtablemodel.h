#pragma once

#include <QAbstractTableModel>

class QUndoStack;

namespace td::ui {

// What the three tables of the catalog editor share: every cell edit is checked first (a
// refused one says why through editRefused and changes nothing), then pushed on the editor's
// undo stack, so that one Ctrl+Z undoes the last edit whichever table it was made in. Cells
// that differ from what was loaded are shown in bold, with the loaded value in their tool tip.
// CatalogEntriesModel holds the entries; its subclasses say what each column is.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    CatalogTableModel(int columns, QUndoStack* undo, QObject* parent);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Whether the row differs from what was loaded or last saved.
    virtual bool isRowModified(int row) const = 0;
    bool isModified() const;
    // What is shown is now what is stored.
    virtual void markSaved() = 0;

    // Writes a value that passed problem() into the cell; the undo commands call it.
    void apply(int row, int column, const QVariant& value);

Q_SIGNALS:
    void editRefused(const QString& message);
    void edited();

protected:
    virtual int entryCount() const = 0;
    // The column's header, also used in cellName(); and what its header's tool tip explains,
    // nothing by default.
    virtual QString columnName(int column) const = 0;
    virtual QString columnToolTip(int column) const;
    // The value an editor starts from (text, number or bool), of the entry as it is now and as
    // it was loaded.
    virtual QVariant editValue(int row, int column) const = 0;
    virtual QVariant savedValue(int row, int column) const = 0;
    // Empty when `value` may go into the cell, else a sentence saying why not.
    virtual QString problem(int row, int column, const QVariant& value) const = 0;
    virtual void write(int row, int column, const QVariant& value) = 0;
    // The one way of writing an accepted value ("14.4" -> "14.40"), so that typing what is
    // already there is no edit. The value itself by default.
    virtual QVariant canonical(int column, const QVariant& value) const;
    // Text shown in the cell; the edit value by default.
    virtual QVariant displayValue(int row, int column) const;
    // Further roles: decoration, colour, tool tip of a cell. Invalid: none.
    virtual QVariant extraData(int row, int column, int role) const;
    virtual bool isCheckColumn(int column) const;
    virtual bool isReadOnlyColumn(int column) const;
    // "the hourly price of NVIDIA H800": names the cell in the undo history.
    virtual QString cellName(int row, int column) const = 0;
    // Emits dataChanged for every cell whose look depends on the row being modified.
    void rowChanged(int row);
    bool isCell(const QModelIndex& index) const;

private:
    int m_columns;
    QUndoStack* m_undo;
};

} // namespace td::ui
