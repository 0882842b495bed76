#include "domain/error.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QTest>

using namespace td;

namespace {

// Tables and their columns, as the engine reports them: two databases with the same
// description have the same schema.
QStringList describeSchema(const QSqlDatabase& db)
{
    QStringList out;
    QStringList tables = db.tables();
    tables.sort();
    for (const QString& table : tables) {
        if (table.startsWith(QLatin1String("tender_search_"))) // FTS5's own shadow tables
            continue;
        const QSqlRecord record = db.record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        out.append(table + QLatin1Char('(') + columns.join(QLatin1Char(',')) + QLatin1Char(')'));
    }
    return out;
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsLatest_data() { test::addEngineRows(); }
    void freshDatabaseIsLatest()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        const QStringList tables = db.connection().tables();
        for (const char* table :
             {"organizations", "tenders", "lots", "criteria", "clarifications", "documents", "bids",
              "bid_hardware_lines", "bid_price_items", "evaluators", "scores", "awards",
              "benchmark_runs", "benchmark_samples", "accelerators", "audit_log",
              "tender_excluded_accelerators", "tender_search", "schema_version"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        // Version 4: the cost catalogs and the cost assumptions of bids.
        for (const char* table : {"hosting_options", "compute_vouchers", "hosting_voucher_cities",
                                  "bid_cost_assumptions"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        // Opening again is a no-op.
        testDb.close();
        QCOMPARE(testDb.open().schemaVersion(), latestSchemaVersion());
    }

    void upgradeFromEveryEarlierVersion_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<int>("from");
        // Every version a database can be at: none, then each step but the last. Steps are
        // numbered by version; the list may skip a number while a step is written elsewhere.
        QList<int> versions{0};
        for (const Migration& step : migrations())
            versions.append(step.version);
        versions.removeLast();
        for (int from : std::as_const(versions)) {
            QTest::addRow("sqlite from v%d", from) << Engine::Sqlite << from;
            QTest::addRow("postgresql from v%d", from) << Engine::Postgresql << from;
        }
    }
    void upgradeFromEveryEarlierVersion()
    {
        QFETCH(Engine, engine);
        QFETCH(int, from);
        test::TestDatabase old(engine);
        QVERIFY2(old.isReady(), qPrintable(old.error()));
        {
            Database db(old.location(), Database::Migrate::No);
            migrate(db.connection(), db.dialect(), from);
            QCOMPARE(db.schemaVersion(), from);
        }
        test::TestDatabase fresh(engine);
        QVERIFY2(fresh.isReady(), qPrintable(fresh.error()));
        Database& upgraded = old.open();
        QCOMPARE(upgraded.schemaVersion(), latestSchemaVersion());
        QCOMPARE(describeSchema(upgraded.connection()), describeSchema(fresh.open().connection()));
        // Every step is recorded once.
        QCOMPARE(sql::scalar(upgraded.connection(),
                             QStringLiteral("SELECT count(*) FROM schema_version"))
                     .toInt(),
                 int(migrations().size()));
    }

    void dataSurvivesTheUpgrade_data() { test::addEngineRows(); }
    void dataSurvivesTheUpgrade()
    {
        // A tender written by version 1 (as its SQL wrote it) reads back whole at the latest.
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        {
            Database v1(testDb.location(), Database::Migrate::No);
            migrate(v1.connection(), v1.dialect(), 1);
            const QSqlDatabase db = v1.connection();
            sql::run(db, QStringLiteral("INSERT INTO organizations (name, short_name, uscc, kind) "
                                        "VALUES ('国家电网有限公司', '国家电网', "
                                        "'91110108551385082Q', 'centralSoe')"));
            sql::run(db,
                     QStringLiteral("INSERT INTO tenders (reference, title, buyer_id, category, "
                                    "procurement_method, budget_minor, status, tokens_per_year, "
                                    "created_at, updated_at) VALUES ('OLD-1', '旧项目', 1, "
                                    "'knowledgeAssistant', 'openTender', 123456789, 'complete', "
                                    "5000000000, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"));
            sql::run(db, QStringLiteral("INSERT INTO lots (tender_id, number, title, "
                                        "budget_minor, currency) VALUES (1, 1, '第1包', "
                                        "123456789, 'CNY')"));
        }
        Database& upgraded = testDb.open();
        QCOMPARE(upgraded.schemaVersion(), latestSchemaVersion());
        const std::optional<Tender> t =
            TenderReader(upgraded.connection()).byReference(QStringLiteral("OLD-1"));
        QVERIFY(t);
        QCOMPARE(t->title, QStringLiteral("旧项目"));
        QCOMPARE(t->budgetCeiling, Money::yuan(123456789));
        QCOMPARE(t->workload.contractedTokensPerYear, 5'000'000'000);
        QCOMPARE(t->lots.size(), 1);
        QCOMPARE(t->benchmarkSuite, QString()); // added by version 2, empty for old tenders
        // Added by version 8: tenders stored before were treated as services, and stay so.
        QCOMPARE(t->purchaseKind, PurchaseKind::Services);
    }

    void newerDatabaseIsRefusedAndUntouched_data() { test::addEngineRows(); }
    void newerDatabaseIsRefusedAndUntouched()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const int newer = latestSchemaVersion() + 1;
        {
            Database& db = testDb.open();
            sql::run(db.connection(),
                     QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, "
                                    "'2030-01-01T00:00:00Z')"),
                     {newer});
            testDb.close();
        }
        QByteArray before;
        if (engine == Engine::Sqlite)
            before = fileDigest(testDb.location().sqlitePath);
        try {
            Database refused(testDb.location());
            QFAIL("a database newer than the app was opened");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("newer TenderDesk")),
                     qPrintable(e.message()));
            QVERIFY(e.message().contains(QString::number(newer)));
            QVERIFY(e.message().contains(QLatin1String("has not been changed")));
        }
        if (engine == Engine::Sqlite)
            QCOMPARE(fileDigest(testDb.location().sqlitePath), before);
        // Even opening it for inspection only is refused.
        QVERIFY_THROWS_EXCEPTION(Error, Database(testDb.location(), Database::Migrate::No));
    }

    void foreignFilesAreRefused()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        const QString path = testDb.location().sqlitePath;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is a spreadsheet, not a database\n");
        }
        const QByteArray before = fileDigest(path);
        QVERIFY_THROWS_EXCEPTION(Error, Database{testDb.location()});
        QCOMPARE(fileDigest(path), before);
        try {
            Database refused(testDb.location());
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("not a TenderDesk database")),
                     qPrintable(e.message()));
        }
    }

    void otherSqliteDatabasesAreRefused()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        {
            Database raw(testDb.location(), Database::Migrate::No);
            sql::run(raw.connection(), QStringLiteral("CREATE TABLE photos (id INTEGER)"));
        }
        try {
            Database refused(testDb.location());
            QFAIL("another program's database was opened");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("another program")),
                     qPrintable(e.message()));
        }
    }

    void failedStepRollsBack()
    {
        // A step that fails half-way leaves the previous version, with none of its tables.
        test::TestDatabase testDb(Engine::Sqlite);
        Database db(testDb.location(), Database::Migrate::No);
        sql::run(db.connection(), QStringLiteral("CREATE TABLE lots (clash INTEGER)"));
        QVERIFY_THROWS_EXCEPTION(Error, migrate(db.connection(), db.dialect(), 1));
        QCOMPARE(schemaVersionOf(db.connection()), 0);
        QVERIFY(!db.connection().tables().contains(QStringLiteral("tenders")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
