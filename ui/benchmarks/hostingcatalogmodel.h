#pragma once

#include "catalogentriesmodel.h"
#include "domain/hosting.h"

#include <QStringList>

namespace td::ui {

// The hosting options as an editable table. The id is the key that cost assumptions refer to,
// so it is shown but not edited. Voucher cities are typed as a comma-separated list and must
// each name a voucher of the catalog.
class HostingCatalogModel : public CatalogEntriesModel<HostingOption>
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

protected:
    QVariant valueOf(const HostingOption& h, int column) const override;
    QString columnName(int column) const override;
    QString columnToolTip(int column) const override;
    bool isReadOnlyColumn(int column) const override;
    QVariant extraData(int row, int column, int role) const override;
    QString problem(int row, int column, const QVariant& value) const override;
    QVariant canonical(int column, const QVariant& value) const override;
    void write(int row, int column, const QVariant& value) override;
    QString cellName(int row, int column) const override;

private:
    QStringList m_knownCities;
};

} // namespace td::ui
