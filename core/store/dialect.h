#pragma once

#include "databaselocation.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

namespace td {

// Everything that differs between SQLite and PostgreSQL, in one place. Migrations are written
// once with ${ID} and ${BLOB} placeholders; full-text search is the only real divergence.
class Dialect
{
public:
    explicit Dialect(Engine engine)
        : m_engine(engine)
    {}
    // The dialect of an open connection, for code handed a connection alone.
    static Dialect of(const QSqlDatabase& db);

    Engine engine() const { return m_engine; }
    QString driverName() const;

    // Replaces ${ID} (an auto-numbered primary key) and ${BLOB} in a migration statement.
    QString expand(QString statement) const;

    // Full-text index of tenders: its creation, how a document is written and matched.
    QStringList createTenderSearch() const;
    QString insertTenderSearch() const; // binds (tender id, searchDocument(...))
    // Binds (tender id, the searchDocument(...) it was written with): a contentless FTS5 index
    // forgets a row only when told the text it indexed.
    QString deleteTenderSearch() const;
    QString searchDocument(const QString& text) const;
    QString tenderIdsMatching() const; // a sub-select binding one query string
    QString countMatching() const;     // the number of matches, binding one query string
    QString queryText(const QString& userQuery) const; // the user's words in the engine's syntax

    // " NULLS FIRST" / " NULLS LAST" where the engine's default differs from SQLite's (NULL is
    // the smallest value): PostgreSQL sorts NULL as the largest.
    QString nullsLikeSqlite(Qt::SortOrder order) const;

    // Around a bulk load (the demo market): SQLite gets a page cache big enough that dirty
    // pages are not spilled and rewritten while the one big transaction runs, and keeps its
    // statement journals in memory.
    QStringList bulkLoadBegin() const;
    QStringList bulkLoadEnd() const;

    // Triggers that refuse every UPDATE and DELETE of a table's rows (published releases).
    QStringList refuseChanges(const QString& table) const;
    // After a table was rebuilt and its rows copied with their ids: the statements that make
    // the next generated id follow the highest copied one (SQLite does so by itself).
    QStringList continueIdsAfterCopy(const QString& table) const;

    // Taken before appending to the audit log so two desks cannot fork the hash chain.
    QString lockAuditLog() const;
    // Run first inside the transactions that write when a database is opened (a migration
    // step, the built-in catalogs), so that two programs opening one database take turns
    // and the second finds the work done. Empty where the write transaction serialises
    // already (SQLite's BEGIN IMMEDIATE).
    QString lockOpeningWrites() const;

    // How a transaction that may write begins: a statement, or empty for the driver's own
    // begin. SQLite's plain BEGIN (all that QSqlDatabase::transaction() sends) is deferred: it
    // asks for the write lock only at the first write, and in WAL mode a reader turning writer
    // while or after another program writes fails at once with "database is locked", without
    // waiting out the busy timeout. BEGIN IMMEDIATE takes the write lock first, and waits for
    // it as long as the busy timeout allows.
    QString beginWriteTransaction() const;
    // Whether a failed statement failed because another program held the lock it needed.
    bool isBusy(const QSqlError& error) const;

private:
    Engine m_engine;
};

} // namespace td
