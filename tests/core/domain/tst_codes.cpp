#include "domain/codes.h"
#include "testenvironment.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace td;

namespace {

// The codes of an OCDS codelist CSV (first column, header skipped).
QSet<QString> ocdsCodelist(const QString& relativePath)
{
    QFile file(test::dataDir() + QStringLiteral("/ocds/schema/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> codes;
    file.readLine();
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        const QString code = line.section(QLatin1Char(','), 0, 0).trimmed();
        if (!code.isEmpty())
            codes.insert(code);
    }
    return codes;
}

template <typename E> void roundTrip()
{
    QSet<QString> seen;
    for (E value : Codes<E>::all()) {
        const QString code = codeOf(value);
        QVERIFY2(!code.isEmpty(), "every value has a code");
        QVERIFY2(!seen.contains(code), qPrintable(code));
        seen.insert(code);
        QCOMPARE(parseCode<E>(code), std::optional<E>(value));
        QVERIFY(!nameOf(value).isEmpty());
    }
    QCOMPARE(parseCode<E>(QStringLiteral("no such code")), std::nullopt);
}

} // namespace

class TestCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesRoundTrip()
    {
        roundTrip<TenderStatus>();
        roundTrip<ProcurementMethod>();
        roundTrip<TenderCategory>();
        roundTrip<PurchaseKind>();
        roundTrip<BidStatus>();
        roundTrip<AwardStatus>();
        roundTrip<OrganizationKind>();
    }

    void tenderStatusesMapToOcds()
    {
        const QSet<QString> ocds =
            ocdsCodelist(QStringLiteral("release-1.1.5/codelists/tenderStatus.csv"));
        QVERIFY2(ocds.size() >= 6, "the OCDS tenderStatus codelist is readable in tests/data");
        for (TenderStatus s : Codes<TenderStatus>::all())
            QVERIFY2(ocds.contains(ocdsTenderStatus(s)), qPrintable(codeOf(s)));
        QCOMPARE(ocdsTenderStatus(TenderStatus::Draft), QStringLiteral("planning"));
        QCOMPARE(ocdsTenderStatus(TenderStatus::Tendering), QStringLiteral("active"));
        QCOMPARE(ocdsTenderStatus(TenderStatus::Evaluated), QStringLiteral("active"));
        // The tender stage ends with the award (OCDS's award example: tender.status complete).
        QCOMPARE(ocdsTenderStatus(TenderStatus::Awarded), QStringLiteral("complete"));
        // Where OCDS has the code, ours is the same.
        for (TenderStatus s :
             {TenderStatus::Complete, TenderStatus::Cancelled, TenderStatus::Unsuccessful})
            QCOMPARE(codeOf(s), ocdsTenderStatus(s));
    }

    void methodsMapToOcds()
    {
        const QSet<QString> ocds =
            ocdsCodelist(QStringLiteral("release-1.1.5/codelists/method.csv"));
        QCOMPARE(ocds, (QSet<QString>{QStringLiteral("open"), QStringLiteral("selective"),
                                      QStringLiteral("limited"), QStringLiteral("direct")}));
        for (ProcurementMethod m : Codes<ProcurementMethod>::all())
            QVERIFY(ocds.contains(ocdsProcurementMethod(m)));
        QCOMPARE(ocdsProcurementMethod(ProcurementMethod::OpenTender), QStringLiteral("open"));
        QCOMPARE(ocdsProcurementMethod(ProcurementMethod::SingleSource), QStringLiteral("direct"));
    }

    void purchaseKindsMapToOcds()
    {
        // The stable codes, as the database and files hold them.
        QCOMPARE(codeOf(PurchaseKind::Goods), QStringLiteral("goods"));
        QCOMPARE(codeOf(PurchaseKind::Services), QStringLiteral("services"));
        QCOMPARE(codeOf(PurchaseKind::GoodsAndServices), QStringLiteral("goodsAndServices"));
        // OCDS's procurementCategory is closed: goods, works, services.
        const QSet<QString> main =
            ocdsCodelist(QStringLiteral("release-1.1.5/codelists/procurementCategory.csv"));
        QCOMPARE(main, (QSet<QString>{QStringLiteral("goods"), QStringLiteral("works"),
                                      QStringLiteral("services")}));
        const QSet<QString> extended =
            ocdsCodelist(QStringLiteral("release-1.1.5/codelists/extendedProcurementCategory.csv"));
        QVERIFY(!extended.isEmpty());
        for (PurchaseKind k : Codes<PurchaseKind>::all())
            QVERIFY2(main.contains(ocdsMainProcurementCategory(k)), qPrintable(codeOf(k)));
        QCOMPARE(ocdsMainProcurementCategory(PurchaseKind::Goods), QStringLiteral("goods"));
        QCOMPARE(ocdsMainProcurementCategory(PurchaseKind::Services), QStringLiteral("services"));
        QCOMPARE(ocdsMainProcurementCategory(PurchaseKind::GoodsAndServices),
                 QStringLiteral("services"));
        QCOMPARE(ocdsAdditionalProcurementCategories(PurchaseKind::GoodsAndServices),
                 QStringList{QStringLiteral("goods")});
        for (PurchaseKind k : Codes<PurchaseKind>::all())
            for (const QString& c : ocdsAdditionalProcurementCategories(k))
                QVERIFY2(extended.contains(c), qPrintable(c));
        QVERIFY(ocdsAdditionalProcurementCategories(PurchaseKind::Goods).isEmpty());
        QVERIFY(ocdsAdditionalProcurementCategories(PurchaseKind::Services).isEmpty());
    }

    void bidAndAwardStatusesAreOcdsCodes()
    {
        const QSet<QString> bids =
            ocdsCodelist(QStringLiteral("bid-extension/v1.1.5/codelists/bidStatus.csv"));
        QVERIFY(!bids.isEmpty());
        for (BidStatus s : Codes<BidStatus>::all())
            if (s != BidStatus::Draft) // a vendor's unsent bid is not published
                QVERIFY2(bids.contains(codeOf(s)), qPrintable(codeOf(s)));
        const QSet<QString> awards =
            ocdsCodelist(QStringLiteral("release-1.1.5/codelists/awardStatus.csv"));
        for (AwardStatus s : Codes<AwardStatus>::all())
            QVERIFY2(awards.contains(codeOf(s)), qPrintable(codeOf(s)));
    }
};

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
