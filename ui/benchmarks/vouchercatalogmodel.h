#pragma once

#include "catalogtablemodel.h"
#include "domain/hosting.h"

namespace td::ui {

// The compute vouchers as an editable table. The city is the key that hosting options and
// cost assumptions refer to, so it is shown but not edited.
class VoucherCatalogModel : public CatalogTableModel
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

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool isRowModified(int row) const override;
    void markSaved() override;
    QList<ComputeVoucher> modifiedEntries() const;
    const ComputeVoucher& entry(int row) const { return m_rows.at(row); }

protected:
    int entryCount() const override { return int(m_rows.size()); }
    QVariant editValue(int row, int column) const override;
    QVariant savedValue(int row, int column) const override;
    QString problem(int row, int column, const QVariant& value) const override;
    void write(int row, int column, const QVariant& value) override;
    QVariant canonical(int column, const QVariant& value) const override;
    QVariant displayValue(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;
    bool isReadOnlyColumn(int column) const override;
    QString cellName(int row, int column) const override;

private:
    QString columnName(int column) const;

    QList<ComputeVoucher> m_rows;
    QList<ComputeVoucher> m_saved;
};

} // namespace td::ui
