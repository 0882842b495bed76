#include "exchange/tendertemplates.h"
#include "lifecycle/statutoryperiods.h"
#include "lifecycle/tendervalidation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(td::TenderCategory)

class TestTenderTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCategoryHasAPublishableTemplate_data()
    {
        QTest::addColumn<TenderCategory>("category");
        for (TenderCategory c : Codes<TenderCategory>::all())
            QTest::newRow(qPrintable(codeOf(c))) << c;
    }
    void everyCategoryHasAPublishableTemplate()
    {
        QFETCH(TenderCategory, category);
        Tender t = tenderFromTemplate(category, QDate(2025, 6, 2));
        QCOMPARE(t.category, category);
        QCOMPARE(t.status, TenderStatus::Draft);
        t.buyerId = 1; // the one thing a template cannot know
        const QList<ValidationIssue> issues = validateTender(t);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        // The rules every template carries (DOMAIN.md).
        QCOMPARE(t.hardwareRules.minimumDomesticSharePercent, 50);
        QVERIFY(t.hardwareRules.excludedModels.contains(QStringLiteral("NVIDIA H20")));
        QVERIFY(t.hardwareRules.excludedModels.contains(QStringLiteral("AMD Instinct MI308")));
        QVERIFY(!t.benchmarkSuite.isEmpty());
        // An LLM deployment with its hardware buys goods and services, and the template says so
        // itself rather than leaving it to Tender's default.
        QCOMPARE(t.purchaseKind, PurchaseKind::GoodsAndServices);
        QFile file(QStringLiteral(":/templates/%1.json").arg(codeOf(category)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QLatin1String("purchaseKind"))
                     .toString(),
                 QStringLiteral("goodsAndServices"));
        QStringList codes;
        for (const Criterion& c : t.criteria)
            codes.append(c.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("price"), QStringLiteral("technical"),
                                     QStringLiteral("benchmarkAccuracy"),
                                     QStringLiteral("benchmarkPerformance"),
                                     QStringLiteral("security"), QStringLiteral("service")}));
        QVERIFY(t.workload.contractedTokensPerYear > 0 && t.workload.sloTimeToFirstTokenMs > 0);
        // The timeline meets the statutory period, in China Standard Time.
        QVERIFY(t.publishedAt.secsTo(t.bidDeadline) >= 86400LL * minimumBidPeriodDays(t.method));
        QCOMPARE(t.publishedAt, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        QVERIFY(t.clarificationDeadline < t.bidDeadline);
        // The lots share the whole ceiling.
        Money lots = Money(0, t.budgetCeiling.currency());
        for (const Lot& lot : t.lots)
            lots = lots + lot.budget;
        QCOMPARE(lots, t.budgetCeiling);
    }

    void aGivenCeilingIsSharedByTheLots()
    {
        const Tender t = tenderFromTemplate(TenderCategory::KnowledgeAssistant, QDate(2025, 6, 2),
                                            Money::yuan(1'000'000'01));
        QCOMPARE(t.budgetCeiling, Money::yuan(1'000'000'01));
        QCOMPARE(t.lots.size(), 2);
        QCOMPARE(t.lots.at(0).budget + t.lots.at(1).budget, Money::yuan(1'000'000'01));
        QCOMPARE(t.lots.at(0).budget, Money::yuan(70'000'000)); // 70%, to the fen
    }
};

QTEST_GUILESS_MAIN(TestTenderTemplates)
#include "tst_tendertemplates.moc"
