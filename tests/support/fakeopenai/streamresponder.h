#pragma once

#include "completionformat.h"
#include "generation.h"
#include "responder.h"
#include "script.h"

namespace td::fakeopenai {

// A streamed (SSE) completion on its timetable, with the fault of its mode: the role chunk
// at once, a token event per due time, then finish, usage when asked, [DONE] and the last
// chunk - or a cut, a stall, a broken event or an error where the mode says.
class StreamResponder : public Responder
{
public:
    StreamResponder(Mode mode, const CompletionRequest& request, const Generation& generation,
                    Clock::time_point received, long long id, long long created, bool close);

    bool next(std::deque<Step>& steps) override;

private:
    void push(std::deque<Step>& steps, Clock::time_point due, Step::Kind kind,
              std::string bytes = {});
    // Writes `bytes` in two parts, the second a few milliseconds after the first.
    void pushSplit(std::deque<Step>& steps, Clock::time_point due, std::string bytes,
                   size_t splitAt);
    void emitToken(std::deque<Step>& steps, long long i);
    // Returns whether the fault ends the stream.
    bool emitFault(std::deque<Step>& steps, Clock::time_point due);
    void emitEnd(std::deque<Step>& steps);

    Mode mode_;
    Endpoint endpoint_;
    bool includeUsage_;
    long long promptTokens_;
    Generation generation_;
    ChunkFormat format_;
    Clock::time_point received_;
    Clock::time_point last_;
    bool close_;
    long long nextToken_ = -1; // -1: the head is not out yet
    bool done_ = false;
};

} // namespace td::fakeopenai
