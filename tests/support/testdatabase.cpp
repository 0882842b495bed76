#include "testdatabase.h"

#include "store/sql.h"
#include "testenvironment.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace td::test {
namespace {

// Runs one statement on the server's maintenance database.
bool adminExec(const QString& serverUrl, const QString& statement, QString* error)
{
    const QUrl url(serverUrl);
    const QString name = QStringLiteral("tenderdesk-test-admin-%1")
                             .arg(QRandomGenerator::global()->generate64(), 0, 16);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

TestDatabase::TestDatabase(Engine engine)
    : m_engine(engine)
{
    if (engine == Engine::Sqlite) {
        m_location.engine = Engine::Sqlite;
        m_location.sqlitePath = m_dir.filePath(QStringLiteral("test.sqlite"));
        m_ready = m_dir.isValid();
        return;
    }
    m_serverUrl = postgresUrl(&m_error);
    if (m_serverUrl.isEmpty())
        return;
    m_name =
        QStringLiteral("tenderdesk_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    if (!adminExec(m_serverUrl, QStringLiteral("CREATE DATABASE %1").arg(m_name), &m_error))
        return;
    QUrl url(m_serverUrl);
    url.setPath(QLatin1Char('/') + m_name);
    m_location.engine = Engine::Postgresql;
    m_location.serverUrl = url;
    m_ready = true;
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (m_engine == Engine::Postgresql && m_ready)
        adminExec(m_serverUrl,
                  QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), nullptr);
}

Database& TestDatabase::open()
{
    if (!m_database)
        m_database = std::make_unique<Database>(m_location);
    return *m_database;
}

void TestDatabase::close()
{
    m_database.reset();
}

void dropChangeGuards(const Database& db, const QString& table)
{
    // The names Dialect::refuseChanges gives its triggers.
    const QStringList statements =
        db.dialect().engine() == Engine::Sqlite
            ? QStringList{QStringLiteral("DROP TRIGGER IF EXISTS %1_no_update"),
                          QStringLiteral("DROP TRIGGER IF EXISTS %1_no_delete")}
            : QStringList{QStringLiteral("DROP TRIGGER IF EXISTS %1_immutable ON %1")};
    for (const QString& statement : statements)
        sql::execute(db.connection(), statement.arg(table));
}

void addEngineRows()
{
    QTest::addColumn<Engine>("engine");
    QTest::newRow("sqlite") << Engine::Sqlite;
    QTest::newRow("postgresql") << Engine::Postgresql;
}

} // namespace td::test
