#include "documenthitsmodel.h"

#include "domain/codes.h"

namespace td::ui {

DocumentHitsModel::DocumentHitsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DocumentHitsModel::setHits(const QList<DocumentHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

QString DocumentHitsModel::placeText(const DocumentHit& hit)
{
    if (hit.field == QLatin1String("text"))
        return tr("Page %1").arg(hit.page);
    // The metadata keys readPdfFacts stores.
    if (hit.field == QLatin1String("author"))
        return tr("Author");
    if (hit.field == QLatin1String("creator"))
        return tr("Creator tool");
    if (hit.field == QLatin1String("producer"))
        return tr("PDF producer");
    if (hit.field == QLatin1String("title"))
        return tr("Title");
    if (hit.field == QLatin1String("subject"))
        return tr("Subject");
    if (hit.field == QLatin1String("keywords"))
        return tr("Keywords");
    if (hit.field == QLatin1String("creationDate"))
        return tr("Creation time");
    if (hit.field == QLatin1String("modificationDate"))
        return tr("Modification time");
    //: a PDF metadata field without a name of its own; %1 is its key
    return tr("Metadata: %1").arg(hit.field);
}

int DocumentHitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int DocumentHitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentHitsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentHit& hit = m_hits.at(index.row());
    if (role == MatchStartRole)
        return index.column() == PassageColumn ? QVariant(hit.matchStart) : QVariant();
    if (role == MatchLengthRole)
        return index.column() == PassageColumn ? QVariant(hit.matchLength) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == DocumentColumn) {
        const auto kind = parseCode<BidDocumentKind>(hit.kind);
        return kind ? nameOf(*kind) : hit.kind;
    }
    if (role == Qt::ToolTipRole && index.column() == PassageColumn)
        return hit.snippet;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case BidderColumn:
        return hit.vendor;
    case DocumentColumn:
        return hit.fileName;
    case PlaceColumn:
        return placeText(hit);
    case PassageColumn:
        return hit.snippet;
    default:
        return {};
    }
}

QVariant DocumentHitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BidderColumn:
        return tr("Bidder");
    case DocumentColumn:
        return tr("Document");
    case PlaceColumn:
        return tr("Where");
    case PassageColumn:
        return tr("Passage");
    default:
        return {};
    }
}

} // namespace td::ui
