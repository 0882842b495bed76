#pragma once

#include "bidding/bidrepository.h"
#include "bidding/openedbiddocuments.h"

#include <QAbstractItemModel>

namespace td::ui {

// The bids the opening unsealed, as a tree: each bid (bidder, price, model, hardware, number of
// documents) with its documents beneath it (kind, file, pages). A document's id is its
// DocumentIdRole, to open it in the viewer.
class OpenedBidsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        BidderColumn,
        PriceColumn,
        ModelColumn,
        HardwareColumn,
        DocumentsColumn,
        ColumnCount
    };
    static constexpr int DocumentIdRole = Qt::UserRole + 1;

    explicit OpenedBidsModel(QObject* parent = nullptr);

    void setBids(const QList<OpenedBidRow>& bids, const QList<OpenedBidDocument>& documents);
    int bidCount() const { return int(m_bids.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant bidData(const OpenedBidRow& bid, int column, int role) const;
    QVariant documentData(const OpenedBidDocument& document, int column, int role) const;

    QList<OpenedBidRow> m_bids;
    QList<QList<OpenedBidDocument>> m_documents; // by bid, in m_bids' order
};

} // namespace td::ui
