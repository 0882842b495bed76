#include "lifecycle/tendervalidation.h"
#include "validtender.h"

#include <QTest>

#include <functional>

using namespace td;

using Edit = std::function<void(Tender&)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(td::PurchaseKind)

class TestTenderValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validTenderHasNoIssues()
    {
        const QList<ValidationIssue> issues = validateTender(test::validTender());
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        QVERIFY(isPublishable(issues));
    }

    void findings_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("no title") << Edit([](Tender& t) { t.title = QStringLiteral("  "); }) << true
                                  << "title"
                                  << "title";
        QTest::newRow("no buyer") << Edit([](Tender& t) { t.buyerId = 0; }) << true << "buyer"
                                  << "buyer";
        QTest::newRow("zero ceiling")
            << Edit([](Tender& t) { t.budgetCeiling = Money::yuan(0); }) << true << "budgetCeiling"
            << "positive";
        QTest::newRow("weights sum to 95")
            << Edit([](Tender& t) { t.criteria[5].weight = 0; }) << true << "criteria"
            << "add up to 95";
        QTest::newRow("weights sum to 105")
            << Edit([](Tender& t) { t.criteria[5].weight = 10; }) << true << "criteria"
            << "add up to 105";
        QTest::newRow("no price criterion") << Edit([](Tender& t) {
            t.criteria[1].weight += t.criteria[0].weight;
            t.criteria.removeFirst();
        }) << true << "criteria"
                                            << "price criterion";
        QTest::newRow("price weight below the goods minimum") << Edit([](Tender& t) {
            t.criteria[0].weight = 20;
            t.criteria[1].weight = 40;
        }) << false << "criteria"
                                                              << "MOF Order 87";
        QTest::newRow("duplicate criterion")
            << Edit([](Tender& t) { t.criteria[5].code = QStringLiteral("security"); }) << true
            << "criteria"
            << "twice";
        QTest::newRow("clarification after bid deadline")
            << Edit([](Tender& t) { t.clarificationDeadline = t.bidDeadline.addDays(1); }) << true
            << "clarificationDeadline"
            << "before the bid deadline";
        QTest::newRow("clarification at bid deadline")
            << Edit([](Tender& t) { t.clarificationDeadline = t.bidDeadline; }) << true
            << "clarificationDeadline"
            << "before the bid deadline";
        QTest::newRow("bid deadline before publication")
            << Edit([](Tender& t) { t.bidDeadline = t.publishedAt.addDays(-1); }) << true
            << "bidDeadline"
            << "after publication";
        QTest::newRow("opening before bid deadline")
            << Edit([](Tender& t) { t.openingAt = t.bidDeadline.addSecs(-60); }) << true
            << "openingAt"
            << "opened before";
        QTest::newRow("15-day open tender") << Edit([](Tender& t) {
            t.bidDeadline = t.publishedAt.addDays(15);
            t.openingAt = t.bidDeadline;
        }) << false << "bidDeadline"
                                            << "at least 20 days";
        QTest::newRow("5-day competitive consultation") << Edit([](Tender& t) {
            t.method = ProcurementMethod::CompetitiveConsultation;
            t.clarificationDeadline = t.publishedAt.addDays(2);
            t.bidDeadline = t.publishedAt.addDays(5);
            t.openingAt = t.bidDeadline;
        }) << false << "bidDeadline"
                                                        << "at least 10 days";
        QTest::newRow("no publication date")
            << Edit([](Tender& t) { t.publishedAt = {}; }) << true << "publishedAt"
            << "publication date";
        QTest::newRow("lots over the ceiling") << Edit([](Tender& t) {
            t.lots.append(Lot{0, 2, QStringLiteral("算力硬件"), Money::yuan(1'000'000)});
        }) << true << "lots"
                                               << "more than the ceiling";
        QTest::newRow("duplicate lot number") << Edit([](Tender& t) {
            t.lots[0].budget = Money::yuan(100);
            t.lots.append(Lot{0, 1, QStringLiteral("算力硬件"), Money::yuan(100)});
        }) << true << "lots[1].number"
                                              << "number 1";
        QTest::newRow("lot in another currency")
            << Edit([](Tender& t) { t.lots[0].budget = Money(100, QStringLiteral("USD")); }) << true
            << "lots[0].budget"
            << "one currency";
        QTest::newRow("no lots") << Edit([](Tender& t) { t.lots.clear(); }) << true << "lots"
                                 << "at least one lot";
        QTest::newRow("domestic share under half")
            << Edit([](Tender& t) { t.hardwareRules.minimumDomesticSharePercent = 30; }) << false
            << "hardwareRules"
            << "more than 50%";
        QTest::newRow("domestic share over 100")
            << Edit([](Tender& t) { t.hardwareRules.minimumDomesticSharePercent = 120; }) << true
            << "hardwareRules"
            << "between 0% and 100%";
        QTest::newRow("no contracted volume")
            << Edit([](Tender& t) { t.workload.contractedTokensPerYear = 0; }) << false
            << "workload"
            << "cost-to-serve";
    }
    void findings()
    {
        QFETCH(Edit, edit);
        QFETCH(bool, error);
        QFETCH(QString, field);
        QFETCH(QString, says);
        Tender t = test::validTender();
        edit(t);
        const QList<ValidationIssue> issues = validateTender(t);
        const auto found =
            std::find_if(issues.cbegin(), issues.cend(), [&](const ValidationIssue& i) {
                return i.field == field && i.message.contains(says);
            });
        QVERIFY2(found != issues.cend(), qPrintable(issues.isEmpty() ? QStringLiteral("no issue")
                                                                     : issues.first().message));
        QCOMPARE(found->isError(), error);
        QCOMPARE(isPublishable(issues),
                 !error && std::none_of(issues.cbegin(), issues.cend(),
                                        [](const ValidationIssue& i) { return i.isError(); }));
    }

    // Order 87 sets minimums only: at the minimum of the tender's kind and far above it (70%,
    // above the old Order 18 ranges) nothing is said; one point below, a warning that names the
    // weight, the minimum, the kind and Order 87.
    void priceWeightMinimumOfEachKind_data()
    {
        QTest::addColumn<PurchaseKind>("kind");
        QTest::addColumn<int>("priceWeight");
        QTest::addColumn<QStringList>("says"); // empty: no warning
        const QString goodsMinimum = QStringLiteral("at least 30% for goods");
        QTest::newRow("goods at 30%") << PurchaseKind::Goods << 30 << QStringList();
        QTest::newRow("goods at 29%") << PurchaseKind::Goods << 29
                                      << QStringList{QStringLiteral("is 29%"), goodsMinimum,
                                                     QStringLiteral("this tender buys goods)")};
        QTest::newRow("goods at 70%") << PurchaseKind::Goods << 70 << QStringList();
        QTest::newRow("services at 10%") << PurchaseKind::Services << 10 << QStringList();
        QTest::newRow("services at 9%")
            << PurchaseKind::Services << 9
            << QStringList{QStringLiteral("is 9%"), QStringLiteral("at least 10% for services"),
                           QStringLiteral("this tender buys services)")};
        QTest::newRow("services at 70%") << PurchaseKind::Services << 70 << QStringList();
        QTest::newRow("goods and services at 30%")
            << PurchaseKind::GoodsAndServices << 30 << QStringList();
        QTest::newRow("goods and services at 29%")
            << PurchaseKind::GoodsAndServices << 29
            << QStringList{QStringLiteral("is 29%"), goodsMinimum,
                           QStringLiteral("this tender buys goods and services")};
        QTest::newRow("goods and services at 70%")
            << PurchaseKind::GoodsAndServices << 70 << QStringList();
    }
    void priceWeightMinimumOfEachKind()
    {
        QFETCH(PurchaseKind, kind);
        QFETCH(int, priceWeight);
        QFETCH(QStringList, says);
        Tender t = test::validTender();
        t.purchaseKind = kind;
        t.criteria = {
            {0, QStringLiteral("price"), QStringLiteral("价格"), priceWeight},
            {0, QStringLiteral("technical"), QStringLiteral("技术方案"), 100 - priceWeight}};
        const QList<ValidationIssue> issues = validateTender(t);
        if (says.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
            return;
        }
        QCOMPARE(issues.size(), 1);
        const ValidationIssue& warning = issues.constFirst();
        QVERIFY(!warning.isError());
        QCOMPARE(warning.field, QStringLiteral("criteria"));
        QVERIFY2(warning.message.contains(QLatin1String("MOF Order 87")),
                 qPrintable(warning.message));
        for (const QString& part : says)
            QVERIFY2(warning.message.contains(part), qPrintable(warning.message));
    }

    void minimumsAreSettings()
    {
        const PriceWeightPolicy order87;
        QCOMPARE(order87.minimumFor(PurchaseKind::Goods), 30);
        QCOMPARE(order87.minimumFor(PurchaseKind::Services), 10);
        QCOMPARE(order87.minimumFor(PurchaseKind::GoodsAndServices), 30);

        // An SOE under the Bidding Law that sets its own minimums.
        const PriceWeightPolicy own{40, 5};
        QCOMPARE(own.minimumFor(PurchaseKind::GoodsAndServices), 40);
        Tender t = test::validTender();
        t.purchaseKind = PurchaseKind::Goods;
        t.criteria = {{0, QStringLiteral("price"), QStringLiteral("价格"), 35},
                      {0, QStringLiteral("technical"), QStringLiteral("技术方案"), 65}};
        QVERIFY(validateTender(t).isEmpty());
        const QList<ValidationIssue> issues = validateTender(t, own);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.constFirst().message.contains(QLatin1String("at least 40% for goods")),
                 qPrintable(issues.constFirst().message));
        t.purchaseKind = PurchaseKind::Services;
        t.criteria[0].weight = 6;
        t.criteria[1].weight = 94;
        QVERIFY(validateTender(t, own).isEmpty());
        QCOMPARE(validateTender(t).size(), 1); // below Order 87's 10%
    }
};

QTEST_GUILESS_MAIN(TestTenderValidation)
#include "tst_tendervalidation.moc"
