#include "completionformat.h"

#include "json.h"

namespace td::fakeopenai {
namespace {

std::string_view reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    default:
        return "Error";
    }
}

void appendUsage(std::string& out, const Usage& usage)
{
    out += "\"usage\":{\"prompt_tokens\":";
    out += std::to_string(usage.promptTokens);
    out += ",\"completion_tokens\":";
    out += std::to_string(usage.completionTokens);
    out += ",\"total_tokens\":";
    out += std::to_string(usage.promptTokens + usage.completionTokens);
    out += '}';
}

void appendNullable(std::string& out, std::string_view text)
{
    if (text.empty())
        out += "null";
    else
        appendJsonString(out, text);
}

} // namespace

ChunkFormat::ChunkFormat(Endpoint endpoint, long long id, long long created, std::string_view model)
    : endpoint_(endpoint)
{
    prefix_ = "{\"id\":\"cmpl-" + std::to_string(id) + "\",";
    idLength_ = prefix_.size();
    prefix_ += endpoint == Endpoint::Chat ? "\"object\":\"chat.completion.chunk\","
                                          : "\"object\":\"text_completion\",";
    prefix_ += "\"created\":" + std::to_string(created) + ",\"model\":";
    appendJsonString(prefix_, model);
    prefix_ += ',';
}

std::string ChunkFormat::choice(std::string_view delta, std::string_view finishReason) const
{
    std::string out = prefix_;
    out += "\"choices\":[{\"index\":0,";
    out += delta;
    out += ",\"finish_reason\":";
    appendNullable(out, finishReason);
    out += "}]}";
    return out;
}

std::string ChunkFormat::role() const
{
    return choice("\"delta\":{\"role\":\"assistant\",\"content\":\"\"}", {});
}

std::string ChunkFormat::token(std::string_view text) const
{
    std::string delta = endpoint_ == Endpoint::Chat ? "\"delta\":{\"content\":" : "\"text\":";
    appendJsonString(delta, text);
    delta += endpoint_ == Endpoint::Chat ? "}" : ",\"logprobs\":null";
    return choice(delta, {});
}

std::string ChunkFormat::finish(std::string_view reason) const
{
    return choice(endpoint_ == Endpoint::Chat ? "\"delta\":{}" : "\"text\":\"\",\"logprobs\":null",
                  reason);
}

std::string ChunkFormat::usage(const Usage& usage) const
{
    std::string out = prefix_;
    out += "\"choices\":[],";
    appendUsage(out, usage);
    out += '}';
    return out;
}

std::string completionBody(Endpoint endpoint, long long id, long long created,
                           std::string_view model, std::string_view content,
                           std::string_view finishReason, const Usage* usage)
{
    const bool chat = endpoint == Endpoint::Chat;
    std::string out = "{\"id\":\"cmpl-" + std::to_string(id) + "\",\"object\":";
    out += chat ? "\"chat.completion\"" : "\"text_completion\"";
    out += ",\"created\":" + std::to_string(created) + ",\"model\":";
    appendJsonString(out, model);
    out += ",\"choices\":[{\"index\":0,";
    out += chat ? "\"message\":{\"role\":\"assistant\",\"content\":" : "\"text\":";
    appendJsonString(out, content);
    out += chat ? "}" : ",\"logprobs\":null";
    out += ",\"finish_reason\":";
    appendJsonString(out, finishReason);
    out += "}]";
    if (usage) {
        out += ',';
        appendUsage(out, *usage);
    }
    out += '}';
    return out;
}

std::string nestedError(std::string_view message, std::string_view type, std::string_view param,
                        std::string_view code)
{
    std::string out = "{\"error\":{\"message\":";
    appendJsonString(out, message);
    out += ",\"type\":";
    appendJsonString(out, type);
    out += ",\"param\":";
    appendNullable(out, param);
    out += ",\"code\":";
    appendNullable(out, code);
    out += "}}";
    return out;
}

std::string sseEvent(std::string_view data)
{
    std::string out;
    out.reserve(data.size() + 8);
    out += "data: ";
    out += data;
    out += "\n\n";
    return out;
}

void appendHttpChunk(std::string& out, std::string_view payload)
{
    static constexpr char hex[] = "0123456789abcdef";
    char size[16];
    int n = 0;
    size_t value = payload.size();
    do {
        size[n++] = hex[value & 0xF];
        value >>= 4;
    } while (value);
    while (n)
        out += size[--n];
    out += "\r\n";
    out += payload;
    out += "\r\n";
}

std::string httpChunk(std::string_view payload)
{
    std::string out;
    out.reserve(payload.size() + 12);
    appendHttpChunk(out, payload);
    return out;
}

std::string httpResponse(int status, std::string_view contentType, std::string_view body,
                         bool close)
{
    std::string out = "HTTP/1.1 " + std::to_string(status) + ' ';
    out += reasonPhrase(status);
    out += "\r\nContent-Type: ";
    out += contentType;
    out += "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

std::string sseHead(bool close)
{
    std::string out = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                      "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

} // namespace td::fakeopenai
