#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace td::fakeopenai {

// The parts of an HTTP/1.x request the server acts on.
struct HttpRequest
{
    std::string method;
    std::string path; // without the query
    std::string authorization;
    std::string body;
    bool keepAlive = true;
};

struct HttpParse
{
    enum class Status
    {
        Incomplete,
        Complete,
        Error
    };

    Status status = Status::Incomplete;
    size_t consumed = 0; // Complete: bytes of the buffer the request took
    int errorStatus = 0; // Error: the HTTP status to answer with before closing
    const char* errorMessage = "";
};

// Reads one request from the start of `data`. Bodies are framed by Content-Length only: a
// POST without one, or with Transfer-Encoding, is an error (411), as is anything malformed
// (400) or too large (413, 431).
HttpParse parseHttpRequest(std::string_view data, HttpRequest& request);

} // namespace td::fakeopenai
