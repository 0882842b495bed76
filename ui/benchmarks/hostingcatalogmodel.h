#pragma once

#include "catalogtablemodel.h"
#include "domain/hosting.h"

#include <QStringList>

namespace td::ui {

// The hosting options as an editable table. The id is the key that cost assumptions refer to,
// so it is shown but not edited. Voucher cities are typed as a comma-separated list and must
// each name a voucher of the catalog.
class HostingCatalogModel : public CatalogTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Name,
        NameEn,
        Hub,
        ElectricityPrice,
        Pue,
        VoucherCities,
        PriceSource,
        PriceDate,
        ColumnCount
    };

    HostingCatalogModel(const QList<HostingOption>& options, const QStringList& voucherCities,
                        QUndoStack* undo, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool isRowModified(int row) const override;
    void markSaved() override;
    QList<HostingOption> modifiedEntries() const;
    const HostingOption& entry(int row) const { return m_rows.at(row); }

protected:
    int entryCount() const override { return int(m_rows.size()); }
    QVariant editValue(int row, int column) const override;
    QVariant savedValue(int row, int column) const override;
    QString problem(int row, int column, const QVariant& value) const override;
    void write(int row, int column, const QVariant& value) override;
    QVariant canonical(int column, const QVariant& value) const override;
    QVariant extraData(int row, int column, int role) const override;
    bool isReadOnlyColumn(int column) const override;
    QString cellName(int row, int column) const override;

private:
    QString columnName(int column) const;

    QList<HostingOption> m_rows;
    QList<HostingOption> m_saved;
    QStringList m_knownCities;
};

} // namespace td::ui
