// BID.json: a filled bid reads back as written, every wrong field is named by its path (all of
// them at once, nothing read), accelerators are checked against the catalog, and the template
// lists what the tender asks for.
#include "bidding/bidjson.h"
#include "domain/biddocuments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace td;

namespace {

QJsonObject money(const char* amount, const char* currency = "CNY")
{
    return {{QStringLiteral("amount"), QLatin1String(amount)},
            {QStringLiteral("currency"), QLatin1String(currency)}};
}

// A complete, valid bid.
QJsonObject filledBid()
{
    return {
        {QStringLiteral("format"), QStringLiteral("tenderdesk-bid-1")},
        {QStringLiteral("tender"), QStringLiteral("SGCC-2030-GAI-000001")},
        {QStringLiteral("lot"), 1},
        {QStringLiteral("totalPrice"), money("1234567.89")},
        {QStringLiteral("breakdown"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("licences")},
                                {QStringLiteral("label"), QStringLiteral("模型授权")},
                                {QStringLiteral("amount"), money("234567.89")}},
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("hardware")},
                                {QStringLiteral("label"), QStringLiteral("昇腾服务器")},
                                {QStringLiteral("amount"), money("1000000.00")}}}},
        {QStringLiteral("pricePerMillionTokens"), money("12.00")},
        {QStringLiteral("model"),
         QJsonObject{{QStringLiteral("family"), QStringLiteral("DeepSeek-V3")},
                     {QStringLiteral("version"), QStringLiteral("0324")},
                     {QStringLiteral("parameters"), QStringLiteral("671B")},
                     {QStringLiteral("licence"), QStringLiteral("MIT")},
                     {QStringLiteral("quantisation"), QStringLiteral("INT8")}}},
        {QStringLiteral("deliversHardware"), true},
        {QStringLiteral("hardware"), QJsonArray{QJsonObject{{QStringLiteral("accelerator"),
                                                             QStringLiteral("Huawei Ascend 910B")},
                                                            {QStringLiteral("count"), 16}}}},
        {QStringLiteral("declaredBenchmarks"),
         QJsonObject{{QStringLiteral("accuracyPercent"), 81.5},
                     {QStringLiteral("outputTokensPerSecond"), 1943},
                     {QStringLiteral("ttftP95Ms"), 900},
                     {QStringLiteral("tpotP95Ms"), 45}}},
        {QStringLiteral("projectManager"), QStringLiteral("张伟")},
        {QStringLiteral("securityAccount"), QStringLiteral("6222 0000 1111")},
        {QStringLiteral("documents"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("technical")},
                                {QStringLiteral("path"), QStringLiteral("技术方案.pdf")}}}},
    };
}

// Sets `value` at a path such as "breakdown[1].amount" (removes it when undefined).
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    const qsizetype bracket = head.indexOf(QLatin1Char('['));
    if (bracket < 0) {
        QJsonObject o = node.toObject();
        const QJsonValue next = setAt(o.value(head), path, value);
        if (next.isUndefined())
            o.remove(head);
        else
            o.insert(head, next);
        return o;
    }
    const QString key = head.left(bracket);
    const int index = head.mid(bracket + 1).chopped(1).toInt();
    QJsonObject o = node.toObject();
    QJsonArray array = o.value(key).toArray();
    array[index] = setAt(array.at(index), path, value);
    o.insert(key, array);
    return o;
}

QList<Accelerator> catalog()
{
    Accelerator ascend;
    ascend.model = QStringLiteral("Huawei Ascend 910B");
    ascend.domestic = true;
    return {ascend};
}

} // namespace

class TestBidJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFilledBidRoundTrips()
    {
        const QList<Accelerator> known = catalog();
        const BidContent bid = bidjson::read(filledBid(), &known);
        QCOMPARE(bid.tenderReference, QStringLiteral("SGCC-2030-GAI-000001"));
        QCOMPARE(bid.totalPrice, Money::yuan(123456789));
        QCOMPARE(bid.breakdown.size(), 2);
        QCOMPARE(bid.breakdown.at(1).kind, PriceItemKind::Hardware);
        QCOMPARE(*bid.pricePerMillionTokens, Money::yuan(1200));
        QCOMPARE(bid.model.quantisation, QStringLiteral("INT8"));
        QCOMPARE(bid.hardware.constFirst().count, 16);
        QCOMPARE(bid.declaredBenchmarks.ttftP95Ms, 900);
        QCOMPARE(bid.documents.constFirst().kind, BidDocumentKind::Technical);
        QCOMPARE(bidjson::write(bid), filledBid());
        // What sealing adds comes back as well.
        BidContent sealed = bid;
        sealed.documents[0].file = QStringLiteral("documents/01-技术方案.pdf");
        sealed.documents[0].bytes = 1234;
        sealed.documents[0].sha256 = QString(64, QLatin1Char('a'));
        QCOMPARE(bidjson::read(bidjson::write(sealed)).documents.constFirst(),
                 sealed.documents.constFirst());
    }

    void theCatalogsSpellingIsKept()
    {
        QJsonObject json = filledBid();
        json = setAt(json, {QStringLiteral("hardware[0]"), QStringLiteral("accelerator")},
                     QStringLiteral("huawei ascend 910b"))
                   .toObject();
        const QList<Accelerator> known = catalog();
        QCOMPARE(bidjson::read(json, &known).hardware.constFirst().acceleratorModel,
                 QStringLiteral("Huawei Ascend 910B"));
        // Without a catalog the name is taken as written.
        QCOMPARE(bidjson::read(json).hardware.constFirst().acceleratorModel,
                 QStringLiteral("huawei ascend 910b"));
    }

    void aWrongFieldIsNamed_data()
    {
        QTest::addColumn<QString>("path"); // dotted, with [i]
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field"); // as the problem names it
        QTest::addColumn<QString>("says");
        const QJsonValue missing = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("format") << QStringLiteral("format") << QJsonValue(QStringLiteral("bid-2"))
                                << QStringLiteral("format") << QStringLiteral("tenderdesk-bid-1");
        QTest::newRow("no tender") << QStringLiteral("tender") << missing
                                   << QStringLiteral("tender") << QStringLiteral("missing");
        QTest::newRow("empty tender") << QStringLiteral("tender") << QJsonValue(QStringLiteral(" "))
                                      << QStringLiteral("tender") << QStringLiteral("empty");
        QTest::newRow("lot zero") << QStringLiteral("lot") << QJsonValue(0) << QStringLiteral("lot")
                                  << QStringLiteral("whole number");
        QTest::newRow("lot text") << QStringLiteral("lot") << QJsonValue(QStringLiteral("1"))
                                  << QStringLiteral("lot") << QStringLiteral("whole number");
        QTest::newRow("no price") << QStringLiteral("totalPrice") << missing
                                  << QStringLiteral("totalPrice") << QStringLiteral("missing");
        QTest::newRow("price as float")
            << QStringLiteral("totalPrice")
            << QJsonValue(QJsonObject{{QStringLiteral("amount"), 12.345}})
            << QStringLiteral("totalPrice") << QStringLiteral("amount such as");
        QTest::newRow("negative price")
            << QStringLiteral("totalPrice") << QJsonValue(money("-1.00"))
            << QStringLiteral("totalPrice") << QStringLiteral("negative");
        QTest::newRow("breakdown kind")
            << QStringLiteral("breakdown[1].kind") << QJsonValue(QStringLiteral("gpus"))
            << QStringLiteral("breakdown[1].kind") << QStringLiteral("annualService");
        QTest::newRow("breakdown amount")
            << QStringLiteral("breakdown[0].amount") << QJsonValue(money("1.2.3"))
            << QStringLiteral("breakdown[0].amount") << QStringLiteral("amount such as");
        QTest::newRow("breakdown not a list")
            << QStringLiteral("breakdown") << QJsonValue(QStringLiteral("x"))
            << QStringLiteral("breakdown") << QStringLiteral("list");
        QTest::newRow("per million in yen")
            << QStringLiteral("pricePerMillionTokens") << QJsonValue(money("12.5", "JPY"))
            << QStringLiteral("pricePerMillionTokens") << QStringLiteral("amount such as");
        QTest::newRow("model text") << QStringLiteral("model.family") << QJsonValue(7)
                                    << QStringLiteral("model.family") << QStringLiteral("text");
        QTest::newRow("delivers") << QStringLiteral("deliversHardware")
                                  << QJsonValue(QStringLiteral("yes"))
                                  << QStringLiteral("deliversHardware")
                                  << QStringLiteral("true or false");
        QTest::newRow("unknown accelerator")
            << QStringLiteral("hardware[0].accelerator") << QJsonValue(QStringLiteral("Mystery X1"))
            << QStringLiteral("hardware[0].accelerator")
            << QStringLiteral("not in the accelerator catalog");
        QTest::newRow("count zero")
            << QStringLiteral("hardware[0].count") << QJsonValue(0)
            << QStringLiteral("hardware[0].count") << QStringLiteral("whole number");
        QTest::newRow("count missing")
            << QStringLiteral("hardware[0].count") << missing << QStringLiteral("hardware[0].count")
            << QStringLiteral("missing");
        QTest::newRow("accuracy over 100")
            << QStringLiteral("declaredBenchmarks.accuracyPercent") << QJsonValue(101)
            << QStringLiteral("declaredBenchmarks.accuracyPercent")
            << QStringLiteral("from 0 to 100");
        QTest::newRow("ttft fraction")
            << QStringLiteral("declaredBenchmarks.ttftP95Ms") << QJsonValue(1.5)
            << QStringLiteral("declaredBenchmarks.ttftP95Ms") << QStringLiteral("whole number");
        QTest::newRow("document kind")
            << QStringLiteral("documents[0].kind") << QJsonValue(QStringLiteral("brochure"))
            << QStringLiteral("documents[0].kind") << QStringLiteral("benchmarkReport");
        QTest::newRow("document digest")
            << QStringLiteral("documents[0].sha256") << QJsonValue(QStringLiteral("ABC"))
            << QStringLiteral("documents[0].sha256") << QStringLiteral("hexadecimal");
        QTest::newRow("unknown top-level field")
            << QStringLiteral("totalprice") << QJsonValue(money("1.00"))
            << QStringLiteral("totalprice") << QStringLiteral("spelling");
        QTest::newRow("unknown nested field")
            << QStringLiteral("model.size") << QJsonValue(QStringLiteral("big"))
            << QStringLiteral("model.size") << QStringLiteral("spelling");
    }
    void aWrongFieldIsNamed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const QJsonObject json = setAt(filledBid(), path.split(QLatin1Char('.')), value).toObject();
        const QList<Accelerator> known = catalog();
        try {
            bidjson::read(json, &known);
            QFAIL("the wrong field was read");
        } catch (const bidjson::BidJsonError& e) {
            QCOMPARE(e.problems().size(), 1);
            QCOMPARE(e.problems().constFirst().field, field);
            QVERIFY2(e.problems().constFirst().message.contains(says),
                     qPrintable(e.problems().constFirst().message));
            QVERIFY2(e.message().contains(field), qPrintable(e.message()));
        }
    }

    void everyProblemIsNamedAtOnce()
    {
        QJsonObject json = filledBid();
        json.remove(QStringLiteral("tender"));
        json.insert(QStringLiteral("lot"), -3);
        json = setAt(json, {QStringLiteral("hardware[0]"), QStringLiteral("count")}, 0).toObject();
        try {
            bidjson::read(json);
            QFAIL("a wrong bid was read");
        } catch (const bidjson::BidJsonError& e) {
            QStringList fields;
            for (const bidjson::FieldProblem& p : e.problems())
                fields.append(p.field);
            QCOMPARE(fields, (QStringList{QStringLiteral("tender"), QStringLiteral("lot"),
                                          QStringLiteral("hardware[0].count")}));
            QVERIFY(e.message().startsWith(QLatin1String("The bid file has 3 problem")));
        }
    }

    void textThatIsNoObjectIsRefused()
    {
        try {
            bidjson::read(QByteArrayLiteral("[1, 2]"));
            QFAIL("a list was read as a bid");
        } catch (const bidjson::BidJsonError& e) {
            QCOMPARE(e.problems().size(), 1);
            QVERIFY(e.problems().constFirst().field.isEmpty());
        }
    }

    void theTemplateListsWhatTheTenderAsks()
    {
        Tender tender;
        tender.reference = QStringLiteral("SGCC-2030-GAI-000002");
        tender.lots = {Lot{0, 1, QStringLiteral("一标段"), Money(500000000, QStringLiteral("CNY"))},
                       Lot{0, 2, QStringLiteral("二标段"), Money(300000, QStringLiteral("USD"))}};
        tender.bidDocuments = standardBidDocuments();
        const BidContent first = bidjson::bidTemplate(tender);
        QCOMPARE(first.tenderReference, tender.reference);
        QCOMPARE(first.lot, 1);
        QCOMPARE(first.totalPrice, Money::yuan(0));
        QVERIFY(first.hardware.isEmpty());
        QCOMPARE(first.documents.size(), tender.bidDocuments.size());
        for (qsizetype i = 0; i < first.documents.size(); ++i) {
            QCOMPARE(first.documents.at(i).kind, tender.bidDocuments.at(i).kind);
            QVERIFY(first.documents.at(i).path.isEmpty());
        }
        const BidContent second = bidjson::bidTemplate(tender, 2);
        QCOMPARE(second.lot, 2);
        QCOMPARE(second.totalPrice.currency(), QStringLiteral("USD"));
        for (const PriceItem& item : second.breakdown)
            QCOMPARE(item.amount.currency(), QStringLiteral("USD"));
        // What the template prints reads back as it is.
        QCOMPARE(bidjson::write(bidjson::read(bidjson::write(first))), bidjson::write(first));
    }
};

QTEST_GUILESS_MAIN(TestBidJson)
#include "tst_bidjson.moc"
