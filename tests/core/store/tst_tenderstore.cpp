#include "domain/error.h"
#include "sampletender.h"
#include "store/sql.h"
#include "store/tenderquery.h"
#include "store/tenderreader.h"
#include "store/tenderwriter.h"
#include "store/transaction.h"
#include "testdatabase.h"

#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(td::PurchaseKind)

class TestTenderStore : public QObject
{
    Q_OBJECT

    QStringList referencesMatching(Database& db, const QString& text)
    {
        TenderFilter filter;
        filter.text = text;
        const TenderQuery query(db.dialect(), filter,
                                TenderOrder{TenderColumn::Reference, Qt::AscendingOrder});
        QStringList out;
        for (const TenderRow& r : query.page(db.connection(), std::nullopt, 0, 1000))
            out.append(r.reference);
        return out;
    }

private Q_SLOTS:
    void roundTrip_data() { test::addEngineRows(); }
    void roundTrip()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const test::SampleMarket market = test::writeSampleOrganizations(db);
        Tender written = test::sampleTender(market, 1);
        written.origin = TenderOrigin::Imported;
        {
            Transaction transaction(db.connection());
            TenderWriter(db.connection(), db.dialect()).insert(written);
            transaction.commit();
        }
        QVERIFY(written.id > 0);

        const std::optional<Tender> read =
            TenderReader(db.connection()).byReference(written.reference);
        QVERIFY(read);
        QCOMPARE(read->id, written.id);
        QCOMPARE(read->title, written.title);
        QCOMPARE(read->buyerName, QStringLiteral("国家电网有限公司"));
        QCOMPARE(read->category, written.category);
        QCOMPARE(read->method, written.method);
        QCOMPARE(read->description, written.description);
        QCOMPARE(read->budgetCeiling, written.budgetCeiling);
        QCOMPARE(read->publishedAt, written.publishedAt);
        QCOMPARE(read->bidDeadline, written.bidDeadline);
        QCOMPARE(read->clarificationDeadline, written.clarificationDeadline);
        QCOMPARE(read->openingAt, written.openingAt);
        QCOMPARE(read->status, written.status);
        QCOMPARE(read->hardwareRules.minimumDomesticSharePercent, 60);
        QCOMPARE(read->hardwareRules.excludedModels, written.hardwareRules.excludedModels);
        QCOMPARE(read->origin, TenderOrigin::Imported);
        QCOMPARE(read->bidDocuments, written.bidDocuments);
        QCOMPARE(read->workload.contractedTokensPerYear, written.workload.contractedTokensPerYear);
        QCOMPARE(read->workload.sloAvailabilityPercent, 99.95);
        QCOMPARE(read->lots.size(), 2);
        QCOMPARE(read->lots.at(1).budget, Money::yuan(40'000'000));
        QCOMPARE(read->criteria.size(), 6);
        int weights = 0;
        for (const Criterion& c : read->criteria)
            weights += c.weight;
        QCOMPARE(weights, 100);
        QCOMPARE(read->criteria.constFirst().code, QStringLiteral("price"));
        QCOMPARE(read->clarifications.size(), 1);
        QCOMPARE(read->clarifications.constFirst().answer,
                 written.clarifications.constFirst().answer);
        QCOMPARE(read->bids.size(), 3);
        // Bids come back cheapest first, with their vendor, hardware and breakdown.
        const Bid& cheapest = read->bids.constFirst();
        QCOMPARE(cheapest.vendorName, QStringLiteral("浪潮信息"));
        QCOMPARE(cheapest.status, BidStatus::Disqualified);
        QCOMPARE(cheapest.lotId, read->lots.at(1).id);
        QCOMPARE(cheapest.hardware.size(), 1);
        QCOMPARE(cheapest.hardware.constFirst().acceleratorModel, QStringLiteral("NVIDIA H20"));
        const Bid& mixed = read->bids.at(2);
        QCOMPARE(mixed.hardware.size(), 2);
        QCOMPARE(mixed.breakdown.size(), 2);
        QCOMPARE(mixed.breakdown.at(0).amount + mixed.breakdown.at(1).amount, mixed.totalPrice);
        QCOMPARE(mixed.submittedAt, written.bids.at(1).submittedAt);
        QCOMPARE(read->awards.size(), 1);
        QCOMPARE(read->awards.constFirst().bidId, written.bids.constFirst().id);
        QCOMPARE(read->awards.constFirst().amount, Money::yuan(45'000'000));

        QVERIFY(!TenderReader(db.connection()).byReference(QStringLiteral("NO-SUCH-REF")));
    }

    // What a tender buys is stored under its stable code, as written and as changed.
    void purchaseKindRoundTrip_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<PurchaseKind>("kind");
        for (PurchaseKind kind : Codes<PurchaseKind>::all()) {
            QTest::addRow("sqlite, %s", qPrintable(codeOf(kind))) << Engine::Sqlite << kind;
            QTest::addRow("postgresql, %s", qPrintable(codeOf(kind))) << Engine::Postgresql << kind;
        }
    }
    void purchaseKindRoundTrip()
    {
        QFETCH(Engine, engine);
        QFETCH(PurchaseKind, kind);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const test::SampleMarket market = test::writeSampleOrganizations(db);
        Tender written = test::sampleTender(market, 4);
        written.purchaseKind = kind;
        TenderWriter writer(db.connection(), db.dialect());
        {
            Transaction transaction(db.connection());
            writer.insert(written);
            transaction.commit();
        }
        const TenderReader reader(db.connection());
        QCOMPARE(reader.byId(written.id)->purchaseKind, kind);
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT purchase_kind FROM tenders WHERE id = ?"),
                             {written.id})
                     .toString(),
                 codeOf(kind));
        // Changed to each other kind in turn, and read back as changed.
        for (PurchaseKind other : Codes<PurchaseKind>::all()) {
            if (other == kind)
                continue;
            const Tender before = *reader.byId(written.id);
            Tender after = before;
            after.purchaseKind = other;
            Transaction transaction(db.connection());
            writer.update(before, after);
            transaction.commit();
            QCOMPARE(reader.byId(written.id)->purchaseKind, other);
        }
    }

    void failedWriteLeavesNothing_data() { test::addEngineRows(); }
    void failedWriteLeavesNothing()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const test::SampleMarket market = test::writeSampleOrganizations(db);
        Tender broken = test::sampleTender(market, 2);
        broken.bids[1].vendorId = 999'999; // no such organisation: the foreign key refuses it
        QVERIFY_THROWS_EXCEPTION(Error, [&] {
            Transaction transaction(db.connection());
            TenderWriter(db.connection(), db.dialect()).insert(broken);
            transaction.commit();
        }());
        TenderReader reader(db.connection());
        QCOMPARE(reader.count(), 0);
        QCOMPARE(reader.bidCount(), 0);
        QVERIFY(referencesMatching(db, QStringLiteral("知识库")).isEmpty());
    }

    void duplicateReferenceRefused_data() { test::addEngineRows(); }
    void duplicateReferenceRefused()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const test::SampleMarket market = test::writeSampleOrganizations(db);
        Tender first = test::sampleTender(market, 3);
        Tender again = test::sampleTender(market, 3);
        TenderWriter writer(db.connection(), db.dialect());
        writer.insert(first);
        QVERIFY_THROWS_EXCEPTION(Error, writer.insert(again));
    }

    void fullTextSearch_data() { test::addEngineRows(); }
    void fullTextSearch()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const test::SampleMarket market = test::writeSampleOrganizations(db);
        {
            Transaction transaction(db.connection());
            TenderWriter writer(db.connection(), db.dialect());
            for (int n = 1; n <= 6; ++n) {
                Tender t = test::sampleTender(market, n);
                writer.insert(t);
            }
            transaction.commit();
        }
        // Odd numbers are Chinese knowledge-assistant titles, even ones English code titles.
        const QStringList chinese = {QStringLiteral("SGCC-2024-GAI-0001"),
                                     QStringLiteral("SGCC-2024-GAI-0003"),
                                     QStringLiteral("SGCC-2024-GAI-0005")};
        QCOMPARE(referencesMatching(db, QStringLiteral("知识库")), chinese);
        QCOMPARE(referencesMatching(db, QStringLiteral("智能客服 大模型")), chinese);
        QCOMPARE(referencesMatching(db, QStringLiteral("客")), chinese); // one character: a prefix
        QCOMPARE(referencesMatching(db, QStringLiteral("deeps")).size(), 3); // Latin prefix
        QCOMPARE(referencesMatching(db, QStringLiteral("DEEPSEEK CODE")).size(), 3);
        QCOMPARE(referencesMatching(db, QStringLiteral("国产算力")).size(), 6); // description
        QVERIFY(referencesMatching(db, QStringLiteral("知识 rollout")).isEmpty());
        QVERIFY(referencesMatching(db, QStringLiteral("库知识")).isEmpty()); // order matters
        // Query syntax of either engine typed by a user is searched as words, never run.
        QCOMPARE(referencesMatching(db, QStringLiteral("\" * ) ( ' & | ! <-> :")).size(), 6);
        QVERIFY(referencesMatching(db, QStringLiteral("知识库 OR 代码")).isEmpty()); // OR is a word
        QVERIFY(referencesMatching(db, QStringLiteral("NEAR(知识 AND")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenderStore)
#include "tst_tenderstore.moc"
