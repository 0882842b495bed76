#include "domain/error.h"
#include "exchange/tenderimport.h"
#include "store/organizationrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "store/transaction.h"
#include "testdatabase.h"

#include <QTest>

using namespace td;

namespace {

const QByteArray minimal = R"({"category": "dataAnalysis", "buyer": "国家电网",
    "title": "国家电网经营数据智能分析大模型采购项目"})";

void addBuyer(const Database& db)
{
    Transaction transaction(db.connection());
    Organization o{0,
                   QStringLiteral("国家电网有限公司"),
                   QString(),
                   QStringLiteral("国家电网"),
                   QStringLiteral("91110108551385082Q"),
                   OrganizationKind::CentralSoe,
                   QStringLiteral("北京")};
    OrganizationRepository(db.connection()).insert(o);
    transaction.commit();
}

qint64 count(const Database& db, const char* table)
{
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

} // namespace

class TestTenderImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalFileTakesTheTemplate_data() { test::addEngineRows(); }
    void minimalFileTakesTheTemplate()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        addBuyer(db);
        const ImportedTender first = importTenderDraft(db, minimal, QStringLiteral("tester"));
        const ImportedTender second = importTenderDraft(db, minimal, QStringLiteral("tester"));
        const QString year = QString::number(QDate::currentDate().addDays(1).year());
        QCOMPARE(first.reference, QStringLiteral("TD-%1-000001").arg(year));
        QCOMPARE(second.reference, QStringLiteral("TD-%1-000002").arg(year));
        const std::optional<Tender> t = TenderReader(db.connection()).byReference(first.reference);
        QVERIFY(t);
        QCOMPARE(t->status, TenderStatus::Draft);
        QCOMPARE(t->category, TenderCategory::DataAnalysis);
        QCOMPARE(t->buyerName, QStringLiteral("国家电网有限公司"));
        QCOMPARE(t->benchmarkSuite, QStringLiteral("data-analysis-v1"));
        QCOMPARE(t->criteria.size(), 6);
        QCOMPARE(t->lots.size(), 2);
        QCOMPARE(t->hardwareRules.excludedModels.size(), 2);
        QCOMPARE(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                             "action = 'tender.created'"))
                     .toInt(),
                 2);
    }

    void fileOverridesAndNewBuyer()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        const QByteArray file = R"({
            "category": "knowledgeAssistant", "reference": "CMCC-2025-KA-01",
            "title": "中国移动客服知识助手",
            "buyer": {"name": "中国移动通信集团有限公司", "shortName": "中国移动",
                      "uscc": "914403001922038216", "kind": "centralSoe", "city": "北京"},
            "budgetCeiling": {"amount": "8000000.00", "currency": "CNY"},
            "purchaseKind": "services",
            "criteria": [{"code": "price", "name": "价格", "weight": 40},
                         {"code": "technical", "name": "技术方案", "weight": 60}],
            "hardwareRules": {"minimumDomesticSharePercent": 80, "excludedModels": []}})";
        const ImportedTender created = importTenderDraft(db, file, QStringLiteral("tester"));
        QCOMPARE(created.reference, QStringLiteral("CMCC-2025-KA-01"));
        // A price weight of 40% for services: above the old Order 18 range, but Order 87 sets
        // only a minimum (10% for services), so nothing is flagged.
        QVERIFY2(created.warnings.isEmpty(), qPrintable(created.warnings.value(0).message));
        const Tender t = *TenderReader(db.connection()).byReference(created.reference);
        QCOMPARE(t.purchaseKind, PurchaseKind::Services);
        QCOMPARE(t.buyerName, QStringLiteral("中国移动通信集团有限公司"));
        QCOMPARE(t.budgetCeiling, Money::yuan(800'000'000));
        QCOMPARE(t.lots.at(0).budget + t.lots.at(1).budget, t.budgetCeiling);
        QCOMPARE(t.criteria.size(), 2);
        QCOMPARE(t.hardwareRules.minimumDomesticSharePercent, 80);
        QVERIFY(t.hardwareRules.excludedModels.isEmpty());
        // The same buyer again is found by its code, not added twice.
        importTenderDraft(db, QByteArray(file).replace("CMCC-2025-KA-01", "CMCC-2025-KA-02"),
                          QStringLiteral("tester"));
        QCOMPARE(count(db, "organizations"), 1);
    }

    void criteriaWithoutNamesKeepTheTemplates()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        addBuyer(db);
        // Only weights: the names are the template's; a new code is named by its code.
        const QByteArray file = R"({"category": "dataAnalysis", "buyer": "国家电网",
            "criteria": [{"code": "price", "weight": 20}, {"code": "technical", "weight": 50},
                         {"code": "innovation", "weight": 30}]})";
        const ImportedTender created = importTenderDraft(db, file, QStringLiteral("tester"));
        // The template buys goods and services: 20% is below the goods minimum, a warning.
        QCOMPARE(created.warnings.size(), 1);
        QVERIFY2(created.warnings.first().message.contains(QLatin1String("at least 30% for goods")),
                 qPrintable(created.warnings.first().message));
        const Tender t = *TenderReader(db.connection()).byReference(created.reference);
        QCOMPARE(t.purchaseKind, PurchaseKind::GoodsAndServices);
        QCOMPARE(t.criteria.size(), 3);
        QCOMPARE(t.criteria.at(0).name, QStringLiteral("价格"));
        QCOMPARE(t.criteria.at(0).weight, 20);
        QCOMPARE(t.criteria.at(1).name, QStringLiteral("技术方案"));
        QCOMPARE(t.criteria.at(2).name, QStringLiteral("innovation"));
    }

    void badFilesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{\"category\": ") << "not valid JSON";
        QTest::newRow("no category") << QByteArray(R"({"buyer": "国家电网"})") << "'category'";
        QTest::newRow("unknown category")
            << QByteArray(R"({"category": "poetry", "buyer": "国家电网"})") << "knowledgeAssistant";
        QTest::newRow("unknown buyer")
            << QByteArray(R"({"category": "dataAnalysis", "buyer": "不存在的公司"})")
            << "No organisation named";
        QTest::newRow("bad buyer code")
            << QByteArray(R"({"category": "dataAnalysis", "buyer": {"name": "某公司",
                 "uscc": "91110108551385082R"}})")
            << "check character";
        QTest::newRow("amount with letters")
            << QByteArray(R"({"category": "dataAnalysis", "buyer": "国家电网",
                 "budgetCeiling": {"amount": "12a", "currency": "CNY"}})")
            << "'budgetCeiling'";
        QTest::newRow("weight as text")
            << QByteArray(R"({"category": "dataAnalysis", "buyer": "国家电网",
                 "criteria": [{"code": "price", "weight": "thirty"}]})")
            << "'criteria[0].weight'";
        QTest::newRow("unknown purchase kind")
            << QByteArray(R"({"category": "dataAnalysis", "buyer": "国家电网",
                 "purchaseKind": "hardware"})")
            << "'purchaseKind' must be one of goods, services, goodsAndServices";
        QTest::newRow("weights not 100")
            << QByteArray(R"({"category": "dataAnalysis", "buyer": "国家电网",
                 "criteria": [{"code": "price", "weight": 30}, {"code": "technical", "weight": 60}]})")
            << "add up to 90";
        QTest::newRow("deadline without offset")
            << QByteArray(R"({"category": "dataAnalysis", "buyer": "国家电网",
                 "bidDeadline": "2025-07-01T09:30:00"})")
            << "offset";
        QTest::newRow("clarification after bids")
            << QByteArray(R"({"category": "dataAnalysis", "buyer": "国家电网",
                 "publishedAt": "2030-06-02T09:00:00+08:00",
                 "clarificationDeadline": "2030-07-02T09:00:00+08:00",
                 "bidDeadline": "2030-07-01T09:30:00+08:00",
                 "openingAt": "2030-07-01T09:30:00+08:00"})")
            << "clarificationDeadline";
    }
    void badFilesAreRefusedWhole()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, says);
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        addBuyer(db);
        try {
            importTenderDraft(db, file, QStringLiteral("tester"));
            QFAIL("a bad file was imported");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
        }
        QCOMPARE(count(db, "tenders"), 0);
        QCOMPARE(count(db, "organizations"), 1);
        QCOMPARE(count(db, "audit_log"), 0);
    }

    void duplicateReferenceIsRefused()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        addBuyer(db);
        const QByteArray file = R"({"category": "codeGeneration", "buyer": "国家电网",
            "reference": "SAME-1"})";
        importTenderDraft(db, file, QStringLiteral("tester"));
        QVERIFY_THROWS_EXCEPTION(Error, importTenderDraft(db, file, QStringLiteral("tester")));
        QCOMPARE(count(db, "tenders"), 1);
        QCOMPARE(count(db, "audit_log"), 1);
    }
};

QTEST_GUILESS_MAIN(TestTenderImport)
#include "tst_tenderimport.moc"
