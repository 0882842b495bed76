#pragma once

#include "domain/bid.h"

#include <QAbstractTableModel>

namespace td::ui {

// The price breakdown of a bid, one row per kind (licences, hardware, deployment, annual
// service, other), each with its label and amount. An amount that is not money in the bid's
// currency is refused; an empty one is zero.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        LabelColumn,
        AmountColumn,
        ColumnCount
    };

    explicit BreakdownModel(QObject* parent = nullptr);

    // Sums the lines of each kind into its row, in `currency`.
    void setBreakdown(const QList<PriceItem>& items, const QString& currency);
    // One line per kind.
    QList<PriceItem> breakdown() const { return m_items; }
    Money sum() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    // A cell was changed by the user (not by setBreakdown).
    void edited();

private:
    QList<PriceItem> m_items;
    QString m_currency = QStringLiteral("CNY");
};

} // namespace td::ui
