#pragma once

#include <QString>
#include <QUrl>

namespace td {

enum class Engine
{
    Sqlite,
    Postgresql
};

// Where the database lives: an SQLite file (the embedded default) or a PostgreSQL server
// shared by a procurement centre. Parsed from --database, TENDERDESK_DATABASE or the default.
struct DatabaseLocation
{
    Engine engine = Engine::Sqlite;
    QString sqlitePath; // Engine::Sqlite
    QUrl serverUrl;     // Engine::Postgresql: postgresql://user[:password]@host[:port]/db

    // "postgresql://..." or "postgres://..." selects PostgreSQL; anything else is a file path.
    // Throws td::Error naming what is wrong with a malformed URL.
    static DatabaseLocation parse(const QString& spec);
    // --database if given, else $TENDERDESK_DATABASE, else the embedded default.
    static DatabaseLocation resolve(const QString& commandLineSpec);
    // AppDataLocation/tenderdesk.sqlite.
    static DatabaseLocation embeddedDefault();

    // For people and logs: the path, or the URL without its password.
    QString displayName() const;
};

} // namespace td
