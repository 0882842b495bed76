#pragma once

#include "domain/tender.h"

#include <QSqlDatabase>

#include <optional>

namespace td {

// Reads whole tenders: the tender with its buyer, lots, criteria, hardware rules,
// clarifications, and every bid (vendor, hardware, breakdown) and award.
class TenderReader
{
public:
    explicit TenderReader(QSqlDatabase db);

    std::optional<Tender> byId(qint64 id) const;
    std::optional<Tender> byReference(const QString& reference) const;
    // The tender a bid was made to, with all its bids.
    std::optional<Tender> byBidId(qint64 bidId) const;
    qint64 count() const;
    qint64 bidCount() const;
    // The reference a new draft gets: TD-<year>-<the next six-digit number of that year>.
    QString nextReference(int year) const;

private:
    void readLots(Tender& t) const;
    void readCriteria(Tender& t) const;
    void readBidDocuments(Tender& t) const;
    void readExcluded(Tender& t) const;
    void readClarifications(Tender& t) const;
    void readBids(Tender& t) const;
    void readAwards(Tender& t) const;

    QSqlDatabase m_db;
};

} // namespace td
