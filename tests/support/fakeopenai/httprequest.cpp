#include "httprequest.h"

#include <charconv>

namespace td::fakeopenai {
namespace {

constexpr size_t maxHeaderBytes = 64 * 1024;
constexpr size_t maxBodyBytes = 16 * 1024 * 1024;

HttpParse error(int status, const char* message)
{
    HttpParse result;
    result.status = HttpParse::Status::Error;
    result.errorStatus = status;
    result.errorMessage = message;
    return result;
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(std::string_view text)
{
    if (text.empty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
        };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// Whether a comma-separated header value lists `option` (Connection: keep-alive, Upgrade).
bool listsOption(std::string_view value, std::string_view option)
{
    while (!value.empty()) {
        const size_t comma = value.find(',');
        if (equalsIgnoringCase(trimmed(value.substr(0, comma)), option))
            return true;
        if (comma == std::string_view::npos)
            break;
        value.remove_prefix(comma + 1);
    }
    return false;
}

struct RequestLine
{
    std::string_view method;
    std::string_view target;
    bool http10 = false;
};

bool parseRequestLine(std::string_view line, RequestLine& out)
{
    const size_t first = line.find(' ');
    const size_t last = line.rfind(' ');
    if (first == std::string_view::npos || first == last)
        return false;
    out.method = line.substr(0, first);
    out.target = line.substr(first + 1, last - first - 1);
    const std::string_view version = line.substr(last + 1);
    if (!isToken(out.method) || out.target.empty() || out.target.front() != '/' ||
        out.target.find(' ') != std::string_view::npos)
        return false;
    if (version == "HTTP/1.0")
        out.http10 = true;
    else if (version != "HTTP/1.1")
        return false;
    for (const char c : out.target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F)
            return false;
    }
    return true;
}

} // namespace

HttpParse parseHttpRequest(std::string_view data, HttpRequest& request)
{
    // A bad request line is answered as soon as it is complete, not when the headers end:
    // garbage without a blank line would otherwise hold the connection until a timeout.
    const size_t lineEnd = data.find("\r\n");
    if (lineEnd == std::string_view::npos) {
        if (data.find('\n') != std::string_view::npos)
            return error(400, "The request line must end with CRLF.");
        if (data.size() > maxHeaderBytes)
            return error(431, "The request line is too long.");
        return {};
    }
    RequestLine line;
    if (!parseRequestLine(data.substr(0, lineEnd), line))
        return error(400, "The request line is not METHOD /path HTTP/1.1.");

    const size_t headEnd = data.find("\r\n\r\n");
    if (headEnd == std::string_view::npos) {
        if (data.size() > maxHeaderBytes)
            return error(431, "The request headers are too large.");
        return {};
    }
    if (headEnd > maxHeaderBytes)
        return error(431, "The request headers are too large.");

    request = HttpRequest{};
    request.method = line.method;
    request.path = line.target.substr(0, line.target.find('?'));
    request.keepAlive = !line.http10;
    bool hasLength = false;
    size_t length = 0;
    std::string_view headers =
        lineEnd == headEnd ? std::string_view() : data.substr(lineEnd + 2, headEnd - lineEnd);
    while (!headers.empty()) {
        const size_t end = headers.find("\r\n");
        const std::string_view header = headers.substr(0, end);
        headers.remove_prefix(end + 2);
        const size_t colon = header.find(':');
        if (colon == std::string_view::npos || !isToken(header.substr(0, colon)))
            return error(400, "A request header is not Name: value.");
        const std::string_view name = header.substr(0, colon);
        const std::string_view value = trimmed(header.substr(colon + 1));
        if (equalsIgnoringCase(name, "content-length")) {
            size_t parsed = 0;
            const auto result = std::from_chars(value.data(), value.data() + value.size(), parsed);
            if (value.empty() || result.ec != std::errc() ||
                result.ptr != value.data() + value.size() || (hasLength && parsed != length))
                return error(400, "The Content-Length header is not one whole number.");
            hasLength = true;
            length = parsed;
        } else if (equalsIgnoringCase(name, "transfer-encoding")) {
            return error(411, "Request bodies must be sent with a Content-Length.");
        } else if (equalsIgnoringCase(name, "authorization")) {
            request.authorization = value;
        } else if (equalsIgnoringCase(name, "connection")) {
            if (listsOption(value, "close"))
                request.keepAlive = false;
            else if (listsOption(value, "keep-alive"))
                request.keepAlive = true;
        }
    }
    if (!hasLength && request.method == "POST")
        return error(411, "Request bodies must be sent with a Content-Length.");
    if (length > maxBodyBytes)
        return error(413, "The request body is larger than 16 MiB.");

    const size_t bodyStart = headEnd + 4;
    if (data.size() - bodyStart < length)
        return {};
    request.body = data.substr(bodyStart, length);
    HttpParse result;
    result.status = HttpParse::Status::Complete;
    result.consumed = bodyStart + length;
    return result;
}

} // namespace td::fakeopenai
