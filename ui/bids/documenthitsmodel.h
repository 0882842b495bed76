#pragma once

#include "documents/documentsearch.h"

#include <QAbstractTableModel>

namespace td::ui {

// The places a search found in the opened bids' documents, one row each: the bidder, the
// document, where in it (a page, or a metadata field such as the author) and the passage
// around the match. Where the match lies in the passage is in MatchStartRole and
// MatchLengthRole, for the delegate that marks it.
class DocumentHitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BidderColumn,
        DocumentColumn,
        PlaceColumn,
        PassageColumn,
        ColumnCount
    };
    static constexpr int MatchStartRole = Qt::UserRole + 1;
    static constexpr int MatchLengthRole = Qt::UserRole + 2;

    explicit DocumentHitsModel(QObject* parent = nullptr);

    void setHits(const QList<DocumentHit>& hits);
    const QList<DocumentHit>& hits() const { return m_hits; }

    // "Page 3", or the metadata field's name ("Author").
    static QString placeText(const DocumentHit& hit);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DocumentHit> m_hits;
};

} // namespace td::ui
