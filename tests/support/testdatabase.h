#pragma once

#include "store/database.h"

#include <QTemporaryDir>

#include <memory>

namespace td::test {

// A fresh, empty database for one test on either engine: an SQLite file in a temporary folder,
// or a new database on the fixture's PostgreSQL server, dropped again at the end.
class TestDatabase
{
public:
    explicit TestDatabase(Engine engine);
    ~TestDatabase();

    // False (with error()) when the engine is not available; tests QFAIL then, never skip.
    bool isReady() const { return m_ready; }
    const QString& error() const { return m_error; }
    const DatabaseLocation& location() const { return m_location; }

    // Opens it (migrating to the latest schema), keeping one instance for the test.
    Database& open();
    // Forgets the open instance so that the next open() reconnects.
    void close();

private:
    Engine m_engine;
    QTemporaryDir m_dir;
    QString m_serverUrl;
    QString m_name;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_database;
    bool m_ready = false;
    QString m_error;
};

// QTest data rows "sqlite" and "postgresql" with a column "engine".
void addEngineRows();

// Drops the triggers that keep `table` append-only (Dialect::refuseChanges), as anyone with
// write access to the database file or server can: for tests that tamper with the audit log or
// the releases to show that the tampering is caught all the same.
void dropChangeGuards(const Database& db, const QString& table);

} // namespace td::test

Q_DECLARE_METATYPE(td::Engine)
