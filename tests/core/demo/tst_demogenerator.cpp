#include "demo/demogenerator.h"
#include "demo/marketcatalog.h"
#include "demo/tenderfactory.h"
#include "domain/error.h"
#include "domain/hardwarerules.h"
#include "domain/uscc.h"
#include "store/acceleratorrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlRecord>
#include <QTest>

using namespace td;

namespace {

// A digest of everything the generator decides (not the wall-clock bookkeeping columns).
QByteArray marketDigest(const Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList statements = {
        QStringLiteral("SELECT name, short_name, uscc, kind FROM organizations ORDER BY id"),
        QStringLiteral("SELECT reference, title, buyer_id, category, procurement_method, "
                       "description, budget_minor, published_at, bid_deadline, status, "
                       "min_domestic_share_percent, tokens_per_year, purchase_kind FROM tenders "
                       "ORDER BY id"),
        QStringLiteral("SELECT tender_id, number, budget_minor FROM lots ORDER BY id"),
        QStringLiteral("SELECT tender_id, code, weight FROM criteria ORDER BY id"),
        QStringLiteral("SELECT tender_id, lot_id, vendor_id, submitted_at, total_price_minor, "
                       "model_offered, status FROM bids ORDER BY id"),
        QStringLiteral("SELECT bid_id, accelerator_model, unit_count FROM bid_hardware_lines "
                       "ORDER BY bid_id, accelerator_model"),
        QStringLiteral("SELECT tender_id, bid_id, amount_minor FROM awards ORDER BY id")};
    for (const QString& statement : statements) {
        QSqlQuery q = sql::run(db.connection(), statement);
        const int columns = q.record().count();
        while (q.next())
            for (int i = 0; i < columns; ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
    }
    return hash.result();
}

qint64 count(const Database& db, const QString& statement)
{
    return sql::scalar(db.connection(), statement).toLongLong();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameMarket()
    {
        test::TestDatabase a(Engine::Sqlite), b(Engine::Sqlite), c(Engine::Sqlite);
        demo::DemoGenerator(a.open(), demo::DemoOptions{42, 120, 2024}).run();
        demo::DemoGenerator(b.open(), demo::DemoOptions{42, 120, 2024}).run();
        demo::DemoGenerator(c.open(), demo::DemoOptions{43, 120, 2024}).run();
        QCOMPARE(marketDigest(a.open()), marketDigest(b.open()));
        QVERIFY(marketDigest(a.open()) != marketDigest(c.open()));
    }

    void scalingKeepsTheFirstTenders()
    {
        // Tender i does not depend on how many come after it: a big market extends a small one.
        const demo::MarketCatalog catalog = demo::MarketCatalog::builtIn();
        demo::MarketIds ids;
        for (qsizetype i = 0; i < catalog.buyers.size(); ++i)
            ids.buyers.append(i + 1);
        for (qsizetype i = 0; i < catalog.vendors.size(); ++i)
            ids.vendors.append(100 + i);
        const demo::TenderFactory factory(catalog, ids, 9, 2024);
        QCOMPARE(factory.make(17).title, factory.make(17).title);
        QCOMPARE(factory.make(17).bids.size(), factory.make(17).bids.size());
        QVERIFY(factory.make(17).reference != factory.make(18).reference);
    }

    void defaultMarketFollowsTheDomainFigures()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        const demo::DemoSummary summary = demo::DemoGenerator(db, demo::DemoOptions{}).run();
        QCOMPARE(summary.tenders, 931);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders")), 931);
        // Every tender was published in 2024 (China Standard Time) by a central SOE.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE published_at < "
                                          "'2023-12-31T16:00:00Z' OR published_at >= "
                                          "'2024-12-31T16:00:00Z'")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders t JOIN organizations o "
                                          "ON o.id = t.buyer_id WHERE o.kind <> 'centralSoe'")),
                 0);
        // Each tender names the accuracy suite of its category, so its bids can be benchmarked.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE benchmark_suite = "
                                          "CASE category WHEN 'knowledgeAssistant' THEN "
                                          "'knowledge-qa-v1' WHEN 'codeGeneration' THEN "
                                          "'code-generation-v1' WHEN 'dataAnalysis' THEN "
                                          "'data-analysis-v1' WHEN 'processAutomation' THEN "
                                          "'process-automation-v1' END")),
                 931);
        // About 72% knowledge assistants, then code generation, data analysis, automation.
        const double knowledge = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                          "category = 'knowledgeAssistant'")) /
                                 931.0;
        QVERIFY2(knowledge > 0.67 && knowledge < 0.77, qPrintable(QString::number(knowledge)));
        const qint64 code = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                     "category = 'codeGeneration'"));
        const qint64 automation = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                           "category = 'processAutomation'"));
        QVERIFY(code > automation && automation > 0);
        // What the tenders buy: mostly goods and services (every tender with a hardware lot),
        // then services, and a few appliances bought as goods.
        const qint64 both = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                     "purchase_kind = 'goodsAndServices'"));
        const qint64 services = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                         "purchase_kind = 'services'"));
        const qint64 goods = count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE "
                                                      "purchase_kind = 'goods'"));
        QCOMPARE(both + services + goods, 931);
        QVERIFY(both > services && services > goods && goods > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders t WHERE purchase_kind <> "
                                          "'goodsAndServices' AND (SELECT count(*) FROM lots l "
                                          "WHERE l.tender_id = t.id) > 1")),
                 0);
        // 3 to 12 bids per tender, from 25 or more vendors.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT tender_id, count(*) AS n "
                                          "FROM bids GROUP BY tender_id) x WHERE n < 3 OR n > "
                                          "12")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT tender_id) FROM bids")), 931);
        QVERIFY(count(db, QStringLiteral("SELECT count(DISTINCT vendor_id) FROM bids")) >= 25);
        const double bidsPerTender = double(summary.bids) / 931.0;
        QVERIFY2(bidsPerTender > 7.0 && bidsPerTender < 9.0,
                 qPrintable(QString::number(bidsPerTender)));
        // Criteria weights sum to 100 in every tender.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT tender_id, sum(weight) "
                                          "AS w FROM criteria GROUP BY tender_id) x WHERE w <> "
                                          "100")),
                 0);
        // Some bids far below the lot budget: the loss-making wins analysts look for.
        const qint64 belowHalf = count(db, QStringLiteral("SELECT count(*) FROM bids b JOIN lots "
                                                          "l ON l.id = b.lot_id WHERE "
                                                          "b.total_price_minor * 2 < "
                                                          "l.budget_minor"));
        QVERIFY(belowHalf > 50 && belowHalf < summary.bids / 5);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM awards a JOIN lots l ON l.id = "
                                         "a.lot_id WHERE a.amount_minor * 2 < l.budget_minor")) >
                0);
        // Hardware mixes: domestic and foreign accelerators, some excluded models declared.
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM bid_hardware_lines h JOIN "
                                         "accelerators a ON a.model = h.accelerator_model WHERE "
                                         "a.domestic = 1")) > summary.bids / 2);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM bid_hardware_lines h JOIN "
                                         "accelerators a ON a.model = h.accelerator_model WHERE "
                                         "a.domestic = 0")) > 100);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM bid_hardware_lines WHERE "
                                         "accelerator_model = 'NVIDIA H20'")) > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM bid_hardware_lines h LEFT JOIN "
                                          "accelerators a ON a.model = h.accelerator_model "
                                          "WHERE a.model IS NULL")),
                 0);
        // Outcomes: mostly complete, some cancelled and unsuccessful; awards go to valid bids.
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE status = "
                                         "'complete'")) > 600);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM tenders WHERE status = "
                                         "'cancelled'")) > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM awards a JOIN bids b ON b.id = "
                                          "a.bid_id WHERE b.status <> 'valid' OR b.lot_id <> "
                                          "a.lot_id")),
                 0);
        // Organisations carry valid unified social credit codes.
        QSqlQuery codes =
            sql::run(db.connection(), QStringLiteral("SELECT uscc FROM organizations"));
        while (codes.next())
            QVERIFY2(uscc::isValid(codes.value(0).toString()),
                     qPrintable(codes.value(0).toString()));
        // The audit log records the load.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'demo.loaded'")),
                 1);
    }

    void refusesANonEmptyDatabase()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        demo::DemoGenerator(db, demo::DemoOptions{1, 10, 2024}).run();
        QVERIFY_THROWS_EXCEPTION(Error, demo::DemoGenerator(db, demo::DemoOptions{}).run());
        QCOMPARE(TenderReader(db.connection()).count(), 10);
    }

    void cancelLeavesNothing_data() { test::addEngineRows(); }
    void cancelLeavesNothing()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Error, demo::DemoGenerator(db, demo::DemoOptions{1, 1200, 2024})
                                            .run([&](qint64, qint64) { return ++calls < 2; }));
        QCOMPARE(calls, 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tenders")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM organizations")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void writesToPostgresql()
    {
        test::TestDatabase testDb(Engine::Postgresql);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const demo::DemoSummary summary =
            demo::DemoGenerator(db, demo::DemoOptions{8, 60, 2024}).run();
        QCOMPARE(TenderReader(db.connection()).count(), 60);
        QCOMPARE(TenderReader(db.connection()).bidCount(), summary.bids);
        // The same seed gives the same market on both engines.
        test::TestDatabase sqlite(Engine::Sqlite);
        demo::DemoGenerator(sqlite.open(), demo::DemoOptions{8, 60, 2024}).run();
        QCOMPARE(marketDigest(db), marketDigest(sqlite.open()));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
