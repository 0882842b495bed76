// TenderDesk's own tender JSON (`tenders show --json`, `tender create/edit --from`): what the
// writer puts out, the reader takes back.
#include "domain/error.h"
#include "exchange/tenderjson.h"
#include "exchange/tenderjsonreader.h"
#include "exchange/tendertemplates.h"

#include <QTest>

using namespace td;

Q_DECLARE_METATYPE(td::PurchaseKind)

class TestTenderJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void purchaseKindRoundTrip_data()
    {
        QTest::addColumn<PurchaseKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("goods") << PurchaseKind::Goods << "goods";
        QTest::newRow("services") << PurchaseKind::Services << "services";
        QTest::newRow("goods and services") << PurchaseKind::GoodsAndServices << "goodsAndServices";
    }
    void purchaseKindRoundTrip()
    {
        QFETCH(PurchaseKind, kind);
        QFETCH(QString, code);
        Tender t = tenderFromTemplate(TenderCategory::DataAnalysis, QDate(2026, 3, 2));
        t.purchaseKind = kind;
        const QJsonObject json = json::tender(t);
        QCOMPARE(json.value(QLatin1String("purchaseKind")).toString(), code);
        // Read over a base of another kind, so that only the file can give it back.
        Tender base;
        base.purchaseKind =
            kind == PurchaseKind::Services ? PurchaseKind::Goods : PurchaseKind::Services;
        QCOMPARE(json::readTender(json, base).purchaseKind, kind);
    }

    // The peak concurrent requests: written, read back, and a negative peak refused.
    void peakConcurrentRequestsRoundTrip()
    {
        Tender t = tenderFromTemplate(TenderCategory::KnowledgeAssistant, QDate(2026, 3, 2));
        t.workload.peakConcurrentRequests = 120;
        const QJsonObject json = json::tender(t);
        QCOMPARE(json.value(u"workload").toObject().value(u"peakConcurrentRequests").toInt(), 120);
        QCOMPARE(json::readTender(json, Tender()).workload.peakConcurrentRequests, 120);

        const QJsonObject negative{{QStringLiteral("workload"),
                                    QJsonObject{{QStringLiteral("peakConcurrentRequests"), -1}}}};
        try {
            json::readTender(negative, Tender());
            QFAIL("a negative peak was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("workload.peakConcurrentRequests")),
                     qPrintable(e.message()));
        }
    }

    void anAbsentKindKeepsTheBase()
    {
        Tender base;
        base.purchaseKind = PurchaseKind::Goods;
        const QJsonObject file{{QStringLiteral("title"), QStringLiteral("知识库问答")}};
        QCOMPARE(json::readTender(file, base).purchaseKind, PurchaseKind::Goods);
    }

    void anUnknownKindIsRefusedNamingTheCodes()
    {
        const QJsonObject file{{QStringLiteral("purchaseKind"), QStringLiteral("works")}};
        try {
            json::readTender(file, Tender());
            QFAIL("a purchase kind outside the codes was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("goods, services, goodsAndServices")),
                     qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTenderJson)
#include "tst_tenderjson.moc"
