#pragma once

#include "catalogentriesmodel.h"
#include "domain/hosting.h"

namespace td::ui {

// The compute vouchers as an editable table. The city is the key that hosting options and
// cost assumptions refer to, so it is shown but not edited.
class VoucherCatalogModel : public CatalogEntriesModel<ComputeVoucher>
{
    Q_OBJECT

public:
    enum Column
    {
        City,
        Name,
        NameEn,
        SubsidyPercent,
        Cap,
        Eligibility,
        Source,
        Date,
        ColumnCount
    };

    VoucherCatalogModel(const QList<ComputeVoucher>& vouchers, QUndoStack* undo,
                        QObject* parent = nullptr);

protected:
    QVariant valueOf(const ComputeVoucher& v, int column) const override;
    QString columnName(int column) const override;
    QString columnToolTip(int column) const override;
    bool isReadOnlyColumn(int column) const override;
    QVariant displayValue(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;
    QString problem(int row, int column, const QVariant& value) const override;
    QVariant canonical(int column, const QVariant& value) const override;
    void write(int row, int column, const QVariant& value) override;
    QString cellName(int row, int column) const override;
};

} // namespace td::ui
