#pragma once

#include "bidding/biddabletenders.h"

#include <QAbstractListModel>

namespace td::ui {

// The tenders of the Bids workspace's picker: reference and title, with the status, the bid
// deadline and, for an imported tender, that it is another buyer's and read-only here.
class BiddableTenderModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int TenderIdRole = Qt::UserRole + 1;
    static constexpr int ImportedRole = Qt::UserRole + 2;

    explicit BiddableTenderModel(QObject* parent = nullptr);

    void setTenders(const QList<BiddableTender>& tenders);
    const QList<BiddableTender>& tenders() const { return m_tenders; }
    int rowOf(qint64 tenderId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<BiddableTender> m_tenders;
};

} // namespace td::ui
