#pragma once

#include "httpconnection.h"
#include "timerqueue.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>

namespace td::fakeopenai {

class Api;

// One thread's event loop: accepts on its listening socket, runs its connections, and wakes
// them on schedule through a timerfd armed for the earliest entry of its timer queue.
class Server
{
public:
    Server(int listenFd, int stopFd, const Api& api);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Runs until stopFd becomes readable.
    void run();

private:
    void acceptAll(Clock::time_point now);
    void runTimers(Clock::time_point now);
    void armTimer();
    void setListening(bool on);
    void dispatch(std::uint64_t id, std::uint32_t events, Clock::time_point now);

    int listenFd_;
    int stopFd_;
    int epollFd_ = -1;
    int timerFd_ = -1;
    TimerQueue timers_;
    LoopContext context_;
    std::unordered_map<std::uint64_t, std::unique_ptr<HttpConnection>> connections_;
    std::uint64_t nextId_;
    std::optional<Clock::time_point> armedFor_;
    bool listening_ = false;
};

} // namespace td::fakeopenai
