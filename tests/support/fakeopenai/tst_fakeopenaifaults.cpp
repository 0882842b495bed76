#include "fakeopenaiasks.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace td::test;
using namespace Qt::StringLiterals;

// The fake server's misbehaving models, byte for byte over raw sockets: a cut connection,
// broken JSON, an error in the middle of a stream, silence, and scripted error replies.
class TestFakeOpenAiFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeOpenAiProcess> server_;

    RawReply ask(const Ask& what) { return exchange(server_->port(), requestFor(what)); }

private Q_SLOTS:
    void initTestCase()
    {
        server_ = std::make_unique<FakeOpenAiProcess>(QStringLiteral(TENDERDESK_FAKE_OPENAI));
        QString error;
        QVERIFY2(startWithSuites(*server_, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        // The end of stdin ends it (--exit-on-eof), cleanly.
        QCOMPARE(server_->stop(), 0);
    }

    void cutClosesAfterTokenAt_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<int>("tokens");
        QTest::newRow("at 2") << QByteArray("cut") << 3;
        QTest::newRow("at 0") << QByteArray("cut?at=0") << 1;
        QTest::newRow("at past the end") << QByteArray("cut?tokens=4&at=9") << 4;
    }
    void cutClosesAfterTokenAt()
    {
        QFETCH(QByteArray, model);
        QFETCH(int, tokens);
        const RawReply reply = ask({model, true, true});
        QVERIFY(reply.peerClosed);
        QVERIFY(!reply.zeroChunk);
        QCOMPARE(reply.chunks.size(), 1 + tokens);
        QCOMPARE(tokenText(chunkJson(reply.chunks.last()), true), u"t%1 "_s.arg(tokens - 1));
        QVERIFY(reply.raw.endsWith("\n\n\r\n"));

        const RawReply whole = ask({model, false});
        QVERIFY(whole.peerClosed);
        QVERIFY(whole.raw.isEmpty());
    }

    void badJsonBreaksTokenAt()
    {
        const RawReply reply = ask({"badjson?tokens=5", true});
        QCOMPARE(reply.chunks.size(), 1 + 5 + 1 + 1);
        QCOMPARE(tokenText(chunkJson(reply.chunks.at(2)), true), u"t1 "_s);
        QCOMPARE(reply.chunks.at(3), QByteArray("data: {\"choices\": [ {\"delta\": \n\n"));
        QCOMPARE(tokenText(chunkJson(reply.chunks.at(4)), true), u"t3 "_s);
        QCOMPARE(firstChoice(chunkJson(reply.chunks.at(6))).value(u"finish_reason"_s).toString(),
                 u"stop"_s);
        QCOMPARE(reply.chunks.last(), QByteArray("data: [DONE]\n\n"));
        QVERIFY(reply.zeroChunk);

        const RawReply whole = ask({"badjson", false});
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, QByteArray("{\"choices\": [ {\"message\": "));
    }

    void errorMidstreamFollowsTokenAt()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server_->port()));
        client.send(requestFor({"error-midstream", true, true}));
        const RawReply reply = client.readReply();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.chunks.size(), 1 + 3 + 2);
        QCOMPARE(tokenText(chunkJson(reply.chunks.at(3)), true), u"t2 "_s);
        QCOMPARE(reply.chunks.at(4),
                 QByteArray("data: {\"error\": {\"message\": \"CUDA out of memory\", \"type\": "
                            "\"server_error\", \"code\": 500}}\n\n"));
        QCOMPARE(reply.chunks.at(5), QByteArray("data: [DONE]\n\n"));
        QVERIFY(reply.zeroChunk);
        // The stream ended properly: the connection serves the next request.
        client.send(requestFor({"error-midstream", false}));
        const RawReply whole = client.readReply();
        QCOMPARE(whole.status, 200);
        QCOMPARE(jsonOf(whole.body).value(u"error"_s).toObject().value(u"message"_s).toString(),
                 u"CUDA out of memory"_s);
    }

    void stallGoesSilentAfterTokenAt()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server_->port()));
        client.send(requestFor({"stall", true, true}));
        const RawReply reply = client.readReply(500);
        QVERIFY(!reply.complete);
        QCOMPARE(reply.chunks.size(), 1 + 3);
        QCOMPARE(tokenText(chunkJson(reply.chunks.last()), true), u"t2 "_s);
        QCOMPARE(client.readFor(300), QByteArray());
        QVERIFY(client.isConnected());

        RawHttpClient whole;
        QVERIFY(whole.connectTo(server_->port()));
        whole.send(requestFor({"stall", false}));
        QCOMPARE(whole.readFor(300), QByteArray());
        QVERIFY(whole.isConnected());
    }

    void stallHeadersNeverAnswers()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server_->port()));
        client.send(requestFor({"stall-headers", true}));
        QCOMPARE(client.readFor(300), QByteArray());
        QVERIFY(client.isConnected());
    }

    void errorModesAnswerAsScripted_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("nested") << QByteArray("error-nested") << 400
                                << QByteArray("application/json")
                                << QByteArray("{\"error\": {\"message\": \"model not found\", "
                                              "\"type\": \"invalid_request_error\", \"param\": "
                                              "\"model\", \"code\": \"model_not_found\"}}");
        QTest::newRow("flat") << QByteArray("error-flat") << 400 << QByteArray("application/json")
                              << QByteArray("{\"object\": \"error\", \"message\": \"max_tokens is "
                                            "too large\", \"type\": \"BadRequestError\", "
                                            "\"param\": null, \"code\": 400}");
        QTest::newRow("500") << QByteArray("http500") << 500 << QByteArray("text/plain")
                             << QByteArray("Internal Server Error");
    }
    void errorModesAnswerAsScripted()
    {
        QFETCH(QByteArray, model);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        for (const bool stream : {true, false}) {
            const RawReply reply = ask({model, stream});
            QCOMPARE(reply.status, status);
            QCOMPARE(reply.headers.value("content-type"), contentType);
            QCOMPARE(reply.body, body);
        }
    }
};

QTEST_GUILESS_MAIN(TestFakeOpenAiFaults)
#include "tst_fakeopenaifaults.moc"
