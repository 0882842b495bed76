#pragma once

#include "domain/bidcontent.h"
#include "domain/tender.h"

#include <QAbstractTableModel>

namespace td::ui {

// The documents a bid carries: the kind (one the tender lists), whether the tender makes it
// mandatory, and the PDF on this desk. A path that does not end in .pdf is refused.
class BidDocumentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        RequiredColumn,
        FileColumn,
        ColumnCount
    };

    explicit BidDocumentsModel(QObject* parent = nullptr);

    void setRequirements(const QList<BidDocumentRequirement>& requirements);
    const QList<BidDocumentRequirement>& requirements() const { return m_requirements; }
    void setDocuments(const QList<BidDocumentRef>& documents);
    QList<BidDocumentRef> documents() const { return m_documents; }

    // Adds a document of the first kind the tender lists (technical without a list).
    void addDocument();
    void removeDocument(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    void edited();

private:
    std::optional<BidDocumentRequirement> requirement(BidDocumentKind kind) const;

    QList<BidDocumentRequirement> m_requirements;
    QList<BidDocumentRef> m_documents;
};

} // namespace td::ui
