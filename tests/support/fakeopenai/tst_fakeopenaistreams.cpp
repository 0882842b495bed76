#include "fakeopenaiasks.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace td::test;
using namespace Qt::StringLiterals;

// The fake server's scripted models, byte for byte over raw sockets: the events of a stream and
// their timetable, whole replies, usage, the comments framing, the script in the model name,
// and what the oracle and the contrarian answer.

namespace {

constexpr qint64 nsPerMs = 1'000'000;

QJsonObject suite(const QString& name)
{
    QFile file(suitePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
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

} // namespace

class TestFakeOpenAiStreams : public QObject
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
};

QTEST_GUILESS_MAIN(TestFakeOpenAiStreams)
#include "tst_fakeopenaistreams.moc"
