#pragma once

#include "catalogentriesmodel.h"
#include "domain/accelerator.h"

namespace td::ui {

// The accelerator catalog as an editable table: one row per model, sorted as loaded. The model
// name is the key that bids and tenders refer to, so it is shown but not edited.
// Export-controlled models carry a warning icon and colour: a bid that declares one is a
// provenance risk.
class AcceleratorCatalogModel : public CatalogEntriesModel<Accelerator>
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
        PurchasePrice,
        PurchasePriceSource,
        PurchasePriceDate,
        ServiceLifeYears,
        ColumnCount
    };

    AcceleratorCatalogModel(const QList<Accelerator>& accelerators, QUndoStack* undo,
                            QObject* parent = nullptr);

protected:
    QVariant valueOf(const Accelerator& a, int column) const override;
    QString columnName(int column) const override;
    QString columnToolTip(int column) const override;
    bool isCheckColumn(int column) const override;
    bool isReadOnlyColumn(int column) const override;
    QVariant displayValue(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;
    QString problem(int row, int column, const QVariant& value) const override;
    QVariant canonical(int column, const QVariant& value) const override;
    void write(int row, int column, const QVariant& value) override;
    QString cellName(int row, int column) const override;
};

} // namespace td::ui
