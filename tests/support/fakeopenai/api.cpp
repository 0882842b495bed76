#include "api.h"

#include "completionformat.h"
#include "completionrequest.h"
#include "generation.h"
#include "json.h"
#include "script.h"
#include "streamresponder.h"
#include "wholereply.h"

#include <atomic>
#include <ctime>

namespace td::fakeopenai {
namespace {

std::atomic<long long> nextCompletionId{1};

std::unique_ptr<Responder> immediately(Clock::time_point now, std::string bytes)
{
    std::vector<Step> steps;
    steps.push_back({now, Step::Kind::Write, std::move(bytes)});
    steps.push_back({now, Step::Kind::End, {}});
    return std::make_unique<FixedResponder>(std::move(steps));
}

std::unique_ptr<Responder> jsonReply(Clock::time_point now, int status, std::string_view body,
                                     bool close)
{
    return immediately(now, httpResponse(status, "application/json", body, close));
}

bool authorized(std::string_view header, std::string_view key)
{
    constexpr std::string_view scheme = "bearer ";
    if (header.size() != scheme.size() + key.size())
        return false;
    for (size_t i = 0; i < scheme.size(); ++i) {
        const char c = header[i];
        if ((c >= 'A' && c <= 'Z' ? char(c + 32) : c) != scheme[i])
            return false;
    }
    return header.substr(scheme.size()) == key;
}

} // namespace

Api::Api(std::string apiKey, Suites suites)
    : apiKey_(std::move(apiKey))
    , suites_(std::move(suites))
{
    modelsBody_ = "{\"object\":\"list\",\"data\":[";
    bool first = true;
    for (const std::string_view name : modelNames()) {
        if (!first)
            modelsBody_ += ',';
        first = false;
        modelsBody_ += "{\"id\":";
        appendJsonString(modelsBody_, name);
        modelsBody_ += ",\"object\":\"model\",\"owned_by\":\"tenderdesk-test\"}";
    }
    modelsBody_ += "]}";
}

std::unique_ptr<Responder> Api::rejection(int status, std::string_view message,
                                          Clock::time_point now)
{
    return jsonReply(now, status, nestedError(message, "invalid_request_error", {}, {}), true);
}

std::unique_ptr<Responder> Api::respond(const HttpRequest& request,
                                        Clock::time_point received) const
{
    const bool close = !request.keepAlive;
    if (!apiKey_.empty() && !authorized(request.authorization, apiKey_)) {
        return jsonReply(received, 401,
                         nestedError("Incorrect or missing API key: send Authorization: Bearer "
                                     "with the server's --api-key.",
                                     "invalid_request_error", {}, "invalid_api_key"),
                         close);
    }
    if (request.method == "GET" && request.path == "/v1/models")
        return jsonReply(received, 200, modelsBody_, close);
    if (request.method == "POST" && request.path == "/v1/chat/completions")
        return completion(request, true, received);
    if (request.method == "POST" && request.path == "/v1/completions")
        return completion(request, false, received);
    return jsonReply(
        received, 404,
        nestedError("Unknown request URL: " + request.method + ' ' + request.path + ".",
                    "invalid_request_error", {}, "unknown_url"),
        close);
}

std::unique_ptr<Responder> Api::completion(const HttpRequest& request, bool chat,
                                           Clock::time_point received) const
{
    const bool close = !request.keepAlive;
    CompletionRequest completion;
    const std::string invalid = readCompletionRequest(
        request.body, chat ? Endpoint::Chat : Endpoint::Completions, completion);
    if (!invalid.empty()) {
        return jsonReply(received, 400,
                         nestedError(invalid, "invalid_request_error", {}, "invalid_request"),
                         close);
    }
    Script script;
    std::string message;
    switch (parseScript(completion.model, script, message)) {
    case ScriptError::UnknownModel:
        return jsonReply(received, 404,
                         nestedError(message, "invalid_request_error", "model", "model_not_found"),
                         close);
    case ScriptError::BadParameter:
        return jsonReply(received, 400,
                         nestedError(message, "invalid_request_error", "model", "invalid_script"),
                         close);
    case ScriptError::None:
        break;
    }

    switch (script.mode) {
    case Mode::StallHeaders: {
        std::vector<Step> steps;
        steps.push_back({received, Step::Kind::Stall, {}});
        return std::make_unique<FixedResponder>(std::move(steps));
    }
    case Mode::ErrorNested:
        return jsonReply(received, 400,
                         "{\"error\": {\"message\": \"model not found\", \"type\": "
                         "\"invalid_request_error\", \"param\": \"model\", \"code\": "
                         "\"model_not_found\"}}",
                         close);
    case Mode::ErrorFlat:
        return jsonReply(received, 400,
                         "{\"object\": \"error\", \"message\": \"max_tokens is too large\", "
                         "\"type\": \"BadRequestError\", \"param\": null, \"code\": 400}",
                         close);
    case Mode::Http500:
        return immediately(received,
                           httpResponse(500, "text/plain", "Internal Server Error", close));
    default:
        break;
    }

    const Generation generation(script, completion, suites_, received);
    const long long id = nextCompletionId.fetch_add(1, std::memory_order_relaxed);
    const long long created = static_cast<long long>(std::time(nullptr));
    if (completion.stream) {
        return std::make_unique<StreamResponder>(script.mode, completion, generation, received, id,
                                                 created, close);
    }
    return wholeReply(script.mode, completion, generation, received, id, created, close);
}

} // namespace td::fakeopenai
