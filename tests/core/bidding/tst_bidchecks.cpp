// The live checks of a draft bid: each fires on the draft that breaks its rule, and stays quiet
// on one that keeps it.
#include "bidding/bidchecks.h"
#include "domain/biddocuments.h"

#include <QTest>

using namespace td;

namespace {

Accelerator accelerator(const char* model, bool domestic, double peak,
                        bool exportControlled = false)
{
    Accelerator a;
    a.model = QLatin1String(model);
    a.domestic = domestic;
    a.peakBf16Tflops = peak;
    a.exportControlled = exportControlled;
    return a;
}

const QList<Accelerator> catalog = {
    accelerator("Huawei Ascend 910B", true, 320), accelerator("NVIDIA L20", false, 120),
    accelerator("NVIDIA H20", false, 148), accelerator("NVIDIA H800", false, 989, true)};

Tender tender()
{
    Tender t;
    t.reference = QStringLiteral("SGCC-2030-GAI-000001");
    t.budgetCeiling = Money::yuan(100000000);
    t.lots = {Lot{1, 1, QStringLiteral("一标段"), Money::yuan(100000000)}};
    t.hardwareRules.minimumDomesticSharePercent = 50;
    t.hardwareRules.excludedModels = {QStringLiteral("NVIDIA H20")};
    t.bidDocuments = {{BidDocumentKind::Technical, QString(), true},
                      {BidDocumentKind::Commercial, QStringLiteral("报价文件"), true},
                      {BidDocumentKind::Service, QString(), false}};
    return t;
}

// A draft that passes every check.
BidContent goodBid()
{
    BidContent b;
    b.tenderReference = QStringLiteral("SGCC-2030-GAI-000001");
    b.lot = 1;
    b.totalPrice = Money::yuan(90000000);
    b.breakdown = {{QStringLiteral("授权"), Money::yuan(30000000), PriceItemKind::Licences},
                   {QStringLiteral("硬件"), Money::yuan(60000000), PriceItemKind::Hardware}};
    b.model.family = QStringLiteral("DeepSeek-V3");
    b.hardware = {{QStringLiteral("Huawei Ascend 910B"), 16}};
    b.documents = {{BidDocumentKind::Technical, QStringLiteral("tech.pdf"), {}, 0, {}},
                   {BidDocumentKind::Commercial, QStringLiteral("price.pdf"), {}, 0, {}},
                   {BidDocumentKind::Service, QString(), {}, 0, {}}};
    return b;
}

QStringList codesOf(const QList<BidIssue>& issues)
{
    QStringList codes;
    for (const BidIssue& i : issues)
        codes.append(i.code);
    return codes;
}

const BidIssue* find(const QList<BidIssue>& issues, const char* code)
{
    for (const BidIssue& i : issues)
        if (i.code == QLatin1String(code))
            return &i;
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(td::BidContent)

class TestBidChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aGoodBidHasNoIssue()
    {
        const QList<BidIssue> issues = checkBid(tender(), goodBid(), catalog);
        QVERIFY2(issues.isEmpty(), qPrintable(codesOf(issues).join(QLatin1Char(' '))));
        QVERIFY(!hasErrors(issues));
    }

    void eachCheckFires_data()
    {
        QTest::addColumn<BidContent>("bid");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("says");

        BidContent b = goodBid();
        b.lot = 3;
        QTest::newRow("lot") << b << QStringLiteral("lot") << QStringLiteral("lot") << true
                             << QStringLiteral("has no lot 3");

        b = goodBid();
        b.breakdown[1].amount = Money(60000000, QStringLiteral("USD"));
        QTest::newRow("currency") << b << QStringLiteral("currency")
                                  << QStringLiteral("breakdown[1].amount") << true
                                  << QStringLiteral("USD");

        b = goodBid();
        b.totalPrice = Money::yuan(0);
        b.breakdown.clear();
        QTest::newRow("no price") << b << QStringLiteral("noPrice") << QStringLiteral("totalPrice")
                                  << true << QStringLiteral("no total price");

        b = goodBid();
        b.totalPrice = Money::yuan(100000001);
        b.breakdown[1].amount = Money::yuan(70000001);
        QTest::newRow("above budget")
            << b << QStringLiteral("aboveBudget") << QStringLiteral("totalPrice") << true
            << QStringLiteral("above the budget of lot 1");

        b = goodBid();
        b.breakdown[0].amount = Money::yuan(29999999);
        QTest::newRow("breakdown")
            << b << QStringLiteral("breakdownTotal") << QStringLiteral("breakdown") << true
            << QStringLiteral("adds up to ¥899,999.99");

        b = goodBid();
        b.model.family.clear();
        QTest::newRow("no model") << b << QStringLiteral("noModel")
                                  << QStringLiteral("model.family") << true
                                  << QStringLiteral("Name the model");

        b = goodBid();
        b.hardware.clear();
        QTest::newRow("no hardware")
            << b << QStringLiteral("noHardware") << QStringLiteral("hardware") << true
            << QStringLiteral("Declare");

        b = goodBid();
        b.hardware = {{QStringLiteral("Huawei Ascend 910B"), 7}, {QStringLiteral("NVIDIA L20"), 8}};
        QTest::newRow("domestic share")
            << b << QStringLiteral("domesticShare") << QStringLiteral("hardware") << true
            << QStringLiteral("47% by accelerator count (7 of 15), below the minimum of 50%");

        b = goodBid();
        b.hardware.append({QStringLiteral("NVIDIA H20"), 4});
        QTest::newRow("excluded") << b << QStringLiteral("excludedModel")
                                  << QStringLiteral("hardware[1].accelerator") << true
                                  << QStringLiteral("excludes NVIDIA H20");

        b = goodBid();
        b.hardware.append({QStringLiteral("Mystery X1"), 1});
        QTest::newRow("unknown") << b << QStringLiteral("unknownAccelerator")
                                 << QStringLiteral("hardware[1].accelerator") << true
                                 << QStringLiteral("not in the accelerator catalog");

        b = goodBid();
        b.hardware.append({QStringLiteral("NVIDIA H800"), 2});
        QTest::newRow("export controlled")
            << b << QStringLiteral("exportControlled") << QStringLiteral("hardware[1].accelerator")
            << false << QStringLiteral("export controls");

        b = goodBid();
        b.documents[1].path.clear();
        QTest::newRow("missing document")
            << b << QStringLiteral("missingDocument") << QStringLiteral("documents") << true
            << QStringLiteral("\"报价文件\"");

        b = goodBid();
        b.documents.removeFirst();
        QTest::newRow("document not listed")
            << b << QStringLiteral("missingDocument") << QStringLiteral("documents") << true
            << QStringLiteral("Technical proposal");
    }
    void eachCheckFires()
    {
        QFETCH(BidContent, bid);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(bool, isError);
        QFETCH(QString, says);
        const QList<BidIssue> issues = checkBid(tender(), bid, catalog);
        QCOMPARE(codesOf(issues), QStringList{code});
        const BidIssue& issue = issues.constFirst();
        QCOMPARE(issue.field, field);
        QCOMPARE(issue.severity, isError ? BidIssue::Severity::Error : BidIssue::Severity::Warning);
        QCOMPARE(hasErrors(issues), isError);
        QVERIFY2(issue.message.contains(says), qPrintable(issue.message));
    }

    void theShareByPeakComputeIsShownBeside()
    {
        BidContent b = goodBid();
        // Half by count meets 50%; 4 of 10 does not, though by compute 4 × 320 of
        // 4 × 320 + 6 × 120 is 64%.
        b.hardware = {{QStringLiteral("Huawei Ascend 910B"), 4}, {QStringLiteral("NVIDIA L20"), 6}};
        const QList<BidIssue> issues = checkBid(tender(), b, catalog);
        const BidIssue* share = find(issues, "domesticShare");
        QVERIFY(share);
        QVERIFY2(share->message.contains(QLatin1String("By peak compute it is 64%.")),
                 qPrintable(share->message));
        b.hardware = {{QStringLiteral("Huawei Ascend 910B"), 5}, {QStringLiteral("NVIDIA L20"), 5}};
        QVERIFY(!find(checkBid(tender(), b, catalog), "domesticShare"));
    }

    void theMarginAgainstTheOwnCostToServe()
    {
        CostToServe cost;
        cost.costWithoutVoucher = Money::yuan(116883117); // the price is 23% below it
        cost.costWithVoucher = cost.costWithoutVoucher;
        QList<BidIssue> issues = checkBid(tender(), goodBid(), catalog, cost);
        const BidIssue* below = find(issues, "belowCost");
        QVERIFY(below);
        QCOMPARE(below->severity, BidIssue::Severity::Warning);
        QVERIFY2(below->message.startsWith(QStringLiteral("This price is 23% below your cost to "
                                                          "serve (¥1,168,831.17)")),
                 qPrintable(below->message));
        QVERIFY(!hasErrors(issues));

        // A voucher that covers the difference is said.
        cost.voucherApplies = true;
        cost.costWithVoucher = Money::yuan(80000000);
        below = find(issues = checkBid(tender(), goodBid(), catalog, cost), "belowCost");
        QVERIFY(below);
        QVERIFY2(below->message.contains(QLatin1String("With the compute voucher")),
                 qPrintable(below->message));

        // Above its cost: a note, no warning.
        cost = CostToServe();
        cost.costWithoutVoucher = Money::yuan(60000000);
        issues = checkBid(tender(), goodBid(), catalog, cost);
        QCOMPARE(codesOf(issues), QStringList{QStringLiteral("margin")});
        QCOMPARE(issues.constFirst().severity, BidIssue::Severity::Note);
        QVERIFY2(issues.constFirst().message.contains(QLatin1String("50% above")),
                 qPrintable(issues.constFirst().message));
    }
};

QTEST_GUILESS_MAIN(TestBidChecks)
#include "tst_bidchecks.moc"
