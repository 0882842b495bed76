#pragma once

#include "domain/codes.h"
#include "importreport.h"
#include "publishedrelease.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace td {
class Dialect;
}

namespace td::ocds {

// Writes published releases into the tender database: a process becomes a tender (reference:
// its ocid; origin: open data), its lots lots, its bids bids, its awards awards, the
// organisations they name organisations (matched by identifier scheme and id, else by name).
// A release of a process already in the database updates it with what the release states,
// leaving the rest as it was: applying a process's releases oldest first is OCDS's field-level
// merge. A release older than the one stored is skipped. Callers own the transaction.
class ProcessWriter
{
    Q_DECLARE_TR_FUNCTIONS(td::ocds::ProcessWriter)

public:
    ProcessWriter(QSqlDatabase db, const Dialect& dialect, qint64 importId, ImportSummary& summary);

    void write(const PublishedRelease& release);

private:
    struct StoredTender
    {
        qint64 id = 0;
        QString title;
        QString description;
        Money budget;
    };

    void warn(const PublishedRelease& r, qint64 line, const QString& field, const char* code,
              const QString& message);
    qint64 organization(const PublishedRelease& r, const PublishedOrganization& o,
                        OrganizationKind kind, const QString& field);
    qint64 buyer(const PublishedRelease& r);
    StoredTender create(const PublishedRelease& r);
    StoredTender update(const PublishedRelease& r, qint64 id);
    void writeLots(const PublishedRelease& r, const StoredTender& t);
    qint64 lotFor(const StoredTender& t, const QString& ocdsLotId);
    struct WrittenBid
    {
        qint64 id = 0;
        qint64 lot = 0;
    };
    QHash<QString, WrittenBid> writeBids(const PublishedRelease& r, const StoredTender& t);
    void writeAwards(const PublishedRelease& r, const StoredTender& t,
                     const QHash<QString, WrittenBid>& bids);
    std::optional<TenderStatus> status(const PublishedRelease& r, bool creating);
    qint64 idOf(QSqlQuery& query, const QVariantList& values);
    qint64 insertReturningId(QSqlQuery& query, const QVariantList& values);

    QSqlDatabase m_db;
    const Dialect& m_dialect;
    qint64 m_importId;
    ImportSummary& m_summary;
    QSet<qint64> m_createdTenders;
    QSet<qint64> m_updatedTenders;
    QHash<QString, qint64> m_organizations; // identity key -> id, for this file
    // For the release being written: whether its tender was just created (then it has no
    // lots, bids or awards to look up yet), and its lots by OCDS id ("" for the first).
    bool m_fresh = false;
    QHash<QString, qint64> m_lots;
    QSqlQuery m_findTender, m_insertTender, m_findOrgByIdentifier, m_findOrgByName, m_insertOrg;
    QSqlQuery m_findLot, m_firstLot, m_insertLot, m_findBid, m_insertBid, m_updateBid;
    QSqlQuery m_findAward, m_insertAward, m_updateAward, m_insertSearch;
};

} // namespace td::ocds
