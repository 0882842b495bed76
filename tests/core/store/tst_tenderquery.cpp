#include "demo/demogenerator.h"
#include "sampletender.h"
#include "store/sql.h"
#include "store/tenderpageloader.h"
#include "store/tenderquery.h"
#include "store/tenderwriter.h"
#include "store/transaction.h"
#include "testdatabase.h"

#include <QTest>

#include <algorithm>
#include <tuple>

using namespace td;

Q_DECLARE_METATYPE(td::TenderColumn)

namespace {

// What a tender sorts on in one column, compared as the databases compare it: text by its UTF-8
// bytes (SQLite's BINARY collation; the test server's C.UTF-8), codes as the text stored, a
// missing date (a draft's) before every date.
struct SortKey
{
    bool present = true;
    QByteArray text;
    qint64 number = 0;
    qint64 tieBreak = 0; // the buyer's id after its name, as the buyer column sorts

    auto tied() const { return std::tie(present, text, number, tieBreak); }
    bool operator<(const SortKey& other) const { return tied() < other.tied(); }
};

SortKey dateKey(const QDateTime& at)
{
    return at.isValid() ? SortKey{true, {}, at.toMSecsSinceEpoch(), 0} : SortKey{false, {}, 0, 0};
}

SortKey sortKey(const Tender& t, TenderColumn column, const QHash<qint64, QString>& buyerNames)
{
    switch (column) {
    case TenderColumn::Reference:
        return {true, t.reference.toUtf8(), 0, 0};
    case TenderColumn::Title:
        return {true, t.title.toUtf8(), 0, 0};
    case TenderColumn::Buyer:
        return {true, buyerNames.value(t.buyerId).toUtf8(), 0, t.buyerId};
    case TenderColumn::Category:
        return {true, codeOf(t.category).toUtf8(), 0, 0};
    case TenderColumn::Method:
        return {true, codeOf(t.method).toUtf8(), 0, 0};
    case TenderColumn::Status:
        return {true, codeOf(t.status).toUtf8(), 0, 0};
    case TenderColumn::Budget:
        return {true, {}, t.budgetCeiling.minorUnits(), 0};
    case TenderColumn::Published:
        return dateKey(t.publishedAt);
    case TenderColumn::BidDeadline:
        return dateKey(t.bidDeadline);
    }
    return {};
}

// The ids of `written` in the list's order, worked out here: by the column's key, ties by id;
// descending is the exact reverse (missing dates last).
QList<qint64> expectedOrder(const Database& db, const QList<Tender>& written, TenderColumn column,
                            Qt::SortOrder order)
{
    QHash<qint64, QString> buyerNames;
    QSqlQuery organizations =
        sql::run(db.connection(), QStringLiteral("SELECT id, short_name FROM organizations"));
    while (organizations.next())
        buyerNames.insert(organizations.value(0).toLongLong(), organizations.value(1).toString());
    QList<std::pair<SortKey, qint64>> keyed;
    for (const Tender& t : written)
        keyed.append({sortKey(t, column, buyerNames), t.id});
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        return a.first < b.first || (!(b.first < a.first) && a.second < b.second);
    });
    QList<qint64> ids;
    for (const auto& [key, id] : keyed)
        ids.append(id);
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestTenderQuery : public QObject
{
    Q_OBJECT

    // 40 tenders with ties in every sortable column and NULL dates for drafts; returns them as
    // written, with their ids.
    QList<Tender> fill(Database& db)
    {
        QList<Tender> written;
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
            written.append(t);
        }
        transaction.commit();
        return written;
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
        const QList<Tender> written = fill(db);
        const TenderQuery query(db.dialect(), TenderFilter{}, TenderOrder{column, order});
        QCOMPARE(query.count(db.connection()), 40);
        QList<qint64> whole;
        for (const TenderRow& r : query.page(db.connection(), std::nullopt, 0, 1000))
            whole.append(r.id);
        QCOMPARE(whole, expectedOrder(db, written, column, order));

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
