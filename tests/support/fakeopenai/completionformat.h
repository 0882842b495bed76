#pragma once

#include "completionrequest.h"

#include <string>
#include <string_view>

namespace td::fakeopenai {

struct Usage
{
    long long promptTokens = 0;
    long long completionTokens = 0;
};

// The JSON of the events of one stream, in the shape OpenAI and vLLM send. Every event of a
// stream starts with the same bytes, built once.
class ChunkFormat
{
public:
    ChunkFormat(Endpoint endpoint, long long id, long long created, std::string_view model);

    std::string role() const;
    std::string token(std::string_view text) const;
    std::string finish(std::string_view reason) const;
    std::string usage(const Usage& usage) const;

    // Where a chunk's JSON may be cut into two `data:` lines: after `{"id":"cmpl-N",`.
    size_t splitPoint() const { return idLength_; }

private:
    std::string choice(std::string_view delta, std::string_view finishReason) const;

    Endpoint endpoint_;
    std::string prefix_; // {"id":...,"model":"...",
    size_t idLength_ = 0;
};

// A whole (non-streamed) completion.
std::string completionBody(Endpoint endpoint, long long id, long long created,
                           std::string_view model, std::string_view content,
                           std::string_view finishReason, const Usage* usage);

// {"error":{"message":...,"type":...,"param":...,"code":...}}; an empty param or code is null.
std::string nestedError(std::string_view message, std::string_view type, std::string_view param,
                        std::string_view code);

// One SSE event: `data: JSON` and the blank line.
std::string sseEvent(std::string_view data);

// One HTTP/1.1 chunk: hexadecimal size, CRLF, payload, CRLF.
std::string httpChunk(std::string_view payload);
void appendHttpChunk(std::string& out, std::string_view payload);

// The end of a chunked body.
inline constexpr std::string_view lastChunk = "0\r\n\r\n";

// A complete response with a Content-Length.
std::string httpResponse(int status, std::string_view contentType, std::string_view body,
                         bool close);

// The status line and headers of an SSE stream.
std::string sseHead(bool close);

} // namespace td::fakeopenai
