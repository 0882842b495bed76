#include "fakeopenaiasks.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace td::test;
using namespace Qt::StringLiterals;

// The fake server as an HTTP server and a process, over raw sockets: the model list, keep-alive
// and Connection: close, the API key, refused requests, 1,500 connections at once, several
// threads, and how it ends.
class TestFakeOpenAiHttp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeOpenAiProcess> server_;

    // A reply on a fresh connection.
    RawReply exchange(const QByteArray& request, int timeoutMs = 20000)
    {
        return td::test::exchange(server_->port(), request, timeoutMs);
    }

    RawReply ask(const Ask& what) { return exchange(requestFor(what)); }

private Q_SLOTS:
    void initTestCase()
    {
        // 1,500 sockets of our own, whatever the soft limit of the shell.
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        limit.rlim_cur = limit.rlim_max;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
        QVERIFY2(limit.rlim_cur >= 4000, "the hard descriptor limit is below 4000");

        server_ = std::make_unique<FakeOpenAiProcess>(QStringLiteral(TENDERDESK_FAKE_OPENAI));
        QString error;
        QVERIFY2(startWithSuites(*server_, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        // The end of stdin ends it (--exit-on-eof), cleanly.
        QCOMPARE(server_->stop(), 0);
    }

    void listsTheModels()
    {
        const RawReply reply = exchange("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject json = jsonOf(reply.body);
        QCOMPARE(json.value(u"object"_s).toString(), u"list"_s);
        QStringList ids;
        for (const QJsonValue& model : json.value(u"data"_s).toArray()) {
            QCOMPARE(model.toObject().value(u"object"_s).toString(), u"model"_s);
            QCOMPARE(model.toObject().value(u"owned_by"_s).toString(), u"tenderdesk-test"_s);
            ids.append(model.toObject().value(u"id"_s).toString());
        }
        QCOMPARE(ids, (QStringList{u"scripted"_s, u"comments"_s, u"cut"_s, u"badjson"_s,
                                   u"error-midstream"_s, u"no-usage"_s, u"wrong-usage"_s,
                                   u"stall"_s, u"stall-headers"_s, u"error-nested"_s,
                                   u"error-flat"_s, u"http500"_s, u"oracle"_s, u"contrarian"_s}));
    }

    void keepsTheConnectionAlive()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server_->port()));
        client.send(requestFor({"scripted?tokens=3", true, true}));
        const RawReply first = client.readReply();
        QVERIFY(first.zeroChunk);
        client.send(requestFor({"scripted?tokens=3", false}));
        const RawReply second = client.readReply();
        QCOMPARE(second.status, 200);
        QCOMPARE(wholeText(second), u"t0 t1 t2 "_s);
        client.send("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const RawReply third = client.readReply();
        QCOMPARE(third.status, 200);
        QVERIFY(third.complete);
        QVERIFY(client.isConnected());
    }

    void closesWhenAsked()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server_->port()));
        client.send("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        const RawReply reply = client.readReply();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("connection"), QByteArray("close"));
        QVERIFY(client.readReply(5000).peerClosed);
    }

    void unknownModelIsNotFound()
    {
        const RawReply reply = ask({"gpt-4o", true});
        QCOMPARE(reply.status, 404);
        const QJsonObject error = jsonOf(reply.body).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"model_not_found"_s);
        QCOMPARE(error.value(u"param"_s).toString(), u"model"_s);
        QVERIFY(error.value(u"message"_s).toString().contains(u"gpt-4o"_s));
    }

    void requiresTheApiKey()
    {
        FakeOpenAiProcess guarded{QStringLiteral(TENDERDESK_FAKE_OPENAI)};
        QString error;
        QVERIFY2(guarded.start({u"--api-key"_s, u"sesame"_s}, &error), qPrintable(error));
        const auto askWith = [&](const QByteArray& header) {
            RawHttpClient client;
            client.connectTo(guarded.port());
            client.send(postRequest("/v1/chat/completions",
                                    R"({"model":"scripted","messages":[],"stream":false})",
                                    header));
            return client.readReply();
        };
        const RawReply missing = askWith({});
        QCOMPARE(missing.status, 401);
        QCOMPARE(jsonOf(missing.body).value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"invalid_api_key"_s);
        QCOMPARE(askWith("Authorization: Bearer wrong\r\n").status, 401);
        QCOMPARE(askWith("Authorization: Bearer sesame\r\n").status, 200);
        QCOMPARE(guarded.stop(), 0);
    }

    void unknownPathIsNotFound()
    {
        const RawReply reply = exchange("GET /v2/engines HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(reply.status, 404);
        QVERIFY(jsonOf(reply.body).value(u"error"_s).toObject().contains(u"message"_s));
        QVERIFY(!reply.peerClosed);
    }

    void bodyWithoutLengthIsRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("no length")
            << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTest::newRow("chunked") << QByteArray(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: "
            "chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    }
    void bodyWithoutLengthIsRefused()
    {
        QFETCH(QByteArray, request);
        const RawReply reply = exchange(request);
        QCOMPARE(reply.status, 411);
        QVERIFY(jsonOf(reply.body).contains(u"error"_s));
    }

    void garbageIsABadRequestAndCloses()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server_->port()));
        client.send("GARBAGE\r\n\r\n");
        const RawReply reply = client.readReply();
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.headers.value("connection"), QByteArray("close"));
        const RawReply after = client.readReply(5000);
        QVERIFY(after.peerClosed);
        QVERIFY(after.raw.isEmpty());
    }

    void invalidJsonIsABadRequest()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server_->port()));
        client.send(postRequest("/v1/chat/completions", "{\"model\": "));
        QCOMPARE(client.readReply().status, 400);
        // The request was framed: the connection goes on.
        client.send(requestFor({"scripted?tokens=1", false}));
        QCOMPARE(wholeText(client.readReply()), u"t0 "_s);
    }

    void acceptsManySimultaneousConnections()
    {
        constexpr int count = 1500;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        std::vector<QByteArray> received(count);
        std::vector<bool> done(count, false);
        int connected = 0;
        int answered = 0;
        for (int i = 0; i < count; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket* raw = socket.get();
            connect(raw, &QTcpSocket::connected, this, [&connected] { ++connected; });
            connect(raw, &QTcpSocket::readyRead, this, [&, raw, i] {
                received[size_t(i)] += raw->readAll();
                const QByteArray& bytes = received[size_t(i)];
                if (!done[size_t(i)] && bytes.startsWith("HTTP/1.1 200") && bytes.endsWith("]}")) {
                    done[size_t(i)] = true;
                    ++answered;
                }
            });
            socket->connectToHost(QHostAddress::LocalHost, server_->port());
            sockets.push_back(std::move(socket));
        }
        QTRY_COMPARE_WITH_TIMEOUT(connected, count, 60000);
        // All are open at once before any asks.
        for (const auto& socket : sockets)
            socket->write("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(answered, count, 60000);
        for (const auto& socket : sockets)
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    }

    void servesFromSeveralThreads()
    {
        FakeOpenAiProcess threaded{QStringLiteral(TENDERDESK_FAKE_OPENAI)};
        QString error;
        QVERIFY2(threaded.start({u"--threads"_s, u"3"_s}, &error), qPrintable(error));
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < 30; ++i) {
            clients.push_back(std::make_unique<RawHttpClient>());
            QVERIFY(clients.back()->connectTo(threaded.port()));
            clients.back()->send(requestFor({"scripted?tokens=2&ttft=20", true, true}));
        }
        for (const auto& client : clients) {
            const RawReply reply = client->readReply();
            QVERIFY(reply.zeroChunk);
            QCOMPARE(reply.chunks.size(), 1 + 2 + 1 + 1 + 1);
        }
        QCOMPARE(threaded.stop(), 0);
    }

    void endsOnSigterm()
    {
        FakeOpenAiProcess other{QStringLiteral(TENDERDESK_FAKE_OPENAI)};
        QString error;
        QVERIFY2(other.start({}, &error), qPrintable(error));
        QCOMPARE(other.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFakeOpenAiHttp)
#include "tst_fakeopenaihttp.moc"
