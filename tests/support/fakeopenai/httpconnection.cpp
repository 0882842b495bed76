#include "httpconnection.h"

#include "api.h"
#include "httprequest.h"
#include "timerqueue.h"

#include <cerrno>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace td::fakeopenai {
namespace {

constexpr size_t readChunk = 64 * 1024;
// More unread input than the largest request could need: the client is not speaking HTTP.
constexpr size_t maxBufferedInput = 32 * 1024 * 1024;
// How long a gracefully closed connection waits for the client's close.
constexpr auto drainTime = std::chrono::seconds(2);

} // namespace

HttpConnection::HttpConnection(int fd, std::uint64_t id, LoopContext& loop)
    : fd_(fd)
    , id_(id)
    , loop_(loop)
{}

HttpConnection::~HttpConnection()
{
    ::close(fd_);
}

bool HttpConnection::onReadable(Clock::time_point now)
{
    char buffer[readChunk];
    for (;;) {
        const ssize_t n = ::recv(fd_, buffer, readChunk, 0);
        if (n == 0)
            return false; // the client has gone
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            return false;
        }
        // Input after a stall or a close is read only to notice when the client goes.
        if (state_ == State::Reading || state_ == State::Responding)
            in_.append(buffer, size_t(n));
        if (in_.size() > maxBufferedInput)
            return false;
        if (size_t(n) < readChunk)
            break; // drained; level-triggered epoll reports any more
    }
    if (state_ == State::Reading)
        return pump(now);
    return true;
}

bool HttpConnection::onWritable(Clock::time_point now)
{
    return flush(now);
}

bool HttpConnection::onTimer(Clock::time_point now, std::uint64_t token)
{
    if (token != timerToken_)
        return true; // superseded
    if (state_ == State::Draining)
        return false;
    return pump(now);
}

bool HttpConnection::pump(Clock::time_point now)
{
    for (;;) {
        if (state_ == State::Reading && !startRequest(now))
            break;
        if (state_ != State::Responding || !runDueSteps(now))
            break;
    }
    return flush(now);
}

bool HttpConnection::startRequest(Clock::time_point now)
{
    if (in_.empty())
        return false;
    HttpRequest request;
    const HttpParse parse = parseHttpRequest(in_, request);
    switch (parse.status) {
    case HttpParse::Status::Incomplete:
        return false;
    case HttpParse::Status::Error:
        responder_ = Api::rejection(parse.errorStatus, parse.errorMessage, now);
        keepAlive_ = false;
        in_.clear();
        break;
    case HttpParse::Status::Complete:
        in_.erase(0, parse.consumed);
        responder_ = loop_.api.respond(request, now);
        keepAlive_ = request.keepAlive;
        break;
    }
    state_ = State::Responding;
    return true;
}

bool HttpConnection::runDueSteps(Clock::time_point now)
{
    for (;;) {
        if (steps_.empty() && !responder_->next(steps_)) {
            // A responder always ends with End, Close or Stall; this is only a safety net.
            steps_.push_back(Step{now, Step::Kind::End, {}});
        }
        if (steps_.front().due > now) {
            wakeAt(steps_.front().due);
            return false;
        }
        Step step = std::move(steps_.front());
        steps_.pop_front();
        switch (step.kind) {
        case Step::Kind::Write:
            out_ += step.bytes;
            break;
        case Step::Kind::End:
            responder_.reset();
            steps_.clear();
            if (!keepAlive_) {
                state_ = State::Closing;
                graceful_ = true;
                return false;
            }
            state_ = State::Reading;
            return true;
        case Step::Kind::Close:
            state_ = State::Closing;
            graceful_ = false;
            return false;
        case Step::Kind::Stall:
            state_ = State::Stalled;
            in_.clear();
            return false;
        }
    }
}

bool HttpConnection::flush(Clock::time_point now)
{
    while (outSent_ < out_.size()) {
        const ssize_t n = ::send(fd_, out_.data() + outSent_, out_.size() - outSent_, MSG_NOSIGNAL);
        if (n > 0) {
            outSent_ += size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            setWriteInterest(true);
            return true;
        }
        return false;
    }
    out_.clear();
    outSent_ = 0;
    setWriteInterest(false);
    if (state_ == State::Closing) {
        if (!graceful_)
            return false;
        // Half-close and wait for the client's close, so that the kernel does not reset the
        // connection over unread input and lose the response with it.
        ::shutdown(fd_, SHUT_WR);
        state_ = State::Draining;
        wakeAt(now + drainTime);
    }
    return true;
}

void HttpConnection::setWriteInterest(bool on)
{
    if (on == writeInterest_)
        return;
    writeInterest_ = on;
    epoll_event event{};
    event.events = EPOLLIN | EPOLLRDHUP | (on ? EPOLLOUT : 0u);
    event.data.u64 = id_;
    ::epoll_ctl(loop_.epollFd, EPOLL_CTL_MOD, fd_, &event);
}

void HttpConnection::wakeAt(Clock::time_point due)
{
    loop_.timers.schedule(due, id_, ++timerToken_);
}

} // namespace td::fakeopenai
