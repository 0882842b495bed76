#include "lifecycle/tendervalidation.h"
#include "validtender.h"

#include <QTest>

#include <functional>

using namespace td;

using Edit = std::function<void(Tender&)>;
Q_DECLARE_METATYPE(Edit)

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
        QTest::newRow("price weight above policy") << Edit([](Tender& t) {
            t.criteria[0].weight = 40;
            t.criteria[1].weight = 20;
        }) << false << "criteria"
                                                   << "40%";
        QTest::newRow("price weight below policy") << Edit([](Tender& t) {
            t.criteria[0].weight = 5;
            t.criteria[1].weight = 55;
        }) << false << "criteria"
                                                   << "10-30%";
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

    void policyRangeIsASetting()
    {
        Tender t = test::validTender();
        t.criteria[0].weight = 40;
        t.criteria[1].weight = 20;
        QVERIFY(!validateTender(t).isEmpty());
        QVERIFY(validateTender(t, PriceWeightPolicy{30, 60}).isEmpty()); // the goods range
    }
};

QTEST_GUILESS_MAIN(TestTenderValidation)
#include "tst_tendervalidation.moc"
