// Searching the opened bids' documents: page numbers from form feeds, one-line snippets, hits in
// the text and in the PDF metadata, on both engines.
#include "collusionscenario.h"
#include "documents/documentsearch.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QTest>

using namespace td;

class TestDocumentSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageOfAnOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("page");
        QTest::newRow("first page") << QStringLiteral("abc\fdef") << 1 << 1;
        QTest::newRow("at the break") << QStringLiteral("abc\fdef") << 3 << 1;
        QTest::newRow("second page") << QStringLiteral("abc\fdef") << 4 << 2;
        QTest::newRow("third page") << QStringLiteral("a\fb\fc") << 4 << 3;
        QTest::newRow("no break") << QStringLiteral("只有一页") << 3 << 1;
    }
    void pageOfAnOffset()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        QFETCH(int, page);
        QCOMPARE(pageAt(text, offset), page);
    }

    void snippetsAreOneLineWithTheMatchInPlace()
    {
        const QString text = QStringLiteral("line one\nthe needle here\fpage two");
        const qsizetype at = text.indexOf(QLatin1String("needle"));
        const Snippet s = snippetAround(text, at, 6, 5);
        QCOMPARE(s.text, QStringLiteral(" the needle here")); // the line break became a space
        QCOMPARE(s.text.mid(s.matchStart, 6), QStringLiteral("needle"));
        const Snippet wide = snippetAround(text, at, 6, 100);
        QVERIFY(!wide.text.contains(QLatin1Char('\n')) && !wide.text.contains(QLatin1Char('\f')));
        QCOMPARE(wide.text.size(), text.size());
        QCOMPARE(wide.text.mid(wide.matchStart, 6), QStringLiteral("needle"));
    }

    void findsTextAndMetadataOfOpenedBids_data() { test::addEngineRows(); }
    void findsTextAndMetadataOfOpenedBids()
    {
        QFETCH(Engine, engine);
        test::TestDatabase database(engine);
        QVERIFY2(database.isReady(), qPrintable(database.error()));
        const QSqlDatabase db = database.open().connection();
        CollusionInput scenario = test::innocentBidders();
        BidDocumentFacts& technical = scenario.bids[1].documents[0];
        technical.text += QStringLiteral(
            "\f第二页：本方案由Quillfeather团队部署。\fLast page: QUILLFEATHER again.");
        technical.metadata.insert(QStringLiteral("author"), QStringLiteral("Zhang Quillfeather"));
        test::insertScenario(db, scenario);
        const qint64 tenderId =
            sql::scalar(db, QStringLiteral("SELECT id FROM tenders WHERE reference = ?"),
                        {scenario.tenderReference})
                .toLongLong();

        const QList<DocumentHit> hits =
            searchBidDocuments(db, tenderId, QStringLiteral("quillfeather"));
        QCOMPARE(hits.size(), 3);
        for (const DocumentHit& hit : hits) {
            QCOMPARE(hit.bidId, scenario.bids.at(1).bidId);
            QCOMPARE(hit.vendor, scenario.bids.at(1).vendorName);
            QCOMPARE(hit.fileName, technical.fileName);
            QCOMPARE(hit.snippet.mid(hit.matchStart, hit.matchLength).toLower(),
                     QStringLiteral("quillfeather"));
        }
        QCOMPARE(hits.at(0).field, QStringLiteral("text"));
        QCOMPARE(hits.at(0).page, 2); // in Chinese text, any case
        QCOMPARE(hits.at(1).page, 3);
        QCOMPARE(hits.at(2).field, QStringLiteral("author"));
        QCOMPARE(hits.at(2).page, 0);
    }
};

QTEST_MAIN(TestDocumentSearch)
#include "tst_documentsearch.moc"
