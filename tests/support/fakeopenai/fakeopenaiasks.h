#pragma once

#include "fakeopenaiprocess.h"
#include "rawhttp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace td::test {

// What the fake server's own tests share: its start, the requests they make and the reading of
// its replies. Needs TENDERDESK_SOURCE_DIR defined for the suites.

// The file of a benchmark suite in resources/suites.
QString suitePath(const QString& name);

// Starts `server` with the knowledge and code suites, which the oracle models answer from.
bool startWithSuites(FakeOpenAiProcess& server, QString* error);

// What a test asks of the server; the defaults make a small streamed chat request.
struct Ask
{
    Ask(QByteArray model_, bool stream_ = true, bool includeUsage_ = false, bool chat_ = true,
        QString text_ = QStringLiteral("one two three"),
        std::optional<int> maxTokens_ = std::nullopt)
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

QByteArray requestFor(const Ask& ask);

// A reply on a fresh connection to `port`.
RawReply exchange(quint16 port, const QByteArray& request, int timeoutMs = 20000);

// The JSON object in `bytes`, with a warning when they are not JSON.
QJsonObject jsonOf(const QByteArray& bytes);
// The JSON of a chunk that holds exactly one `data:` event.
QJsonObject chunkJson(const QByteArray& chunk);
QJsonObject firstChoice(const QJsonObject& chunk);
// The text of a content chunk of either endpoint.
QString tokenText(const QJsonObject& chunk, bool chat);
// The message content of a whole (not streamed) chat reply.
QString wholeText(const RawReply& reply);

} // namespace td::test
