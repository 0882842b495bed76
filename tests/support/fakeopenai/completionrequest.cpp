#include "completionrequest.h"

#include "json.h"

namespace td::fakeopenai {
namespace {

long long countWords(std::string_view text)
{
    long long words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

// Message content is a string or, in the newer form, an array of parts with "text".
std::string contentText(const JsonValue* content)
{
    if (!content)
        return {};
    if (content->isString())
        return content->string;
    std::string text;
    if (content->isArray()) {
        for (const JsonValue& part : content->array) {
            const JsonValue* partText = part.find("text");
            if (partText && partText->isString()) {
                if (!text.empty())
                    text += '\n';
                text += partText->string;
            }
        }
    }
    return text;
}

} // namespace

std::string readCompletionRequest(std::string_view body, Endpoint endpoint,
                                  CompletionRequest& request)
{
    std::string error;
    const std::optional<JsonValue> json = parseJson(body, &error);
    if (!json)
        return "The request body is not valid JSON: " + error + ".";
    if (!json->isObject())
        return "The request body must be a JSON object.";
    request = CompletionRequest{};
    request.endpoint = endpoint;

    const JsonValue* model = json->find("model");
    if (!model || !model->isString())
        return "The request has no \"model\".";
    request.model = model->string;

    const JsonValue* stream = json->find("stream");
    request.stream = stream && stream->isTrue();
    if (const JsonValue* options = json->find("stream_options")) {
        const JsonValue* usage = options->find("include_usage");
        request.includeUsage = usage && usage->isTrue();
    }
    for (const std::string_view key : {"max_tokens", "max_completion_tokens"}) {
        const JsonValue* max = json->find(key);
        if (max && max->isNumber()) {
            if (max->number < 1 || max->number > 1e12)
                return "\"" + std::string(key) + "\" must be a positive whole number.";
            request.maxTokens = static_cast<long long>(max->number);
        }
    }

    if (endpoint == Endpoint::Chat) {
        const JsonValue* messages = json->find("messages");
        if (!messages || !messages->isArray())
            return "The request has no \"messages\" array.";
        for (const JsonValue& message : messages->array) {
            const std::string text = contentText(message.find("content"));
            request.promptTokens += countWords(text);
            const JsonValue* role = message.find("role");
            if (role && role->isString() && role->string == "user")
                request.lastUserText = text;
        }
    } else {
        const JsonValue* prompt = json->find("prompt");
        if (!prompt)
            return "The request has no \"prompt\".";
        // A string, or a batch of strings of which the server answers the first.
        const JsonValue* first =
            prompt->isArray() && !prompt->array.empty() ? &prompt->array.front() : prompt;
        if (!first->isString())
            return "The \"prompt\" must be a string.";
        request.lastUserText = first->string;
        request.promptTokens = countWords(first->string);
    }
    return {};
}

} // namespace td::fakeopenai
