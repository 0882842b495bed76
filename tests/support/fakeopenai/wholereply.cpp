#include "wholereply.h"

#include "completionformat.h"
#include "faults.h"

namespace td::fakeopenai {

std::unique_ptr<Responder> wholeReply(Mode mode, const CompletionRequest& request,
                                      const Generation& generation, Clock::time_point received,
                                      long long id, long long created, bool close)
{
    std::vector<Step> steps;
    const auto json = [close](std::string_view body) {
        return httpResponse(200, "application/json", body, close);
    };
    switch (mode) {
    case Mode::Cut:
        steps.push_back({generation.due(generation.faultAt()), Step::Kind::Close, {}});
        break;
    case Mode::Stall:
        steps.push_back({received, Step::Kind::Stall, {}});
        break;
    case Mode::BadJson:
        steps.push_back({generation.end(), Step::Kind::Write, json(brokenBody)});
        steps.push_back({generation.end(), Step::Kind::End, {}});
        break;
    case Mode::ErrorMidstream: {
        const Clock::time_point due = generation.due(generation.faultAt());
        steps.push_back({due, Step::Kind::Write, json(midstreamError)});
        steps.push_back({due, Step::Kind::End, {}});
        break;
    }
    default: {
        Usage usage{request.promptTokens, generation.count()};
        if (mode == Mode::WrongUsage)
            usage.completionTokens += usageOverstatement;
        std::string bytes = json(completionBody(request.endpoint, id, created, request.model,
                                                generation.content(), generation.finishReason(),
                                                mode == Mode::NoUsage ? nullptr : &usage));
        const Clock::time_point due = generation.end();
        if (mode == Mode::Comments) {
            // The body in two writes, to catch a client that takes the first read as all.
            const Clock::time_point later = due + std::chrono::milliseconds(splitPauseMs);
            std::string rest = bytes.substr(bytes.size() / 2);
            bytes.resize(bytes.size() / 2);
            steps.push_back({due, Step::Kind::Write, std::move(bytes)});
            steps.push_back({later, Step::Kind::Write, std::move(rest)});
            steps.push_back({later, Step::Kind::End, {}});
        } else {
            steps.push_back({due, Step::Kind::Write, std::move(bytes)});
            steps.push_back({due, Step::Kind::End, {}});
        }
    }
    }
    return std::make_unique<FixedResponder>(std::move(steps));
}

} // namespace td::fakeopenai
