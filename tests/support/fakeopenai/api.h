#pragma once

#include "httprequest.h"
#include "responder.h"
#include "suites.h"

#include <memory>
#include <string>

namespace td::fakeopenai {

// The OpenAI-compatible routes: what to answer to one complete request. Shared read-only by
// all server threads.
class Api
{
public:
    Api(std::string apiKey, Suites suites);

    std::unique_ptr<Responder> respond(const HttpRequest& request,
                                       Clock::time_point received) const;

    // The answer to a request that could not be read (the connection closes after it).
    static std::unique_ptr<Responder> rejection(int status, std::string_view message,
                                                Clock::time_point now);

private:
    std::unique_ptr<Responder> completion(const HttpRequest& request, bool chat,
                                          Clock::time_point received) const;

    std::string apiKey_;
    Suites suites_;
    std::string modelsBody_;
};

} // namespace td::fakeopenai
