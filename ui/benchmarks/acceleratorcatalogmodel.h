#pragma once

#include "catalogtablemodel.h"
#include "domain/accelerator.h"

namespace td::ui {

// The accelerator catalog as an editable table: one row per model, sorted as loaded. The model
// name is the key that bids and tenders refer to, so it is shown but not edited.
// Export-controlled models carry a warning icon and colour: a bid that declares one is a
// provenance risk.
class AcceleratorCatalogModel : public CatalogTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Model,
        Vendor,
        Domestic,
        ExcludedByDefault,
        ExportControlled,
        MemoryGb,
        PeakBf16,
        PeakInt8,
        PowerWatts,
        HourlyPrice,
        PriceSource,
        PriceDate,
        ColumnCount
    };

    AcceleratorCatalogModel(const QList<Accelerator>& accelerators, QUndoStack* undo,
                            QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool isRowModified(int row) const override;
    void markSaved() override;
    QList<Accelerator> modifiedEntries() const;
    const Accelerator& entry(int row) const { return m_rows.at(row); }

protected:
    int entryCount() const override { return int(m_rows.size()); }
    QVariant editValue(int row, int column) const override;
    QVariant savedValue(int row, int column) const override;
    QString problem(int row, int column, const QVariant& value) const override;
    void write(int row, int column, const QVariant& value) override;
    QVariant canonical(int column, const QVariant& value) const override;
    QVariant displayValue(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;
    bool isCheckColumn(int column) const override;
    bool isReadOnlyColumn(int column) const override;
    QString cellName(int row, int column) const override;

private:
    QString columnName(int column) const;

    QList<Accelerator> m_rows;
    QList<Accelerator> m_saved;
};

} // namespace td::ui
