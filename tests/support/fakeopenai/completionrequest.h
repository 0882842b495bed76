#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace td::fakeopenai {

enum class Endpoint
{
    Chat,
    Completions
};

// The fields of a /v1/chat/completions or /v1/completions body the server acts on.
struct CompletionRequest
{
    Endpoint endpoint = Endpoint::Chat;
    std::string model;
    bool stream = false;
    bool includeUsage = false;
    std::optional<long long> maxTokens;
    long long promptTokens = 0; // whitespace-separated words of the prompt or messages
    std::string lastUserText;   // the last user message (chat) or the prompt (completions)
};

// Reads a request body. Returns an empty string, or why the body is not a valid request.
std::string readCompletionRequest(std::string_view body, Endpoint endpoint,
                                  CompletionRequest& request);

} // namespace td::fakeopenai
