#pragma once

#include "completionrequest.h"
#include "responder.h"
#include "script.h"

#include <string>
#include <vector>

namespace td::fakeopenai {

class Suites;

// The tokens one request gets and when each is due.
class Generation
{
public:
    Generation(const Script& script, const CompletionRequest& request, const Suites& suites,
               Clock::time_point received);

    long long count() const { return count_; }
    // The token the fault modes strike at: `at` brought within the tokens (0 when none).
    long long faultAt() const { return faultAt_; }
    std::string_view finishReason() const { return truncated_ ? "length" : "stop"; }

    std::string token(long long i) const;
    std::string content() const;
    // Token i is due at receipt + ttft + i * itl.
    Clock::time_point due(long long i) const;
    // When the last token is due (the time of token 0 when there are none).
    Clock::time_point end() const { return due(count_ > 0 ? count_ - 1 : 0); }

private:
    Clock::time_point received_;
    std::chrono::milliseconds ttft_;
    std::chrono::milliseconds itl_;
    std::vector<std::string> pieces_; // oracle and contrarian; otherwise tokens are "t<i> "
    long long count_ = 0;
    long long faultAt_ = 0;
    bool truncated_ = false;
};

// Cuts text into pieces of about four bytes, never inside a UTF-8 sequence.
std::vector<std::string> splitIntoPieces(std::string_view text);

} // namespace td::fakeopenai
