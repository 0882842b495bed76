#include "demo/demogenerator.h"
#include "sampletender.h"
#include "store/tenderpageloader.h"
#include "store/tenderquery.h"
#include "store/tenderwriter.h"
#include "store/transaction.h"
#include "testdatabase.h"

#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(td::TenderColumn)

class TestTenderQuery : public QObject
{
    Q_OBJECT

    // 40 tenders with ties in every sortable column and NULL dates for drafts.
    void fill(Database& db)
    {
        const test::SampleMarket market = test::writeSampleOrganizations(db);
        Transaction transaction(db.connection());
        TenderWriter writer(db.connection(), db.dialect());
        for (int n = 1; n <= 40; ++n) {
            Tender t = test::sampleTender(market, n);
            t.budgetCeiling = Money::yuan(1'000'000 * (n % 4));
            t.title = n % 3 ? t.title : QStringLiteral("Same title");
            t.status = n % 5 == 0 ? TenderStatus::Draft : TenderStatus::Complete;
            if (t.status == TenderStatus::Draft) {
                t.publishedAt = {};
                t.bidDeadline = {};
                t.bids.clear();
                t.awards.clear();
            } else if (n % 2) {
                t.publishedAt = QDateTime(QDate(2024, 3, 1), QTime(2, 0), Qt::UTC);
            }
            writer.insert(t);
        }
        transaction.commit();
    }

private Q_SLOTS:
    void keysetPagesMatchOneQuery_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<TenderColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (Engine engine : {Engine::Sqlite, Engine::Postgresql})
            for (int c = 0; c < tenderColumnCount; ++c)
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                    QTest::addRow("%s column %d %s",
                                  engine == Engine::Sqlite ? "sqlite" : "postgresql", c,
                                  order == Qt::AscendingOrder ? "asc" : "desc")
                        << engine << TenderColumn(c) << order;
    }
    void keysetPagesMatchOneQuery()
    {
        QFETCH(Engine, engine);
        QFETCH(TenderColumn, column);
        QFETCH(Qt::SortOrder, order);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        fill(db);
        const TenderQuery query(db.dialect(), TenderFilter{}, TenderOrder{column, order});
        QCOMPARE(query.count(db.connection()), 40);
        QList<qint64> whole;
        for (const TenderRow& r : query.page(db.connection(), std::nullopt, 0, 1000))
            whole.append(r.id);
        QCOMPARE(whole.size(), 40);

        // Page after page, each found from the previous page's last row.
        QList<qint64> paged;
        std::optional<KeysetAnchor> after;
        for (;;) {
            const QList<TenderRow> rows = query.page(db.connection(), after, 0, 7);
            for (const TenderRow& r : rows)
                paged.append(r.id);
            if (rows.size() < 7)
                break;
            after = KeysetAnchor{rows.constLast().sortKey, rows.constLast().id};
        }
        QCOMPARE(paged, whole);

        // Random access through the loader: far pages first, then the ones between.
        TenderPageLoader loader(query, 6);
        QList<qint64> loaded(40, 0);
        for (int page : {5, 2, 6, 0, 3, 1, 4}) {
            const QList<TenderRow> rows = loader.load(db.connection(), page);
            for (int i = 0; i < rows.size(); ++i)
                loaded[page * 6 + i] = rows.at(i).id;
        }
        QCOMPARE(loaded, whole);
    }

    void rareAndCommonWordsPageAlike_data() { test::addEngineRows(); }
    void rareAndCommonWordsPageAlike()
    {
        // A rare word is answered by fetching its matches and sorting them, a common one by
        // walking the sort index: both must give every match, in order, page after page.
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        demo::DemoGenerator(db, demo::DemoOptions{4, 3000, 2024}).run();
        for (const QString& words : {QStringLiteral("鞍钢集团 合同审查"), QStringLiteral("知识")}) {
            TenderFilter filter;
            filter.text = words;
            const TenderQuery query(db.dialect(), filter, TenderOrder{});
            const qint64 matches = query.count(db.connection());
            QVERIFY2(matches > 0 && matches < 3000, qPrintable(words));
            // The same count through the join (a year filter that keeps everything).
            filter.year = 2024;
            QCOMPARE(TenderQuery(db.dialect(), filter, TenderOrder{}).count(db.connection()),
                     matches);
            QList<TenderRow> all;
            std::optional<KeysetAnchor> after;
            for (;;) {
                const QList<TenderRow> rows = query.page(db.connection(), after, 0, 50);
                all += rows;
                if (rows.size() < 50)
                    break;
                after = KeysetAnchor{rows.constLast().sortKey, rows.constLast().id};
            }
            QCOMPARE(all.size(), matches);
            for (qsizetype i = 1; i < all.size(); ++i)
                QVERIFY(all.at(i - 1).publishedAt > all.at(i).publishedAt ||
                        (all.at(i - 1).publishedAt == all.at(i).publishedAt &&
                         all.at(i - 1).id > all.at(i).id));
        }
    }

    void filters_data() { test::addEngineRows(); }
    void filters()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        fill(db);
        const auto count = [&](const TenderFilter& f) {
            return TenderQuery(db.dialect(), f, TenderOrder{}).count(db.connection());
        };
        TenderFilter f;
        f.status = QStringLiteral("draft");
        QCOMPARE(count(f), 8);
        f = {};
        f.category = QStringLiteral("codeGeneration");
        QCOMPARE(count(f), 20);
        f = {};
        f.year = 2024;
        QCOMPARE(count(f), 32); // drafts have no publication date
        f.year = 2023;
        QCOMPARE(count(f), 0);
        f = {};
        f.text = QStringLiteral("知识库");
        f.status = QStringLiteral("complete");
        QCOMPARE(count(f), 10); // odd, not a multiple of 3 (renamed), not a draft
        f = {};
        const test::SampleMarket ids{1, 2, 3, 4, 5};
        f.buyerId = ids.otherBuyerId;
        QCOMPARE(count(f), 13); // every third tender
    }
};

QTEST_GUILESS_MAIN(TestTenderQuery)
#include "tst_tenderquery.moc"
