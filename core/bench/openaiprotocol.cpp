#include "openaiprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::bench {

namespace {

std::optional<Usage> usageOf(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject usage = value.toObject();
    if (!usage.value(u"completion_tokens").isDouble())
        return std::nullopt;
    return Usage{usage.value(u"prompt_tokens").toInt(), usage.value(u"completion_tokens").toInt()};
}

// The text of a choice: chat chunks carry delta.content, completion chunks text, whole chat
// responses message.content.
QString choiceText(const QJsonObject& choice)
{
    if (const QJsonValue delta = choice.value(u"delta"); delta.isObject())
        return delta.toObject().value(u"content").toString();
    if (const QJsonValue message = choice.value(u"message"); message.isObject())
        return message.toObject().value(u"content").toString();
    return choice.value(u"text").toString();
}

QString nestedOrFlatMessage(const QJsonObject& object)
{
    const QJsonValue error = object.value(u"error");
    if (error.isObject())
        return error.toObject().value(u"message").toString();
    if (error.isString())
        return error.toString();
    if (object.value(u"object").toString() == u"error")
        return object.value(u"message").toString();
    return {};
}

} // namespace

QByteArray apiPath(Api api)
{
    return api == Api::ChatCompletions ? QByteArrayLiteral("/v1/chat/completions")
                                       : QByteArrayLiteral("/v1/completions");
}

QByteArray requestBody(const GenerationRequest& request)
{
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("max_tokens"), request.maxTokens},
                     {QStringLiteral("temperature"), request.temperature},
                     {QStringLiteral("stream"), request.stream}};
    if (request.stream)
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    if (request.api == Api::ChatCompletions) {
        QJsonArray messages;
        if (!request.systemPrompt.isEmpty())
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                        {QStringLiteral("content"), request.systemPrompt}});
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), request.prompt}});
        body.insert(QStringLiteral("messages"), messages);
    } else {
        body.insert(QStringLiteral("prompt"), request.prompt);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

StreamEvent parseStreamEvent(const QByteArray& data)
{
    StreamEvent event;
    if (data.trimmed() == "[DONE]") {
        event.kind = StreamEvent::Kind::Done;
        return event;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (!document.isObject()) {
        event.message = QCoreApplication::translate("td::bench", "not a JSON object (%1): %2")
                            .arg(parseError.errorString(), QString::fromUtf8(data.left(80)));
        return event;
    }
    const QJsonObject object = document.object();
    if (object.contains(u"error") || object.value(u"object").toString() == u"error") {
        event.kind = StreamEvent::Kind::Error;
        event.message = nestedOrFlatMessage(object);
        if (event.message.isEmpty())
            event.message = QString::fromUtf8(data.left(200));
        return event;
    }
    const QJsonValue choices = object.value(u"choices");
    if (!choices.isArray()) {
        event.message = QCoreApplication::translate("td::bench", "a chunk without \"choices\": %1")
                            .arg(QString::fromUtf8(data.left(80)));
        return event;
    }
    event.kind = StreamEvent::Kind::Chunk;
    const QJsonArray array = choices.toArray();
    if (!array.isEmpty())
        event.text = choiceText(array.first().toObject());
    event.usage = usageOf(object.value(u"usage"));
    return event;
}

QString errorMessage(int httpStatus, const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QString message;
    if (document.isObject())
        message = nestedOrFlatMessage(document.object());
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(200)).simplified();
    return QCoreApplication::translate("td::bench", "HTTP %1: %2").arg(httpStatus).arg(message);
}

std::optional<Completion> parseCompletion(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonArray choices = document.object().value(u"choices").toArray();
    if (choices.isEmpty())
        return std::nullopt;
    return Completion{choiceText(choices.first().toObject()),
                      usageOf(document.object().value(u"usage"))};
}

std::optional<QStringList> parseModelList(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject() || !document.object().value(u"data").isArray())
        return std::nullopt;
    QStringList ids;
    const QJsonArray data = document.object().value(u"data").toArray();
    for (const QJsonValue& model : data)
        ids.append(model.toObject().value(u"id").toString());
    return ids;
}

} // namespace td::bench
