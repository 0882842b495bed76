#include "database.h"

#include "domain/error.h"
#include "migrations.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcStore, "tenderdesk.core.store", QtWarningMsg)

namespace td {
namespace {

// How long a change waits for another program's change to finish before it gives up.
constexpr int sqliteBusyTimeoutMs = 5000;

std::atomic<int> nextInstance{1};

} // namespace

Database::Database(DatabaseLocation location)
    : Database(std::move(location), Migrate::ToLatest)
{}

Database::Database(DatabaseLocation location, Migrate migrate)
    : m_location(std::move(location))
    , m_dialect(m_location.engine)
    , m_instance(nextInstance++)
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        throw Error(tr("The Qt SQL driver %1 is missing. Install libqt6sql6-sqlite and "
                       "libqt6sql6-psql (installer/setup.sh does).")
                        .arg(m_dialect.driverName()));
    if (m_location.engine == Engine::Sqlite) {
        const QFileInfo file(m_location.sqlitePath);
        if (!QDir().mkpath(file.absolutePath()))
            throw Error(tr("Cannot create the folder %1 for the database. Check that you may "
                           "write there, or choose another place with --database.")
                            .arg(file.absolutePath()));
    }
    QSqlDatabase db = connection();
    if (migrate == Migrate::ToLatest && schemaVersionOf(db) < latestSchemaVersion()) {
        qCInfo(lcStore) << "migrating" << m_location.displayName();
        td::migrate(db, m_dialect, latestSchemaVersion());
    }
}

Database::~Database()
{
    // This thread's connection; workers release theirs before their threads end.
    releaseThreadConnection();
}

int Database::schemaVersion() const
{
    return schemaVersionOf(connection());
}

QString Database::connectionName() const
{
    return QStringLiteral("tenderdesk-%1-%2")
        .arg(m_instance)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return openConnection(name);
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::openConnection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    if (m_location.engine == Engine::Sqlite) {
        db.setDatabaseName(m_location.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sqliteBusyTimeoutMs));
    } else {
        const QUrl& url = m_location.serverUrl;
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw Error(tr("Cannot open the database %1: %2. Check the path or address, and that "
                       "the server is running.")
                        .arg(m_location.displayName(), reason));
    }
    try {
        // The version comes first: a newer database must not be touched, not even by the
        // pragmas below (journal_mode=WAL rewrites the SQLite header).
        refuseNewerSchema(db);
        configure(db);
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw;
    }
    return db;
}

void Database::refuseNewerSchema(const QSqlDatabase& db) const
{
    int version = 0;
    try {
        // A file that is not SQLite opens fine and fails on its first read: read it now.
        if (m_location.engine == Engine::Sqlite)
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        version = schemaVersionOf(db);
    } catch (const Error&) {
        throw Error(tr("%1 is not a TenderDesk database (it could not be read as one). Choose "
                       "another file with --database.")
                        .arg(m_location.displayName()));
    }
    // Tables without a version are another program's, unless TenderDesk's first migration was
    // committed by another program between the two reads: it writes its tables and its version
    // together, so reading the version again after seeing the tables tells the two apart.
    if (m_location.engine == Engine::Sqlite && version == 0 && !db.tables().isEmpty())
        version = schemaVersionOf(db);
    if (m_location.engine == Engine::Sqlite && version == 0 && !db.tables().isEmpty())
        throw Error(tr("%1 is an SQLite database of another program. Choose another file with "
                       "--database; TenderDesk has not changed it.")
                        .arg(m_location.displayName()));
    if (version > latestSchemaVersion())
        throw Error(tr("The database %1 was written by a newer TenderDesk (schema version %2; "
                       "this TenderDesk knows up to %3). Update TenderDesk to open it. The "
                       "database has not been changed.")
                        .arg(m_location.displayName())
                        .arg(version)
                        .arg(latestSchemaVersion()));
}

// Writes only when the file is new: on a file in WAL mode already (which this connection
// knows since refuseNewerSchema read it) it changes nothing and takes no lock. On a new file
// it needs the file to itself, and SQLite does not wait for that lock: when another program
// is creating the same file at the same moment, try again for as long as a write would wait.
void Database::switchToWal(QSqlDatabase& db) const
{
    const QString statement = QStringLiteral("PRAGMA journal_mode = WAL");
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(statement))
            return;
        if (!Dialect::of(db).isBusy(query.lastError()) || waited.hasExpired(sqliteBusyTimeoutMs))
            break;
        QThread::msleep(20);
    }
    sql::execute(db, statement); // once more, to fail with the sentence every statement fails with
}

void Database::configure(QSqlDatabase& db) const
{
    if (m_location.engine == Engine::Sqlite) {
        sql::execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        switchToWal(db);
        sql::execute(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        sql::execute(db, QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB per connection
    } else {
        sql::execute(db, QStringLiteral("SET client_min_messages = warning"));
    }
}

} // namespace td
