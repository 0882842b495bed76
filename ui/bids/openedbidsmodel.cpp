#include "openedbidsmodel.h"

#include <QLocale>

namespace td::ui {

namespace {
// Internal ids: 0 for a bid row, the bid's row + 1 for its documents.
constexpr quintptr bidRow = 0;
} // namespace

OpenedBidsModel::OpenedBidsModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void OpenedBidsModel::setBids(const QList<OpenedBidRow>& bids,
                              const QList<OpenedBidDocument>& documents)
{
    beginResetModel();
    m_bids = bids;
    m_documents.clear();
    for (const OpenedBidRow& bid : bids) {
        QList<OpenedBidDocument> own;
        for (const OpenedBidDocument& d : documents)
            if (d.bidId == bid.bidId)
                own.append(d);
        m_documents.append(own);
    }
    endResetModel();
}

QModelIndex OpenedBidsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, bidRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex OpenedBidsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == bidRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, bidRow);
}

int OpenedBidsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_bids.size());
    if (parent.internalId() == bidRow && parent.column() == 0)
        return int(m_documents.value(parent.row()).size());
    return 0;
}

int OpenedBidsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant OpenedBidsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == bidRow)
        return bidData(m_bids.at(index.row()), index.column(), role);
    const int bid = int(index.internalId() - 1);
    return documentData(m_documents.at(bid).at(index.row()), index.column(), role);
}

QVariant OpenedBidsModel::bidData(const OpenedBidRow& bid, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == PriceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case BidderColumn:
        return bid.vendor;
    case PriceColumn:
        return bid.totalPrice.toDisplayString();
    case ModelColumn:
        return bid.model;
    case HardwareColumn: {
        QStringList lines;
        for (const HardwareLine& line : bid.hardware)
            lines.append(tr("%1 × %2").arg(line.acceleratorModel).arg(line.count));
        return lines.join(QStringLiteral(", "));
    }
    case DocumentsColumn:
        return tr("%n document(s)", nullptr, bid.documentCount);
    default:
        return {};
    }
}

QVariant OpenedBidsModel::documentData(const OpenedBidDocument& document, int column,
                                       int role) const
{
    if (role == DocumentIdRole)
        return document.id;
    if (role == Qt::ToolTipRole)
        return tr("Double-click to read it.");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case BidderColumn:
        return nameOf(document.kind);
    case ModelColumn:
        return document.fileName;
    case DocumentsColumn:
        return tr("%n page(s)", nullptr, document.pageCount);
    default:
        return {};
    }
}

QVariant OpenedBidsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BidderColumn:
        return tr("Bidder");
    case PriceColumn:
        return tr("Total price");
    case ModelColumn:
        return tr("Model");
    case HardwareColumn:
        return tr("Hardware");
    case DocumentsColumn:
        return tr("Documents");
    default:
        return {};
    }
}

} // namespace td::ui
