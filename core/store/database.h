#pragma once

#include "databaselocation.h"
#include "dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace td {

// An open tender database. Opening checks the schema version first: a database written by a
// newer TenderDesk is refused and left exactly as it was; an older one is migrated.
// Each thread that uses the database gets its own connection (Qt SQL connections are bound to
// the thread that opened them): connection() opens it on first use in that thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(td::Database)

public:
    // Opens (creating an SQLite file if needed) and migrates to the latest schema.
    // Throws td::Error with a sentence for people when anything is wrong.
    explicit Database(DatabaseLocation location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens without migrating: for tests and tools that inspect old versions. Refuses a
    // newer-than-known version all the same.
    enum class Migrate
    {
        ToLatest,
        No
    };
    Database(DatabaseLocation location, Migrate migrate);

    const DatabaseLocation& location() const { return m_location; }
    const Dialect& dialect() const { return m_dialect; }
    int schemaVersion() const;

    // This thread's connection.
    QSqlDatabase connection() const;
    // Closes this thread's connection; worker threads call it before they end.
    void releaseThreadConnection() const;

private:
    QString connectionName() const;
    QSqlDatabase openConnection(const QString& name) const;
    void configure(QSqlDatabase& db) const;
    void switchToWal(QSqlDatabase& db) const;
    void refuseNewerSchema(const QSqlDatabase& db) const;

    DatabaseLocation m_location;
    Dialect m_dialect;
    int m_instance;
};

} // namespace td
