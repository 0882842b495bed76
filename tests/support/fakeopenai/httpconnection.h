#pragma once

#include "responder.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>

namespace td::fakeopenai {

class Api;
class TimerQueue;

// What a connection needs from the event loop that owns it.
struct LoopContext
{
    int epollFd;
    TimerQueue& timers;
    const Api& api;
};

// One client socket: reads requests one after the other (keep-alive), plays each response's
// timetable, and closes the way the response or the client asks. Every entry point returns
// false when the connection is finished and its owner should destroy it.
class HttpConnection
{
public:
    HttpConnection(int fd, std::uint64_t id, LoopContext& loop);
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    bool onReadable(Clock::time_point now);
    bool onWritable(Clock::time_point now);
    bool onTimer(Clock::time_point now, std::uint64_t token);

private:
    enum class State
    {
        Reading,    // waiting for (the rest of) a request
        Responding, // playing a response's steps
        Stalled,    // a stall mode: silent until the client goes away
        Closing,    // sending what is left, then closing
        Draining,   // after a graceful close: reading until the client closes too
    };

    bool pump(Clock::time_point now);
    bool startRequest(Clock::time_point now);
    // Returns true when the response has ended and the next request may be read.
    bool runDueSteps(Clock::time_point now);
    bool flush(Clock::time_point now);
    void setWriteInterest(bool on);
    void wakeAt(Clock::time_point due);

    int fd_;
    std::uint64_t id_;
    LoopContext& loop_;
    State state_ = State::Reading;
    std::string in_;
    std::string out_;
    size_t outSent_ = 0;
    std::unique_ptr<Responder> responder_;
    std::deque<Step> steps_;
    bool keepAlive_ = true;
    bool graceful_ = true;
    bool writeInterest_ = false;
    std::uint64_t timerToken_ = 0;
};

} // namespace td::fakeopenai
