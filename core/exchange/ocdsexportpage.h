#pragma once

#include "domain/organization.h"
#include "domain/tender.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace td {

// One page of the market as the OCDS export writes it.
struct OcdsExportPage
{
    // In id order, each with its lots, criteria, excluded accelerators, clarifications, bids
    // (without hardware lines or price breakdown, which OCDS does not publish) and awards.
    QList<Tender> tenders;
    QHash<qint64, Organization> organizations; // the buyers and the bidders, by id
    QHash<qint64, qint64> submissionOfBid;     // bids that came through a sealed submission
    QHash<qint64, QString> sealingKeyOfTender; // the fingerprint bids were sealed to
};

// Reads the tenders of the market a page at a time, by keyset on the tender id: each page with a
// fixed handful of queries (the tenders, then their lots, criteria, accelerators,
// clarifications, bids, awards, organisations and keys over the page's id range), so that the
// whole market streams through in bounded memory and in time linear in its size.
class OcdsExportPageReader
{
public:
    // Tenders published from `publishedFrom` (inclusive) to `publishedBefore` (exclusive); an
    // invalid time leaves that side open, and when both are open drafts (never published) are
    // read too.
    OcdsExportPageReader(QSqlDatabase db, const QDateTime& publishedFrom,
                         const QDateTime& publishedBefore, int pageSize);

    // How many tenders the pages hold in all.
    qint64 count() const;
    // The next page; empty after the last.
    OcdsExportPage next();

private:
    QString where() const;
    QVariantList whereValues() const;
    void readLots(OcdsExportPage& page, qint64 first, qint64 last);
    void readCriteria(OcdsExportPage& page, qint64 first, qint64 last);
    void readExcluded(OcdsExportPage& page, qint64 first, qint64 last);
    void readClarifications(OcdsExportPage& page, qint64 first, qint64 last);
    void readBids(OcdsExportPage& page, qint64 first, qint64 last);
    void readAwards(OcdsExportPage& page, qint64 first, qint64 last);
    void readKeys(OcdsExportPage& page, qint64 first, qint64 last);
    // The page's tender with this id; null for a tender in the page's id range that the dates
    // leave out.
    Tender* tender(OcdsExportPage& page, qint64 id) const;

    QSqlDatabase m_db;
    QDateTime m_from;
    QDateTime m_before;
    int m_pageSize;
    qint64 m_after = 0;
    QHash<qint64, qsizetype> m_index; // tender id -> its place in the page being read
};

} // namespace td
