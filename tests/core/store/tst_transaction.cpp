// Transactions as writers, and opening that writes nothing: what lets two programs share one
// SQLite file without "database is locked".
#include "domain/error.h"
#include "store/acceleratorrepository.h"
#include "store/costcatalogrepository.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <future>
#include <thread>

using namespace td;

namespace {

// Another program's connection to the same SQLite file, with no busy timeout: where it would
// have to wait for a lock, it fails at once, which shows who holds the lock.
class OtherProgram
{
public:
    explicit OtherProgram(const QString& path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        db.open();
    }
    ~OtherProgram()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    OtherProgram(const OtherProgram&) = delete;
    OtherProgram& operator=(const OtherProgram&) = delete;

    // Runs one statement; the error, invalid when it succeeded.
    QSqlError run(const QString& statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.exec(statement);
        return query.lastError();
    }

private:
    QString m_name;
};

const QString beginImmediate = QStringLiteral("BEGIN IMMEDIATE");

// A table of the tests' own, beside the schema, that both engines and every program write.
void createNotes(const QSqlDatabase& db)
{
    sql::execute(db, QStringLiteral("CREATE TABLE notes (text TEXT NOT NULL)"));
}

const QString insertNote = QStringLiteral("INSERT INTO notes (text) VALUES ('另一个程序')");

qint64 noteCount(const QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM notes")).toLongLong();
}

void addNote(const QSqlDatabase& db, const QString& text)
{
    sql::run(db, QStringLiteral("INSERT INTO notes (text) VALUES (?)"), {text});
}

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitWritesRollbackForgets_data() { test::addEngineRows(); }
    void commitWritesRollbackForgets()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        createNotes(db);
        {
            Transaction transaction(db);
            addNote(db, QStringLiteral("国家电网有限公司"));
            transaction.commit();
        }
        QCOMPARE(noteCount(db), 1);
        {
            Transaction transaction(db);
            addNote(db, QStringLiteral("中国移动通信集团有限公司"));
        }
        QCOMPARE(noteCount(db), 1);
        // After a rollback the connection is out of any transaction: a new one begins.
        Transaction transaction(db);
        addNote(db, QStringLiteral("中国移动通信集团有限公司"));
        transaction.commit();
        QCOMPARE(noteCount(db), 2);
    }

    void sqliteTransactionHoldsTheWriteLockFromItsBegin()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& database = testDb.open();
        const QSqlDatabase db = database.connection();
        const OtherProgram other(testDb.location().sqlitePath);
        {
            // Before anything is read or written: a deferred BEGIN would hold no lock yet.
            Transaction transaction(db);
            const QSqlError refused = other.run(beginImmediate);
            QVERIFY2(database.dialect().isBusy(refused), qPrintable(refused.text()));
            // Readers are never held up by the writer (WAL).
            QVERIFY2(!other.run(QStringLiteral("SELECT count(*) FROM tenders")).isValid(),
                     "a reader waited for the writer");
        }
        // Rolled back: the lock is free again.
        QVERIFY(!other.run(beginImmediate).isValid());
        QVERIFY(!other.run(QStringLiteral("ROLLBACK")).isValid());
        {
            Transaction transaction(db);
            QVERIFY(database.dialect().isBusy(other.run(beginImmediate)));
            transaction.commit();
        }
        QVERIFY(!other.run(beginImmediate).isValid());
        QVERIFY(!other.run(QStringLiteral("ROLLBACK")).isValid());
    }

    void sqliteTransactionWaitsForAnotherWriter()
    {
        // The busy timeout applies to BEGIN IMMEDIATE: a transaction begun while another
        // program writes waits for it to finish instead of failing.
        test::TestDatabase testDb(Engine::Sqlite);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        createNotes(db);
        const QString path = testDb.location().sqlitePath;
        std::promise<bool> locked;
        std::thread writer([&path, &locked] {
            const OtherProgram other(path); // its own connection, in its own thread
            locked.set_value(!other.run(beginImmediate).isValid());
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            other.run(insertNote);
            other.run(QStringLiteral("COMMIT"));
        });
        const bool writerHoldsTheLock = locked.get_future().get();
        QString error;
        try {
            Transaction transaction(db);
            addNote(db, QStringLiteral("国家电网有限公司"));
            transaction.commit();
        } catch (const Error& e) {
            error = e.message();
        }
        writer.join();
        QVERIFY(writerHoldsTheLock);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(noteCount(db), 2);
    }

    void sqliteBusyPastTheTimeoutIsExplained()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        const OtherProgram other(testDb.location().sqlitePath);
        QVERIFY(!other.run(beginImmediate).isValid());
        try {
            Transaction transaction(db); // waits out the busy timeout, then gives up
            QFAIL("a transaction began while another program held the write lock");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("another program has been writing")),
                     qPrintable(e.message()));
            QVERIFY2(!e.message().contains(QLatin1String("locked")), qPrintable(e.message()));
        }
        QVERIFY(!other.run(QStringLiteral("ROLLBACK")).isValid());
    }

    void openingACompleteDatabaseWritesNothing()
    {
        // Another program writes throughout; opening a database that is current and has every
        // built-in catalog entry must not need the write lock, or it would wait and fail.
        test::TestDatabase testDb(Engine::Sqlite);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        {
            const QSqlDatabase first = testDb.open().connection();
            AcceleratorRepository::addBuiltInCatalog(first);
            CostCatalogRepository::addBuiltInCatalog(first);
            createNotes(first);
        }
        testDb.close();

        const OtherProgram other(testDb.location().sqlitePath);
        QVERIFY(!other.run(beginImmediate).isValid());
        QVERIFY(!other.run(insertNote).isValid());
        try {
            const Database database(testDb.location());
            QCOMPARE(database.schemaVersion(), latestSchemaVersion());
            AcceleratorRepository::addBuiltInCatalog(database.connection());
            CostCatalogRepository::addBuiltInCatalog(database.connection());
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message()));
        }
        QVERIFY(!other.run(QStringLiteral("COMMIT")).isValid());
    }

    void openingADatabaseThatLacksAnEntryAddsIt()
    {
        // The other side of reading first: what is missing is still written.
        test::TestDatabase testDb(Engine::Sqlite);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const QSqlDatabase db = testDb.open().connection();
        AcceleratorRepository::addBuiltInCatalog(db);
        CostCatalogRepository::addBuiltInCatalog(db);
        const QString model = AcceleratorRepository::builtInCatalog().constFirst().model;
        const QString hosting = CostCatalogRepository::builtInHostingOptions().constFirst().id;
        sql::run(db, QStringLiteral("DELETE FROM accelerators WHERE model = ?"), {model});
        sql::run(db, QStringLiteral("DELETE FROM hosting_voucher_cities WHERE hosting_id = ?"),
                 {hosting});
        sql::run(db, QStringLiteral("DELETE FROM hosting_options WHERE id = ?"), {hosting});
        AcceleratorRepository::addBuiltInCatalog(db);
        CostCatalogRepository::addBuiltInCatalog(db);
        QVERIFY(AcceleratorRepository(db).byModel(model));
        QVERIFY(CostCatalogRepository(db).hostingOption(hosting));
    }

    void programsOpeningANewFileTogetherMigrateItOnce_data() { test::addEngineRows(); }
    void programsOpeningANewFileTogetherMigrateItOnce()
    {
        // Each waits for the write lock of a step (on PostgreSQL, an advisory lock); the one
        // that waited finds the step taken, and the built-in catalogs added.
        QFETCH(Engine, engine);
        for (int round = 0; round < 5; ++round) {
            test::TestDatabase testDb(engine);
            QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
            const DatabaseLocation location = testDb.location();
            const auto open = [&location] {
                try {
                    const Database database(location);
                    // As both programs do on opening.
                    AcceleratorRepository::addBuiltInCatalog(database.connection());
                    CostCatalogRepository::addBuiltInCatalog(database.connection());
                    return QString();
                } catch (const Error& e) {
                    return e.message();
                }
            };
            std::future<QString> first = std::async(std::launch::async, open);
            std::future<QString> second = std::async(std::launch::async, open);
            const QString firstError = first.get();
            const QString secondError = second.get();
            QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
            QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
            const QSqlDatabase db = testDb.open().connection();
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                     latestSchemaVersion());
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM accelerators")).toInt(),
                     AcceleratorRepository::builtInCatalog().size());
        }
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
