#pragma once

#include "domain/bid.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace td {

// An opened bid as lists show it: what it offers and how many documents it carries.
struct OpenedBidRow
{
    qint64 bidId = 0;
    qint64 submissionId = 0;
    QString vendor;
    QString uscc;
    int lotNumber = 0;
    Money totalPrice;
    std::optional<Money> pricePerMillionTokens;
    QString model;
    bool deliversHardware = false;
    QList<HardwareLine> hardware;
    int documentCount = 0;
    BidStatus status = BidStatus::Valid;
};

// The bids that came out of a tender's opening (bids with a submission), by submission.
class BidRepository
{
public:
    explicit BidRepository(QSqlDatabase db);

    QList<OpenedBidRow> openedBids(qint64 tenderId) const;

private:
    QSqlDatabase m_db;
};

} // namespace td
