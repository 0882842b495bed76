#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace td::bench {

// The two OpenAI-compatible generation APIs that on-prem servers (vLLM, SGLang, LMDeploy,
// llama.cpp, Ollama, Xinference, MindIE) expose.
enum class Api
{
    ChatCompletions,
    Completions
};

QByteArray apiPath(Api api); // "/v1/chat/completions" or "/v1/completions"

struct GenerationRequest
{
    Api api = Api::ChatCompletions;
    QString model;
    QString systemPrompt; // chat only; empty: no system message
    QString prompt;       // the user message, or the completion prompt
    int maxTokens = 256;
    double temperature = 0;
    bool stream = true;
};

// The JSON body; a stream always asks for usage (stream_options.include_usage), which is how
// output tokens are counted.
QByteArray requestBody(const GenerationRequest& request);

struct Usage
{
    int promptTokens = 0;
    int completionTokens = 0;
};

// What one data event of a stream carries.
struct StreamEvent
{
    enum class Kind
    {
        Chunk, // a chunk: text (maybe empty, as in the role-only first chunk), maybe usage
        Done,  // the "[DONE]" sentinel
        Error, // {"error": ...} inside a 200 stream: the generation failed
        Invalid
    };
    Kind kind = Kind::Invalid;
    QString text;               // delta.content, or text for completions
    std::optional<Usage> usage; // the usage chunk (choices empty) or a chunk that carries it
    QString message;            // Error: the server's message; Invalid: what is wrong
};

StreamEvent parseStreamEvent(const QByteArray& data);

// The sentence for a failed HTTP response: the server's message from either error body shape
// (OpenAI's {"error": {"message"...}} or vLLM's flat {"object": "error", "message"...}), else
// the status and the start of the body.
QString errorMessage(int httpStatus, const QByteArray& body);

// The content of a non-streamed response (chat or completions), and its usage.
struct Completion
{
    QString text;
    std::optional<Usage> usage;
};
std::optional<Completion> parseCompletion(const QByteArray& body);

// The model ids of GET /v1/models.
std::optional<QStringList> parseModelList(const QByteArray& body);

} // namespace td::bench
