// The Market workspace's filter choices, on both engines: an empty database offers nothing, a
// demo market offers exactly the buyers, vendors, categories and accelerators that occur in it.
#include "analytics/marketfilterchoices.h"
#include "demo/demogenerator.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace td;

namespace {

QSet<qint64> ids(const QSqlDatabase& db, const QString& statement)
{
    QSet<qint64> found;
    QSqlQuery query = sql::run(db, statement);
    while (query.next())
        found.insert(query.value(0).toLongLong());
    return found;
}

} // namespace

class TestMarketFilterChoices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyDatabase_data() { test::addEngineRows(); }
    void emptyDatabase()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const analytics::MarketFilterChoices choices =
            analytics::marketFilterChoices(testDb.open());
        QCOMPARE(choices.tenderCount, 0);
        QVERIFY(choices.firstPublished.isNull());
        QVERIFY(choices.lastPublished.isNull());
        QVERIFY(choices.buyers.isEmpty());
        QVERIFY(choices.vendors.isEmpty());
        QVERIFY(choices.categories.isEmpty());
        QVERIFY(choices.modelFamilies.isEmpty());
        QVERIFY(choices.accelerators.isEmpty());
    }

    void demoMarket_data() { test::addEngineRows(); }
    void demoMarket()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& database = testDb.open();
        demo::DemoOptions options;
        options.tenders = 60;
        demo::DemoGenerator(database, options).run();

        const analytics::MarketFilterChoices choices = analytics::marketFilterChoices(database);
        QCOMPARE(choices.tenderCount, 60);
        QVERIFY(choices.firstPublished.isValid());
        QVERIFY(choices.firstPublished <= choices.lastPublished);
        QCOMPARE(choices.firstPublished.year(), 2024);

        const QSqlDatabase db = database.connection();
        QSet<qint64> buyers;
        for (qsizetype i = 0; i < choices.buyers.size(); ++i) {
            buyers.insert(choices.buyers.at(i).id);
            QVERIFY(!choices.buyers.at(i).name.isEmpty());
            if (i > 0) // by name
                QVERIFY(choices.buyers.at(i - 1).name <= choices.buyers.at(i).name);
        }
        QCOMPARE(buyers, ids(db, QStringLiteral("SELECT buyer_id FROM tenders")));
        QSet<qint64> vendors;
        for (const analytics::MarketOrganizationChoice& vendor : choices.vendors)
            vendors.insert(vendor.id);
        QVERIFY(!vendors.isEmpty());
        QCOMPARE(vendors, ids(db, QStringLiteral("SELECT vendor_id FROM bids")));
        QVERIFY(!vendors.intersects(buyers));

        QVERIFY(!choices.categories.isEmpty());
        static const QStringList known = {
            QStringLiteral("knowledgeAssistant"), QStringLiteral("codeGeneration"),
            QStringLiteral("dataAnalysis"), QStringLiteral("processAutomation")};
        for (const QString& category : choices.categories)
            QVERIFY2(known.contains(category), qPrintable(category));
        QVERIFY(!choices.accelerators.isEmpty());
        QCOMPARE(choices.accelerators.size(),
                 QSet<QString>(choices.accelerators.cbegin(), choices.accelerators.cend()).size());
        QVERIFY(!choices.modelFamilies.contains(QString()));
    }
};

QTEST_GUILESS_MAIN(TestMarketFilterChoices)
#include "tst_marketfilterchoices.moc"
