#include "biddocumentsmodel.h"

#include <QFileInfo>

namespace td::ui {

BidDocumentsModel::BidDocumentsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BidDocumentsModel::setRequirements(const QList<BidDocumentRequirement>& requirements)
{
    beginResetModel();
    m_requirements = requirements;
    endResetModel();
}

void BidDocumentsModel::setDocuments(const QList<BidDocumentRef>& documents)
{
    if (documents == m_documents)
        return;
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

void BidDocumentsModel::addDocument()
{
    BidDocumentRef document;
    if (!m_requirements.isEmpty())
        document.kind = m_requirements.first().kind;
    beginInsertRows({}, int(m_documents.size()), int(m_documents.size()));
    m_documents.append(document);
    endInsertRows();
    Q_EMIT edited();
}

void BidDocumentsModel::removeDocument(int row)
{
    if (row < 0 || row >= m_documents.size())
        return;
    beginRemoveRows({}, row, row);
    m_documents.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

std::optional<BidDocumentRequirement> BidDocumentsModel::requirement(BidDocumentKind kind) const
{
    for (const BidDocumentRequirement& r : m_requirements)
        if (r.kind == kind)
            return r;
    return std::nullopt;
}

int BidDocumentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int BidDocumentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BidDocumentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const BidDocumentRef& document = m_documents[index.row()];
    const std::optional<BidDocumentRequirement> required = requirement(document.kind);
    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DisplayRole)
            return required && !required->title.isEmpty() ? required->title : nameOf(document.kind);
        if (role == Qt::EditRole)
            return codeOf(document.kind);
        break;
    case RequiredColumn:
        if (role == Qt::DisplayRole)
            return required && required->mandatory ? tr("Mandatory") : tr("Optional");
        break;
    case FileColumn:
        if (role == Qt::DisplayRole)
            return document.path.isEmpty() ? tr("No PDF chosen")
                                           : QFileInfo(document.path).fileName();
        if (role == Qt::EditRole || role == Qt::ToolTipRole)
            return document.path;
        break;
    default:
        break;
    }
    return {};
}

QVariant BidDocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Document");
    case RequiredColumn:
        return tr("Required");
    case FileColumn:
        return tr("PDF file");
    default:
        return {};
    }
}

Qt::ItemFlags BidDocumentsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == KindColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BidDocumentsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_documents.size())
        return false;
    BidDocumentRef& document = m_documents[index.row()];
    if (index.column() == KindColumn) {
        const std::optional<BidDocumentKind> kind = parseCode<BidDocumentKind>(value.toString());
        if (!kind || *kind == document.kind)
            return false;
        document.kind = *kind;
        Q_EMIT dataChanged(index, this->index(index.row(), RequiredColumn));
    } else if (index.column() == FileColumn) {
        const QString path = value.toString();
        if (path == document.path ||
            (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)))
            return false;
        document.path = path;
        Q_EMIT dataChanged(index, index);
    } else {
        return false;
    }
    Q_EMIT edited();
    return true;
}

} // namespace td::ui
