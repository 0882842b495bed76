#include "fakeopenaiasks.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace td::test {
namespace {

QJsonArray userMessages(const QString& text)
{
    return QJsonArray{QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"Be brief."_s}},
                      QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, text}}};
}

} // namespace

QString suitePath(const QString& name)
{
    return QStringLiteral(TENDERDESK_SOURCE_DIR) + u"/resources/suites/"_s + name + u".json"_s;
}

bool startWithSuites(FakeOpenAiProcess& server, QString* error)
{
    return server.start({u"--suite"_s, suitePath(u"knowledge-qa-v1"_s), u"--suite"_s,
                         suitePath(u"code-generation-v1"_s)},
                        error);
}

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

RawReply exchange(quint16 port, const QByteArray& request, int timeoutMs)
{
    RawHttpClient client;
    if (!client.connectTo(port))
        return {};
    client.send(request);
    return client.readReply(timeoutMs);
}

QJsonObject jsonOf(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), bytes.constData());
    return document.object();
}

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

QString tokenText(const QJsonObject& chunk, bool chat)
{
    const QJsonObject choice = firstChoice(chunk);
    return chat ? choice.value(u"delta"_s).toObject().value(u"content"_s).toString()
                : choice.value(u"text"_s).toString();
}

QString wholeText(const RawReply& reply)
{
    return firstChoice(jsonOf(reply.body))
        .value(u"message"_s)
        .toObject()
        .value(u"content"_s)
        .toString();
}

} // namespace td::test
