#include "streamresponder.h"

#include "faults.h"

#include <algorithm>

namespace td::fakeopenai {

StreamResponder::StreamResponder(Mode mode, const CompletionRequest& request,
                                 const Generation& generation, Clock::time_point received,
                                 long long id, long long created, bool close)
    : mode_(mode)
    , endpoint_(request.endpoint)
    , includeUsage_(request.includeUsage)
    , promptTokens_(request.promptTokens)
    , generation_(generation)
    , format_(request.endpoint, id, created, request.model)
    , received_(received)
    , last_(received)
    , close_(close)
{}

void StreamResponder::push(std::deque<Step>& steps, Clock::time_point due, Step::Kind kind,
                           std::string bytes)
{
    last_ = std::max(last_, due);
    steps.push_back(Step{last_, kind, std::move(bytes)});
}

void StreamResponder::pushSplit(std::deque<Step>& steps, Clock::time_point due, std::string bytes,
                                size_t splitAt)
{
    std::string rest = bytes.substr(splitAt);
    bytes.resize(splitAt);
    push(steps, due, Step::Kind::Write, std::move(bytes));
    push(steps, last_ + std::chrono::milliseconds(splitPauseMs), Step::Kind::Write,
         std::move(rest));
}

bool StreamResponder::next(std::deque<Step>& steps)
{
    if (done_)
        return false;
    if (nextToken_ < 0) {
        // The head and the role chunk leave as soon as the request is in: the first byte.
        std::string bytes = sseHead(close_);
        if (endpoint_ == Endpoint::Chat)
            appendHttpChunk(bytes, sseEvent(format_.role()));
        push(steps, received_, Step::Kind::Write, std::move(bytes));
        nextToken_ = 0;
        return true;
    }
    const bool strikesAfterToken =
        mode_ == Mode::Cut || mode_ == Mode::Stall || mode_ == Mode::ErrorMidstream;
    if (nextToken_ < generation_.count()) {
        const long long i = nextToken_++;
        emitToken(steps, i);
        if (strikesAfterToken && i == generation_.faultAt()) {
            emitFault(steps, generation_.due(i));
            done_ = true;
        }
        return true;
    }
    // No tokens at all: the fault strikes where token 0 would have come.
    if (generation_.count() == 0 && (strikesAfterToken || mode_ == Mode::BadJson) &&
        emitFault(steps, generation_.due(0))) {
        done_ = true;
        return true;
    }
    emitEnd(steps);
    done_ = true;
    return true;
}

void StreamResponder::emitToken(std::deque<Step>& steps, long long i)
{
    const Clock::time_point due = generation_.due(i);
    if (mode_ == Mode::BadJson && i == generation_.faultAt()) {
        emitFault(steps, due);
        return;
    }
    const std::string json = format_.token(generation_.token(i));
    if (mode_ != Mode::Comments) {
        push(steps, due, Step::Kind::Write, httpChunk(sseEvent(json)));
        return;
    }

    // Comments mode: a comment before every event, and the SSE forms a careless parser
    // gets wrong - data over two lines, CRLF line ends, events cut across writes.
    std::string bytes = httpChunk(keepAliveComment);
    const size_t commentBytes = bytes.size();
    if (i == generation_.faultAt()) {
        const size_t split = format_.splitPoint();
        appendHttpChunk(bytes, "data: " + json.substr(0, split) + "\ndata: " + json.substr(split) +
                                   "\n\n");
        push(steps, due, Step::Kind::Write, std::move(bytes));
    } else if (i == generation_.faultAt() + 1) {
        appendHttpChunk(bytes, "data: " + json + "\r\n\r\n");
        // Between the CR and the LF of the data line.
        const size_t cr = bytes.find('\r', bytes.find("data: ")) + 1;
        pushSplit(steps, due, std::move(bytes), cr);
    } else if (i == 0) {
        appendHttpChunk(bytes, sseEvent(json));
        const size_t half = commentBytes + (bytes.size() - commentBytes) / 2;
        pushSplit(steps, due, std::move(bytes), half);
    } else {
        appendHttpChunk(bytes, sseEvent(json));
        push(steps, due, Step::Kind::Write, std::move(bytes));
    }
}

bool StreamResponder::emitFault(std::deque<Step>& steps, Clock::time_point due)
{
    switch (mode_) {
    case Mode::Cut:
        push(steps, due, Step::Kind::Close);
        return true;
    case Mode::Stall:
        push(steps, due, Step::Kind::Stall);
        return true;
    case Mode::ErrorMidstream: {
        std::string bytes = httpChunk(sseEvent(midstreamError));
        appendHttpChunk(bytes, doneEvent);
        bytes += lastChunk;
        push(steps, due, Step::Kind::Write, std::move(bytes));
        push(steps, due, Step::Kind::End);
        return true;
    }
    case Mode::BadJson:
        push(steps, due, Step::Kind::Write, httpChunk(sseEvent(brokenChunkData)));
        return false;
    default:
        return false;
    }
}

void StreamResponder::emitEnd(std::deque<Step>& steps)
{
    const Clock::time_point due = generation_.end();
    std::string bytes;
    if (mode_ == Mode::Comments)
        appendHttpChunk(bytes, keepAliveComment);
    const size_t commentBytes = bytes.size();
    appendHttpChunk(bytes, sseEvent(format_.finish(generation_.finishReason())));
    if (includeUsage_ && mode_ != Mode::NoUsage) {
        Usage usage{promptTokens_, generation_.count()};
        if (mode_ == Mode::WrongUsage)
            usage.completionTokens += usageOverstatement;
        appendHttpChunk(bytes, sseEvent(format_.usage(usage)));
    }
    appendHttpChunk(bytes, doneEvent);
    bytes += lastChunk;
    if (mode_ == Mode::Comments)
        pushSplit(steps, due, std::move(bytes), commentBytes + 1); // inside the chunk size
    else
        push(steps, due, Step::Kind::Write, std::move(bytes));
    push(steps, due, Step::Kind::End);
}

} // namespace td::fakeopenai
