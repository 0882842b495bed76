#include "server.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdexcept>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

namespace td::fakeopenai {
namespace {

// epoll data of the loop's own descriptors; connections are numbered after them.
constexpr std::uint64_t listenerId = 0;
constexpr std::uint64_t timerId = 1;
constexpr std::uint64_t stopId = 2;
constexpr std::uint64_t firstConnectionId = 16;
// Out of descriptors: stop accepting for a moment rather than spin on the listener.
constexpr auto acceptPause = std::chrono::milliseconds(100);

void addToEpoll(int epollFd, int fd, std::uint64_t id, std::uint32_t events)
{
    epoll_event event{};
    event.events = events;
    event.data.u64 = id;
    if (::epoll_ctl(epollFd, EPOLL_CTL_ADD, fd, &event) != 0)
        throw std::runtime_error(std::string("epoll_ctl: ") + std::strerror(errno));
}

} // namespace

Server::Server(int listenFd, int stopFd, const Api& api)
    : listenFd_(listenFd)
    , stopFd_(stopFd)
    , epollFd_(::epoll_create1(EPOLL_CLOEXEC))
    , timerFd_(::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC))
    , context_{epollFd_, timers_, api}
    , nextId_(firstConnectionId)
{
    if (epollFd_ < 0 || timerFd_ < 0)
        throw std::runtime_error(std::string("epoll or timerfd: ") + std::strerror(errno));
    addToEpoll(epollFd_, timerFd_, timerId, EPOLLIN);
    addToEpoll(epollFd_, stopFd_, stopId, EPOLLIN);
    setListening(true);
}

Server::~Server()
{
    connections_.clear();
    ::close(timerFd_);
    ::close(epollFd_);
}

void Server::run()
{
    constexpr int maxEvents = 512;
    epoll_event events[maxEvents];
    for (;;) {
        armTimer();
        const int n = ::epoll_wait(epollFd_, events, maxEvents, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw std::runtime_error(std::string("epoll_wait: ") + std::strerror(errno));
        }
        const Clock::time_point now = Clock::now();
        for (int i = 0; i < n; ++i) {
            const std::uint64_t id = events[i].data.u64;
            if (id == stopId)
                return;
            dispatch(id, events[i].events, now);
        }
        runTimers(now);
    }
}

void Server::dispatch(std::uint64_t id, std::uint32_t events, Clock::time_point now)
{
    if (id == listenerId) {
        acceptAll(now);
        return;
    }
    if (id == timerId) {
        std::uint64_t expirations = 0;
        [[maybe_unused]] const ssize_t n = ::read(timerFd_, &expirations, sizeof expirations);
        armedFor_.reset();
        return;
    }
    const auto it = connections_.find(id);
    if (it == connections_.end())
        return; // closed earlier in this batch
    bool alive = (events & EPOLLERR) == 0;
    if (alive && (events & (EPOLLIN | EPOLLHUP | EPOLLRDHUP)))
        alive = it->second->onReadable(now);
    if (alive && (events & EPOLLOUT))
        alive = it->second->onWritable(now);
    if (!alive)
        connections_.erase(it);
}

void Server::acceptAll(Clock::time_point now)
{
    for (;;) {
        const int fd = ::accept4(listenFd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                std::fprintf(stderr, "tenderdesk-fake-openai: accept: %s; pausing\n",
                             std::strerror(errno));
                setListening(false);
                timers_.schedule(now + acceptPause, listenerId, 0);
            }
            return; // EAGAIN, or paused
        }
        // Tokens leave when due, not when Nagle's algorithm has gathered enough of them.
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        const std::uint64_t id = nextId_++;
        addToEpoll(epollFd_, fd, id, EPOLLIN | EPOLLRDHUP);
        connections_.emplace(id, std::make_unique<HttpConnection>(fd, id, context_));
    }
}

void Server::runTimers(Clock::time_point now)
{
    while (const std::optional<TimerQueue::Entry> entry = timers_.popDue(now)) {
        if (entry->owner == listenerId) {
            setListening(true);
            continue;
        }
        const auto it = connections_.find(entry->owner);
        if (it != connections_.end() && !it->second->onTimer(now, entry->token))
            connections_.erase(it);
    }
}

void Server::armTimer()
{
    const std::optional<Clock::time_point> next = timers_.nextDue();
    if (next == armedFor_)
        return;
    itimerspec spec{};
    if (next) {
        // steady_clock is CLOCK_MONOTONIC on Linux, so its time points are absolute times of
        // the timerfd's clock. A time of zero would disarm it: one nanosecond past is the same.
        const auto ns =
            std::chrono::duration_cast<std::chrono::nanoseconds>(next->time_since_epoch()).count();
        spec.it_value.tv_sec = ns / 1'000'000'000;
        spec.it_value.tv_nsec = ns % 1'000'000'000;
        if (spec.it_value.tv_sec == 0 && spec.it_value.tv_nsec == 0)
            spec.it_value.tv_nsec = 1;
    }
    ::timerfd_settime(timerFd_, TFD_TIMER_ABSTIME, &spec, nullptr);
    armedFor_ = next;
}

void Server::setListening(bool on)
{
    if (on == listening_)
        return;
    listening_ = on;
    if (on)
        addToEpoll(epollFd_, listenFd_, listenerId, EPOLLIN);
    else
        ::epoll_ctl(epollFd_, EPOLL_CTL_DEL, listenFd_, nullptr);
}

} // namespace td::fakeopenai
