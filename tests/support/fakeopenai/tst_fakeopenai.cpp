#include "fakeopenaiprocess.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>
#include <sys/resource.h>
#include <vector>

using namespace td::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 nsPerMs = 1'000'000;

QString suitePath(const QString& name)
{
    return QStringLiteral(TENDERDESK_SOURCE_DIR) + u"/resources/suites/"_s + name + u".json"_s;
}

QJsonObject suite(const QString& name)
{
    QFile file(suitePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonArray userMessages(const QString& text)
{
    return QJsonArray{QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"Be brief."_s}},
                      QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text}}};
}

// What a test asks of the server; the defaults make a small streamed chat request.
struct Ask
{
    Ask(QByteArray model_, bool stream_ = true, bool includeUsage_ = false, bool chat_ = true,
        QString text_ = u"one two three"_s, std::optional<int> maxTokens_ = std::nullopt)
        : model(std::move(model_))
        , stream(stream_)
        , includeUsage(includeUsage_)
        , chat(chat_)
        , text(std::move(text_))
        , maxTokens(maxTokens_)
    {}

    QByteArray model;
    bool stream;
    bool includeUsage;
    bool chat;
    QString text;
    std::optional<int> maxTokens;
};

QByteArray requestFor(const Ask& ask)
{
    QJsonObject body{{u"model"_s, QString::fromUtf8(ask.model)}, {u"stream"_s, ask.stream}};
    if (ask.chat)
        body.insert(u"messages"_s, userMessages(ask.text));
    else
        body.insert(u"prompt"_s, ask.text);
    if (ask.includeUsage)
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    if (ask.maxTokens)
        body.insert(u"max_tokens"_s, *ask.maxTokens);
    return postRequest(ask.chat ? "/v1/chat/completions" : "/v1/completions",
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject jsonOf(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), bytes.constData());
    return document.object();
}

// The JSON of a chunk that holds exactly one `data:` event.
QJsonObject chunkJson(const QByteArray& chunk)
{
    if (!chunk.startsWith("data: ") || !chunk.endsWith("\n\n") ||
        chunk.indexOf("\n\n") != chunk.size() - 2) {
        qWarning("not one SSE event: %s", chunk.constData());
        return {};
    }
    return jsonOf(chunk.mid(6, chunk.size() - 8));
}

QJsonObject firstChoice(const QJsonObject& chunk)
{
    return chunk.value(u"choices"_s).toArray().at(0).toObject();
}

// The text of a content chunk of either endpoint.
QString tokenText(const QJsonObject& chunk, bool chat)
{
    const QJsonObject choice = firstChoice(chunk);
    return chat ? choice.value(u"delta"_s).toObject().value(u"content"_s).toString()
                : choice.value(u"text"_s).toString();
}

QString streamedText(const RawReply& reply)
{
    QString text;
    for (const QByteArray& chunk : reply.chunks) {
        if (chunk == "data: [DONE]\n\n")
            continue;
        const QJsonObject json = chunkJson(chunk);
        if (firstChoice(json).value(u"finish_reason"_s).isNull())
            text += tokenText(json, true);
    }
    return text;
}

QString wholeText(const RawReply& reply)
{
    return firstChoice(jsonOf(reply.body))
        .value(u"message"_s)
        .toObject()
        .value(u"content"_s)
        .toString();
}

} // namespace

class TestFakeOpenAi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeOpenAiProcess> server_;

    // A reply on a fresh connection.
    RawReply exchange(const QByteArray& request, int timeoutMs = 20000)
    {
        RawHttpClient client;
        if (!client.connectTo(server_->port()))
            return {};
        client.send(request);
        return client.readReply(timeoutMs);
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
        QVERIFY2(server_->start({u"--suite"_s, suitePath(u"knowledge-qa-v1"_s), u"--suite"_s,
                                 suitePath(u"code-generation-v1"_s)},
                                &error),
                 qPrintable(error));
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

    void streamsTheScriptedEvents_data()
    {
        QTest::addColumn<bool>("chat");
        QTest::addColumn<bool>("includeUsage");
        QTest::newRow("chat") << true << false;
        QTest::newRow("chat, usage") << true << true;
        QTest::newRow("completions") << false << false;
        QTest::newRow("completions, usage") << false << true;
    }
    void streamsTheScriptedEvents()
    {
        QFETCH(bool, chat);
        QFETCH(bool, includeUsage);
        const QByteArray model = "scripted?tokens=5";
        const RawReply reply = ask({model, true, includeUsage, chat});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("text/event-stream"));
        QCOMPARE(reply.headers.value("transfer-encoding"), QByteArray("chunked"));
        QVERIFY(reply.zeroChunk);
        QVERIFY(!reply.peerClosed);

        // role (chat only), t0..t4, finish, usage (when asked), [DONE]
        const qsizetype expected = (chat ? 1 : 0) + 5 + 1 + (includeUsage ? 1 : 0) + 1;
        QCOMPARE(reply.chunks.size(), expected);
        QCOMPARE(reply.chunks.last(), QByteArray("data: [DONE]\n\n"));
        QList<QJsonObject> events;
        for (qsizetype i = 0; i + 1 < reply.chunks.size(); ++i)
            events.append(chunkJson(reply.chunks.at(i)));
        const QString id = events.first().value(u"id"_s).toString();
        QVERIFY(id.startsWith(u"cmpl-"_s));
        for (const QJsonObject& event : events) {
            QCOMPARE(event.value(u"id"_s).toString(), id);
            QCOMPARE(event.value(u"object"_s).toString(),
                     chat ? u"chat.completion.chunk"_s : u"text_completion"_s);
            QCOMPARE(event.value(u"model"_s).toString(), QString::fromUtf8(model));
            QVERIFY(event.value(u"created"_s).toInteger() > 0);
        }
        qsizetype at = 0;
        const auto next = [&] {
            return events.at(at++);
        };
        if (chat) {
            const QJsonObject role = next();
            const QJsonObject delta = firstChoice(role).value(u"delta"_s).toObject();
            QCOMPARE(delta.value(u"role"_s).toString(), u"assistant"_s);
            QCOMPARE(delta.value(u"content"_s).toString(), QString());
            QVERIFY(firstChoice(role).value(u"finish_reason"_s).isNull());
        }
        for (int i = 0; i < 5; ++i) {
            const QJsonObject token = next();
            QCOMPARE(tokenText(token, chat), u"t%1 "_s.arg(i));
            QCOMPARE(firstChoice(token).value(u"index"_s).toInt(-1), 0);
            QVERIFY(firstChoice(token).value(u"finish_reason"_s).isNull());
        }
        const QJsonObject finish = next();
        QCOMPARE(firstChoice(finish).value(u"finish_reason"_s).toString(), u"stop"_s);
        QCOMPARE(tokenText(finish, chat), QString());
        QVERIFY(!finish.contains(u"usage"_s));
        if (includeUsage) {
            const QJsonObject usage = next();
            QCOMPARE(usage.value(u"choices"_s).toArray().size(), 0);
            const QJsonObject counts = usage.value(u"usage"_s).toObject();
            QCOMPARE(counts.value(u"prompt_tokens"_s).toInt(), chat ? 5 : 3); // words
            QCOMPARE(counts.value(u"completion_tokens"_s).toInt(), 5);
            QCOMPARE(counts.value(u"total_tokens"_s).toInt(), chat ? 10 : 8);
        }
        QCOMPARE(at, events.size());
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

    void answersWholeCompletions_data()
    {
        QTest::addColumn<bool>("chat");
        QTest::newRow("chat") << true;
        QTest::newRow("completions") << false;
    }
    void answersWholeCompletions()
    {
        QFETCH(bool, chat);
        const RawReply reply = ask({"scripted?tokens=3", false, false, chat});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject json = jsonOf(reply.body);
        QCOMPARE(json.value(u"object"_s).toString(),
                 chat ? u"chat.completion"_s : u"text_completion"_s);
        const QJsonObject choice = firstChoice(json);
        QCOMPARE(chat ? choice.value(u"message"_s).toObject().value(u"content"_s).toString()
                      : choice.value(u"text"_s).toString(),
                 u"t0 t1 t2 "_s);
        QCOMPARE(choice.value(u"finish_reason"_s).toString(), u"stop"_s);
        const QJsonObject usage = json.value(u"usage"_s).toObject();
        QCOMPARE(usage.value(u"prompt_tokens"_s).toInt(), chat ? 5 : 3);
        QCOMPARE(usage.value(u"completion_tokens"_s).toInt(), 3);
        QCOMPARE(usage.value(u"total_tokens"_s).toInt(), chat ? 8 : 6);
    }

    void capsTheTokensAtMaxTokens()
    {
        const RawReply reply = ask({"scripted", true, true, true, u"x"_s, 3});
        QCOMPARE(reply.chunks.size(), 1 + 3 + 1 + 1 + 1);
        QCOMPARE(tokenText(chunkJson(reply.chunks.at(3)), true), u"t2 "_s);
        QCOMPARE(firstChoice(chunkJson(reply.chunks.at(4))).value(u"finish_reason"_s).toString(),
                 u"length"_s);
        const QJsonObject usage = chunkJson(reply.chunks.at(5)).value(u"usage"_s).toObject();
        QCOMPARE(usage.value(u"completion_tokens"_s).toInt(), 3);
    }

    void streamsAnEmptyGeneration()
    {
        const RawReply reply = ask({"scripted?tokens=0", true, true});
        QCOMPARE(reply.chunks.size(), 4);
        QCOMPARE(firstChoice(chunkJson(reply.chunks.at(0)))
                     .value(u"delta"_s)
                     .toObject()
                     .value(u"role"_s)
                     .toString(),
                 u"assistant"_s);
        QCOMPARE(firstChoice(chunkJson(reply.chunks.at(1))).value(u"finish_reason"_s).toString(),
                 u"stop"_s);
        const QJsonObject usage = chunkJson(reply.chunks.at(2)).value(u"usage"_s).toObject();
        QCOMPARE(usage.value(u"completion_tokens"_s).toInt(), 0);
        QCOMPARE(reply.chunks.at(3), QByteArray("data: [DONE]\n\n"));
        QVERIFY(reply.zeroChunk);
    }

    // Lower bounds only: on a shared machine a token may come late, never early.
    void keepsTheTimetable()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server_->port()));
        client.send(requestFor({"scripted?ttft=100&itl=50&tokens=4", true}));
        const RawReply reply = client.readReply();
        QCOMPARE(reply.chunks.size(), 1 + 4 + 1 + 1);
        for (int i = 0; i < 4; ++i) {
            const qint64 sinceSent = reply.chunkArrivalNs.at(1 + i) - client.sentAtNs();
            QVERIFY2(sinceSent >= (100 + 50 * i) * nsPerMs,
                     qPrintable(u"token %1 came %2 ms after the request"_s.arg(i).arg(
                         double(sinceSent) / nsPerMs)));
        }
    }

    void wholeRepliesWaitForTheLastToken()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server_->port()));
        QElapsedTimer clock;
        clock.start();
        client.send(requestFor({"scripted?ttft=100&itl=50&tokens=4", false}));
        const RawReply reply = client.readReply();
        QCOMPARE(wholeText(reply), u"t0 t1 t2 t3 "_s);
        QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    }

    void commentsModeIsOneValidStream()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server_->port()));
        QElapsedTimer clock;
        clock.start();
        client.send(requestFor({"comments?tokens=5", true, true}));
        const RawReply reply = client.readReply();
        // Three writes are held back 5 ms each: token 0's second half, token 3's LF, the end.
        QVERIFY2(clock.elapsed() >= 15, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(reply.zeroChunk);
        QVERIFY(reply.body.contains(": keep-alive\n\n"));
        QVERIFY(reply.body.contains(",\ndata: \"object\":\"chat.completion.chunk\""));
        QVERIFY(reply.body.contains("}\r\n\r\n"));

        // A conforming SSE parser sees the same events as from the scripted model.
        const QList<QByteArray> events = sseEvents(reply.body);
        QCOMPARE(events.size(), 1 + 5 + 1 + 1 + 1);
        QCOMPARE(events.last(), QByteArray("[DONE]"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(tokenText(jsonOf(events.at(1 + i)), true), u"t%1 "_s.arg(i));
        QCOMPARE(firstChoice(jsonOf(events.at(6))).value(u"finish_reason"_s).toString(), u"stop"_s);
        QCOMPARE(
            jsonOf(events.at(7)).value(u"usage"_s).toObject().value(u"completion_tokens"_s).toInt(),
            5);

        client.send(requestFor({"comments?tokens=5", false}));
        QCOMPARE(wholeText(client.readReply()), u"t0 t1 t2 t3 t4 "_s);
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

    void noUsageNeverSendsUsage()
    {
        const RawReply reply = ask({"no-usage?tokens=4", true, true});
        QCOMPARE(reply.chunks.size(), 1 + 4 + 1 + 1);
        QCOMPARE(reply.chunks.last(), QByteArray("data: [DONE]\n\n"));
        for (qsizetype i = 0; i + 1 < reply.chunks.size(); ++i)
            QVERIFY(!chunkJson(reply.chunks.at(i)).contains(u"usage"_s));
        const RawReply whole = ask({"no-usage?tokens=4", false});
        QCOMPARE(wholeText(whole), u"t0 t1 t2 t3 "_s);
        QVERIFY(!jsonOf(whole.body).contains(u"usage"_s));
    }

    void wrongUsageOverstatesTheTokens()
    {
        const RawReply reply = ask({"wrong-usage", true, true});
        QCOMPARE(reply.chunks.size(), 1 + 16 + 1 + 1 + 1);
        const QJsonObject usage =
            chunkJson(reply.chunks.at(reply.chunks.size() - 2)).value(u"usage"_s).toObject();
        QCOMPARE(usage.value(u"completion_tokens"_s).toInt(), 21);
        QCOMPARE(usage.value(u"total_tokens"_s).toInt(), 5 + 21);
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

    void unknownModelIsNotFound()
    {
        const RawReply reply = ask({"gpt-4o", true});
        QCOMPARE(reply.status, 404);
        const QJsonObject error = jsonOf(reply.body).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"model_not_found"_s);
        QCOMPARE(error.value(u"param"_s).toString(), u"model"_s);
        QVERIFY(error.value(u"message"_s).toString().contains(u"gpt-4o"_s));
    }

    void badScriptIsABadRequest_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::newRow("unknown key") << QByteArray("scripted?ttf=5");
        QTest::newRow("not a number") << QByteArray("scripted?itl=fast");
        QTest::newRow("negative") << QByteArray("scripted?tokens=-1");
    }
    void badScriptIsABadRequest()
    {
        QFETCH(QByteArray, model);
        const RawReply reply = ask({model, true});
        QCOMPARE(reply.status, 400);
        QCOMPARE(jsonOf(reply.body).value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"invalid_script"_s);
    }

    void oracleAndContrarianAnswerChoices_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("wrong");
        const QJsonArray items = suite(u"knowledge-qa-v1"_s).value(u"items"_s).toArray();
        QVERIFY(!items.isEmpty());
        for (const QString& language : {u"zh_CN"_s, u"en"_s}) {
            for (const QJsonValue& value : items) {
                const QJsonObject item = value.toObject();
                if (item.value(u"language"_s).toString() != language)
                    continue;
                // The question as a client asks it: with its choices under it.
                QString question = item.value(u"question"_s).toString();
                const QJsonObject choices = item.value(u"choices"_s).toObject();
                for (auto it = choices.begin(); it != choices.end(); ++it)
                    question += u"\n"_s + it.key() + u". "_s + it.value().toString();
                const QString answer = item.value(u"answer"_s).toString();
                const QString next = answer == u"D"_s
                                         ? u"A"_s
                                         : QString(QChar(char16_t(answer.at(0).unicode() + 1)));
                const auto say = [&](const QString& letter) {
                    return language == u"en"_s ? u"The answer is "_s + letter + u"."_s
                                               : u"答案："_s + letter;
                };
                QTest::newRow(qPrintable(item.value(u"id"_s).toString()))
                    << question << say(answer) << say(next);
                break;
            }
        }
    }
    void oracleAndContrarianAnswerChoices()
    {
        QFETCH(QString, question);
        QFETCH(QString, right);
        QFETCH(QString, wrong);
        const RawReply oracle = ask({"oracle?itl=1", true, false, true, question});
        QCOMPARE(streamedText(oracle), right);
        // Pieces of up to four bytes, each whole UTF-8.
        for (qsizetype i = 1; i < oracle.chunks.size() - 2; ++i) {
            const QByteArray piece = tokenText(chunkJson(oracle.chunks.at(i)), true).toUtf8();
            QVERIFY(!piece.isEmpty());
            QVERIFY(piece.size() <= 4 || QString::fromUtf8(piece).size() == 1);
        }
        QCOMPARE(wholeText(ask({"contrarian", false, false, true, question})), wrong);
        QVERIFY(right != wrong);
    }

    void oracleAndContrarianWriteCode()
    {
        const QJsonObject item =
            suite(u"code-generation-v1"_s).value(u"items"_s).toArray().at(0).toObject();
        const QString prompt = item.value(u"prompt"_s).toString();
        QVERIFY(!prompt.isEmpty());
        const QString solution = item.value(u"referenceSolution"_s).toString();
        const QString oracle = wholeText(ask({"oracle", false, false, true, prompt}));
        QCOMPARE(oracle, u"```python\n"_s + solution + u"\n```"_s);
        const QString streamed = streamedText(ask({"oracle", true, false, true, prompt}));
        QCOMPARE(streamed, oracle);

        const QString contrarian = wholeText(ask({"contrarian", false, false, true, prompt}));
        QVERIFY(contrarian.startsWith(u"```python\n"_s));
        QVERIFY(contrarian.contains(u"def "_s + item.value(u"entryPoint"_s).toString() + u"("_s));
        QVERIFY(contrarian.contains(u"return None"_s));
        QVERIFY(contrarian != oracle);
    }

    void oracleDoesNotKnowOtherQuestions()
    {
        QCOMPARE(wholeText(ask({"oracle", false, false, true, u"What is the time?"_s})),
                 u"I do not know."_s);
        QCOMPARE(wholeText(ask({"contrarian", false, false, true, u"What is the time?"_s})),
                 u"I do not know."_s);
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

QTEST_GUILESS_MAIN(TestFakeOpenAi)
#include "tst_fakeopenai.moc"
