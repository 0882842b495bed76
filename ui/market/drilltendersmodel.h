#pragma once

#include "analytics/marketreport.h"

#include <QAbstractTableModel>
#include <QList>

namespace td::ui {

// The tenders behind a clicked bar or point of a dashboard: reference, title, buyer, budget and
// publication day, newest first as drillDown() gives them.
class DrillTendersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reference,
        Title,
        Buyer,
        Budget,
        Published,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setTenders(const QList<analytics::DrillTender>& tenders);
    const analytics::DrillTender* tenderAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<analytics::DrillTender> m_tenders;
};

} // namespace td::ui
