// Collusion signals on SQLite and PostgreSQL, from rows written as the opening writes them:
// each signal fires on its evidence, between the right bidders and with its Article 40 clause,
// and nothing fires between bidders with nothing in common. Then the rules' edges on plain
// structs: the same vendor, other lots, the tender's own files, a shared creator tool alone,
// the price-spacing tolerance.
#include "collusionscenario.h"
#include "documents/collusionjson.h"
#include "documents/collusionrepository.h"
#include "documents/collusionsignals.h"
#include "generatedtext.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace td;

Q_DECLARE_METATYPE(td::CollusionKind)
Q_DECLARE_METATYPE(td::Article40Clause)

namespace {

using Evidence = std::function<void(CollusionInput&)>;

// Bidder 0's document with a tenth of its words replaced: bidder 1 copied it.
void copyDocument(CollusionInput& input)
{
    test::GeneratedText own(77);
    QString copy = input.bids[0].documents[0].text;
    for (qsizetype at = 0; at + 400 < copy.size(); at += 4000)
        copy.replace(at, 300, own.words(40));
    input.bids[1].documents[0].text = copy;
}

QList<qint64> bidIdsOf(const CollusionSignal& signal)
{
    QList<qint64> ids;
    for (const SignalBidder& bidder : signal.bidders)
        ids.append(bidder.bidId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<CollusionKind> kindsOf(const QList<CollusionSignal>& found)
{
    QList<CollusionKind> kinds;
    for (const CollusionSignal& s : found)
        kinds.append(s.kind);
    return kinds;
}

} // namespace

class TestCollusion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachSignalFiresOnItsEvidence_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<CollusionKind>("kind");
        QTest::addColumn<Article40Clause>("clause");
        QTest::addColumn<int>("bidders"); // bidders 0 .. n-1 are involved
        QTest::addColumn<Evidence>("evidence");

        struct Case
        {
            const char* name;
            CollusionKind kind;
            Article40Clause clause;
            int bidders;
            Evidence evidence;
        };
        const QList<Case> cases = {
            {"similar documents", CollusionKind::SimilarDocuments,
             Article40Clause::AlikeOrPricePattern, 2, copyDocument},
            {"identical metadata", CollusionKind::IdenticalMetadata, Article40Clause::SamePreparer,
             2,
             [](CollusionInput& in) {
                 in.bids[1].documents[0].metadata = in.bids[0].documents[0].metadata;
             }},
            {"identical files", CollusionKind::IdenticalFiles, Article40Clause::MixedUp, 2,
             [](CollusionInput& in) {
                 in.bids[1].documents.append(in.bids[0].documents[0]);
                 in.bids[1].documents.last().fileName = QStringLiteral("附件.pdf");
                 in.bids[1].documents.last().text.clear();
                 in.bids[1].documents.last().metadata = {};
             }},
            {"identical prices", CollusionKind::IdenticalPrices,
             Article40Clause::AlikeOrPricePattern, 2,
             [](CollusionInput& in) {
                 in.bids[1].totalPriceMinor = in.bids[0].totalPriceMinor;
             }},
            {"evenly spaced prices", CollusionKind::EvenlySpacedPrices,
             Article40Clause::AlikeOrPricePattern, 3,
             [](CollusionInput& in) {
                 in.bids[0].totalPriceMinor = 400000000;
                 in.bids[1].totalPriceMinor = 412000000;
                 in.bids[2].totalPriceMinor = 424000000;
             }},
            {"same machine", CollusionKind::SameMachine, Article40Clause::SamePreparer, 2,
             [](CollusionInput& in) {
                 in.bids[1].machineFingerprint = in.bids[0].machineFingerprint;
             }},
            {"same project manager", CollusionKind::SameProjectManager,
             Article40Clause::SameProjectManager, 2,
             [](CollusionInput& in) {
                 in.bids[0].projectManager = QStringLiteral("Li  Ming ");
             }},
            {"same security account", CollusionKind::SameSecurityAccount,
             Article40Clause::SameSecurityAccount, 2,
             [](CollusionInput& in) {
                 in.bids[0].securityAccount = QStringLiteral("6222-0210-0000-2222");
             }},
        };
        for (const char* engine : {"sqlite", "postgresql"})
            for (const Case& c : cases)
                QTest::addRow("%s %s", engine, c.name)
                    << (qstrcmp(engine, "sqlite") == 0 ? Engine::Sqlite : Engine::Postgresql)
                    << c.kind << c.clause << c.bidders << c.evidence;
    }

    void eachSignalFiresOnItsEvidence()
    {
        QFETCH(Engine, engine);
        QFETCH(CollusionKind, kind);
        QFETCH(Article40Clause, clause);
        QFETCH(int, bidders);
        QFETCH(Evidence, evidence);
        test::TestDatabase database(engine);
        QVERIFY2(database.isReady(), qPrintable(database.error()));
        const QSqlDatabase db = database.open().connection();

        CollusionInput scenario = test::innocentBidders();
        evidence(scenario);
        test::insertScenario(db, scenario);
        const std::optional<CollusionInput> input =
            loadCollusionInput(db, scenario.tenderReference);
        QVERIFY(input);
        QCOMPARE(input->bids.size(), 3);

        const QList<CollusionSignal> found = findCollusionSignals(*input);
        QCOMPARE(kindsOf(found), QList<CollusionKind>{kind});
        const CollusionSignal& signal = found.constFirst();
        QCOMPARE(signal.clause, clause);
        QList<qint64> expectedIds;
        for (int i = 0; i < bidders; ++i)
            expectedIds.append(scenario.bids.at(i).bidId);
        QCOMPARE(bidIdsOf(signal), expectedIds);
        QVERIFY(!signal.summary.isEmpty());
        QVERIFY(!signal.evidence.isEmpty());

        // The evidence names what matched.
        const QJsonObject details = signal.details;
        switch (kind) {
        case CollusionKind::SimilarDocuments: {
            const double similarity = details.value(QStringLiteral("similarity")).toDouble();
            QVERIFY2(similarity > 0.6 && similarity < 1.0, qPrintable(QString::number(similarity)));
            const QJsonArray passages = details.value(QStringLiteral("passages")).toArray();
            QCOMPARE(passages.size(), 5);
            // Each passage is the same text in both documents, at the offsets given.
            for (const QJsonValue& p : passages) {
                const QJsonObject a = p[QStringLiteral("a")].toObject();
                const QJsonObject b = p[QStringLiteral("b")].toObject();
                const QString& textA = scenario.bids[0].documents[0].text;
                const QString& textB = scenario.bids[1].documents[0].text;
                const qsizetype startA = a[QStringLiteral("start")].toInteger();
                const qsizetype startB = b[QStringLiteral("start")].toInteger();
                QCOMPARE(textA.mid(startA, a[QStringLiteral("end")].toInteger() - startA),
                         textB.mid(startB, b[QStringLiteral("end")].toInteger() - startB));
                QVERIFY(p[QStringLiteral("tokens")].toInt() >= 12);
            }
            break;
        }
        case CollusionKind::IdenticalMetadata:
            QCOMPARE(details.value(QStringLiteral("fields")).toObject().keys(),
                     (QStringList{QStringLiteral("author"), QStringLiteral("creationDate"),
                                  QStringLiteral("creator")}));
            break;
        case CollusionKind::IdenticalFiles:
            QCOMPARE(details.value(QStringLiteral("sha256")).toString(),
                     scenario.bids[0].documents[0].sha256);
            break;
        case CollusionKind::EvenlySpacedPrices:
            QCOMPARE(details.value(QStringLiteral("gapsMinor")).toArray(),
                     (QJsonArray{12000000, 12000000}));
            break;
        case CollusionKind::SameSecurityAccount:
            QCOMPARE(details.value(QStringLiteral("securityAccount")).toString(),
                     QStringLiteral("6222021000002222"));
            break;
        default:
            break;
        }

        const QJsonObject json = collusionReportJson(*input, found);
        QCOMPARE(json.value(QStringLiteral("bidsOpened")).toInt(), 3);
        const QJsonObject first = json.value(QStringLiteral("signals"))[0].toObject();
        QCOMPARE(first.value(QStringLiteral("clause"))[QStringLiteral("item")].toInt(),
                 int(clause));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), CollusionText::kindCode(kind));
    }

    void nothingInCommonNothingFound_data() { test::addEngineRows(); }

    void nothingInCommonNothingFound()
    {
        QFETCH(Engine, engine);
        test::TestDatabase database(engine);
        QVERIFY2(database.isReady(), qPrintable(database.error()));
        const QSqlDatabase db = database.open().connection();
        CollusionInput scenario = test::innocentBidders();
        test::insertScenario(db, scenario);
        const std::optional<CollusionInput> input =
            loadCollusionInput(db, scenario.tenderReference);
        QVERIFY(input);
        QCOMPARE(findCollusionSignals(*input).size(), 0);
        // What was read is what was written.
        QCOMPARE(input->bids.at(1).vendorName, scenario.bids.at(1).vendorName);
        QCOMPARE(input->bids.at(1).machineFingerprint, scenario.bids.at(1).machineFingerprint);
        QCOMPARE(input->bids.at(2).documents.at(0).text, scenario.bids.at(2).documents.at(0).text);
        QCOMPARE(input->bids.at(2).documents.at(0).metadata,
                 scenario.bids.at(2).documents.at(0).metadata);
        QVERIFY(!loadCollusionInput(db, QStringLiteral("NO-SUCH-TENDER")));
    }

    void sameVendorAndOtherLotsDoNotCount()
    {
        CollusionInput input = test::innocentBidders();
        // One vendor bidding twice (two lots) with the same documents, manager and computer.
        BidFacts second = input.bids[0];
        second.bidId = 10;
        second.lot = 2;
        second.totalPriceMinor = input.bids[1].totalPriceMinor; // same price, another lot
        input.bids.append(second);
        QCOMPARE(findCollusionSignals(input).size(), 0);
    }

    void tenderDocumentsAreNotShared()
    {
        CollusionInput input = test::innocentBidders();
        // Every bidder attaches the tender's own form, unchanged.
        test::GeneratedText form(5);
        BidDocumentFacts attached;
        attached.fileName = QStringLiteral("投标函格式.pdf");
        attached.text = form.chinese(4000);
        attached.sha256 = QStringLiteral("ab").repeated(32);
        for (BidFacts& bid : input.bids)
            bid.documents.append(attached);
        QCOMPARE(
            kindsOf(findCollusionSignals(input)),
            (QList<CollusionKind>{CollusionKind::SimilarDocuments, CollusionKind::SimilarDocuments,
                                  CollusionKind::SimilarDocuments, CollusionKind::IdenticalFiles}));
        input.tenderDocumentDigests = {attached.sha256};
        input.tenderDocumentTexts = {attached.text};
        QCOMPARE(findCollusionSignals(input).size(), 0);
    }

    void creatorToolAloneIsNoEvidence()
    {
        CollusionInput input = test::innocentBidders();
        for (BidFacts& bid : input.bids)
            bid.documents[0].metadata.insert(QStringLiteral("producer"),
                                             QStringLiteral("WPS Office PDF"));
        QCOMPARE(findCollusionSignals(input).size(), 0);
        input.bids[2].documents[0].metadata.insert(QStringLiteral("modificationDate"),
                                                   QStringLiteral("2026-03-18T09:30:00Z"));
        input.bids[0].documents[0].metadata.insert(QStringLiteral("modificationDate"),
                                                   QStringLiteral("2026-03-18T09:30:00Z"));
        const QList<CollusionSignal> found = findCollusionSignals(input);
        QCOMPARE(kindsOf(found), QList<CollusionKind>{CollusionKind::IdenticalMetadata});
        QCOMPARE(found.constFirst().details.value(QStringLiteral("fields")).toObject().keys(),
                 (QStringList{QStringLiteral("creator"), QStringLiteral("modificationDate"),
                              QStringLiteral("producer")}));
    }

    void priceSpacingTolerance_data()
    {
        QTest::addColumn<qint64>("middle");
        QTest::addColumn<bool>("fires");
        // 400,000.00 / middle / 424,000.00: gaps equal within 0.1% of the middle price.
        QTest::newRow("exact") << qint64(412000000) << true;
        QTest::newRow("within 0.1%") << qint64(412000000 + 200000) << true;
        QTest::newRow("beyond 0.1%") << qint64(412000000 + 210000) << false;
        QTest::newRow("far off") << qint64(405000000) << false;
    }

    void priceSpacingTolerance()
    {
        QFETCH(qint64, middle);
        QFETCH(bool, fires);
        CollusionInput input = test::innocentBidders();
        input.bids[0].totalPriceMinor = 400000000;
        input.bids[1].totalPriceMinor = middle;
        input.bids[2].totalPriceMinor = 424000000;
        const QList<CollusionKind> kinds = kindsOf(findCollusionSignals(input));
        QCOMPARE(kinds.contains(CollusionKind::EvenlySpacedPrices), fires);
    }
};

QTEST_GUILESS_MAIN(TestCollusion)
#include "tst_collusion.moc"
