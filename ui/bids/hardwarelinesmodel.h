#pragma once

#include "domain/bid.h"

#include <QAbstractTableModel>
#include <QHash>

namespace td::ui {

// The hardware lines of a bid: an accelerator of the catalog and how many. Refuses a model the
// catalog does not know and a count below one; says which lines are domestic.
class HardwareLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AcceleratorColumn,
        CountColumn,
        OriginColumn,
        ColumnCount
    };

    explicit HardwareLinesModel(QObject* parent = nullptr);

    // The catalog's models, each with whether it is domestic.
    void setCatalog(const QHash<QString, bool>& domesticByModel);
    void setLines(const QList<HardwareLine>& lines);
    QList<HardwareLine> lines() const { return m_lines; }

    // Adds a line of the first catalog model (or `model`) with a count of one.
    void addLine(const QString& model = {});
    void removeLine(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    void edited();

private:
    QList<HardwareLine> m_lines;
    QHash<QString, bool> m_domestic;
};

} // namespace td::ui
