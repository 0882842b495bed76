// Request bodies and the parsing of what OpenAI-compatible servers send back, including the
// two error body shapes and an error inside a 200 stream.
#include "bench/endpoint.h"
#include "bench/openaiprotocol.h"
#include "domain/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace td::bench;

class TestOpenAiProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chatBodyAsksForUsage()
    {
        GenerationRequest request;
        request.model = QStringLiteral("qwen2.5-72b");
        request.systemPrompt = QStringLiteral("只回答字母");
        request.prompt = QStringLiteral("1+1=?");
        request.maxTokens = 8;
        const QJsonObject body = QJsonDocument::fromJson(requestBody(request)).object();
        QCOMPARE(body.value(u"model").toString(), QStringLiteral("qwen2.5-72b"));
        QCOMPARE(body.value(u"stream").toBool(), true);
        QCOMPARE(body.value(u"stream_options").toObject().value(u"include_usage").toBool(), true);
        QCOMPARE(body.value(u"max_tokens").toInt(), 8);
        const QJsonArray messages = body.value(u"messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].toObject().value(u"role").toString(), QStringLiteral("system"));
        QCOMPARE(messages[1].toObject().value(u"content").toString(), QStringLiteral("1+1=?"));
    }

    void completionBodyHasPrompt()
    {
        GenerationRequest request;
        request.api = Api::Completions;
        request.model = QStringLiteral("m");
        request.prompt = QStringLiteral("p");
        const QJsonObject body = QJsonDocument::fromJson(requestBody(request)).object();
        QCOMPARE(body.value(u"prompt").toString(), QStringLiteral("p"));
        QVERIFY(!body.contains(u"messages"));
        QCOMPARE(apiPath(Api::Completions), QByteArray("/v1/completions"));
    }

    void streamEvents_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("completionTokens"); // -1: no usage
        QTest::addColumn<QString>("message");
        using K = StreamEvent::Kind;
        QTest::newRow("chat content")
            << QByteArray(R"({"choices":[{"index":0,"delta":{"content":"你好"}}]})")
            << int(K::Chunk) << QStringLiteral("你好") << -1 << QString();
        QTest::newRow("role-only first chunk")
            << QByteArray(R"({"choices":[{"delta":{"role":"assistant","content":""}}]})")
            << int(K::Chunk) << QString() << -1 << QString();
        QTest::newRow("completion text")
            << QByteArray(R"({"choices":[{"text":" world"}]})") << int(K::Chunk)
            << QStringLiteral(" world") << -1 << QString();
        QTest::newRow("usage chunk with empty choices")
            << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":17}})")
            << int(K::Chunk) << QString() << 17 << QString();
        QTest::newRow("usage null") << QByteArray(R"({"choices":[{"delta":{}}],"usage":null})")
                                    << int(K::Chunk) << QString() << -1 << QString();
        QTest::newRow("done") << QByteArray("[DONE]") << int(K::Done) << QString() << -1
                              << QString();
        QTest::newRow("nested error in a 200 stream")
            << QByteArray(R"({"error":{"message":"CUDA out of memory","code":500}})")
            << int(K::Error) << QString() << -1 << QStringLiteral("CUDA out of memory");
        QTest::newRow("flat error in a 200 stream")
            << QByteArray(R"({"object":"error","message":"too long","code":400})") << int(K::Error)
            << QString() << -1 << QStringLiteral("too long");
        QTest::newRow("string error") << QByteArray(R"({"error":"overloaded"})") << int(K::Error)
                                      << QString() << -1 << QStringLiteral("overloaded");
        QTest::newRow("truncated JSON") << QByteArray(R"({"choices": [ {"delta": )")
                                        << int(K::Invalid) << QString() << -1 << QString();
        QTest::newRow("not an object")
            << QByteArray("[1,2]") << int(K::Invalid) << QString() << -1 << QString();
        QTest::newRow("no choices")
            << QByteArray(R"({"id":"x"})") << int(K::Invalid) << QString() << -1 << QString();
    }

    void streamEvents()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(int, completionTokens);
        QFETCH(QString, message);
        const StreamEvent event = parseStreamEvent(data);
        QCOMPARE(int(event.kind), kind);
        QCOMPARE(event.text, text);
        QCOMPARE(event.usage ? event.usage->completionTokens : -1, completionTokens);
        if (!message.isEmpty())
            QCOMPARE(event.message, message);
        if (event.kind == StreamEvent::Kind::Invalid)
            QVERIFY(!event.message.isEmpty());
    }

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("OpenAI nested")
            << 404 << QByteArray(R"({"error":{"message":"model not found","type":"x"}})")
            << QStringLiteral("HTTP 404: model not found");
        QTest::newRow("vLLM flat")
            << 400 << QByteArray(R"({"object":"error","message":"max_tokens is too large"})")
            << QStringLiteral("HTTP 400: max_tokens is too large");
        QTest::newRow("plain text") << 500 << QByteArray("Internal Server Error\n")
                                    << QStringLiteral("HTTP 500: Internal Server Error");
        QTest::newRow("empty body") << 502 << QByteArray() << QStringLiteral("HTTP 502: ");
    }

    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(errorMessage(status, body), expected);
    }

    void modelList()
    {
        const auto ids = parseModelList(
            R"({"object":"list","data":[{"id":"deepseek-v3","object":"model"},{"id":"qwen"}]})");
        QVERIFY(ids);
        QCOMPARE(*ids, (QStringList{QStringLiteral("deepseek-v3"), QStringLiteral("qwen")}));
        QVERIFY(!parseModelList("{}"));
        QVERIFY(!parseModelList("<html>"));
    }

    void completionBody()
    {
        const auto c = parseCompletion(
            R"({"choices":[{"message":{"content":"B"}}],"usage":{"completion_tokens":1}})");
        QVERIFY(c);
        QCOMPARE(c->text, QStringLiteral("B"));
        QCOMPARE(c->usage->completionTokens, 1);
    }

    void endpointUrls_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QByteArray>("url");
        QTest::newRow("bare") << QStringLiteral("http://h:8000")
                              << QByteArray("http://h:8000/v1/models");
        QTest::newRow("slash") << QStringLiteral("http://h:8000/")
                               << QByteArray("http://h:8000/v1/models");
        QTest::newRow("with v1") << QStringLiteral("http://h:8000/v1")
                                 << QByteArray("http://h:8000/v1/models");
        QTest::newRow("with v1 slash")
            << QStringLiteral(" http://h:8000/v1/ ") << QByteArray("http://h:8000/v1/models");
        QTest::newRow("behind a path") << QStringLiteral("https://gw.example.cn/llm/v1")
                                       << QByteArray("https://gw.example.cn/llm/v1/models");
    }

    void endpointUrls()
    {
        QFETCH(QString, base);
        QFETCH(QByteArray, url);
        QCOMPARE(endpointUrl(base, "/v1/models"), url);
        checkBaseUrl(base);
    }

    void badBaseUrls_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("no scheme") << QStringLiteral("10.0.0.5:8000");
        QTest::newRow("ftp") << QStringLiteral("ftp://h/");
        QTest::newRow("empty") << QString();
        QTest::newRow("no host") << QStringLiteral("http://");
    }

    void badBaseUrls()
    {
        QFETCH(QString, base);
        QVERIFY_THROWS_EXCEPTION(td::Error, checkBaseUrl(base));
    }
};

QTEST_GUILESS_MAIN(TestOpenAiProtocol)
#include "tst_openaiprotocol.moc"
