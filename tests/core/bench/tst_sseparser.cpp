// The SSE parser against the rules of the HTML standard's event-stream format, fed whole and
// byte by byte: the result must not depend on where the network cut the stream.
#include "bench/sseparser.h"

#include <QTest>

using td::bench::SseParser;

class TestSseParser : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> parse(const QByteArray& stream, qsizetype pieceSize)
    {
        QList<QByteArray> events;
        SseParser parser([&](const QByteArray& data) { events.append(data); });
        for (qsizetype at = 0; at < stream.size(); at += pieceSize)
            parser.feed(stream.mid(at, pieceSize));
        return events;
    }

private Q_SLOTS:
    void events_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<QByteArray>>("expected");
        using L = QList<QByteArray>;
        QTest::newRow("one event") << QByteArray("data: {\"a\":1}\n\n") << L{"{\"a\":1}"};
        QTest::newRow("two events") << QByteArray("data: 1\n\ndata: 2\n\n") << L{"1", "2"};
        QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << L{"x"};
        QTest::newRow("only one space dropped") << QByteArray("data:  x\n\n") << L{" x"};
        QTest::newRow("multi-line data joined with LF")
            << QByteArray("data: {\"a\":\ndata: 1}\n\n") << L{"{\"a\":\n1}"};
        QTest::newRow("comment lines skipped")
            << QByteArray(": keep-alive\n\ndata: x\n: between\n\n") << L{"x"};
        QTest::newRow("CRLF line ends")
            << QByteArray("data: x\r\n\r\ndata: y\r\n\r\n") << L{"x", "y"};
        QTest::newRow("CR line ends") << QByteArray("data: x\r\rdata: y\r\r") << L{"x", "y"};
        QTest::newRow("event and id fields ignored")
            << QByteArray("event: message\nid: 7\nretry: 10\ndata: x\n\n") << L{"x"};
        QTest::newRow("field without colon is empty data") << QByteArray("data\n\n") << L{""};
        QTest::newRow("event without data not dispatched")
            << QByteArray("event: ping\n\ndata: x\n\n") << L{"x"};
        QTest::newRow("unfinished last event not dispatched")
            << QByteArray("data: x\n\ndata: y\n") << L{"x"};
        QTest::newRow("DONE sentinel") << QByteArray("data: [DONE]\n\n") << L{"[DONE]"};
        QTest::newRow("UTF-8 kept whole")
            << QByteArray("data: {\"c\":\"国产算力\"}\n\n") << L{"{\"c\":\"国产算力\"}"};
        QTest::newRow("blank lines between events")
            << QByteArray("\n\n\ndata: x\n\n\n\n") << L{"x"};
        QTest::newRow("unknown field ignored") << QByteArray("foo: bar\ndata: x\n\n") << L{"x"};
        QTest::newRow("colon inside the value") << QByteArray("data: a: b\n\n") << L{"a: b"};
    }

    void events()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<QByteArray>, expected);
        QCOMPARE(parse(stream, stream.size() + 1), expected);
        QCOMPARE(parse(stream, 1), expected);
        QCOMPARE(parse(stream, 3), expected);
    }

    void crlfSplitAcrossPieces()
    {
        // The CR ends one piece and its LF starts the next: still one line end, not two (two
        // would dispatch an event early and make the second data line a new event).
        QList<QByteArray> events;
        SseParser parser([&](const QByteArray& data) { events.append(data); });
        parser.feed(QByteArray("data: a\r"));
        parser.feed(QByteArray("\ndata: b\r\n\r\n"));
        QCOMPARE(events, QList<QByteArray>{"a\nb"});
    }

    void partialEventIsReported()
    {
        SseParser parser([](const QByteArray&) {});
        parser.feed(QByteArray("data: {\"choices\""));
        QVERIFY(parser.hasPartialEvent());
        parser.feed(QByteArray(":[]}\n\n"));
        QVERIFY(!parser.hasPartialEvent());
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
