#pragma once

#include "responder.h"

#include <queue>

#include <cstdint>
#include <optional>
#include <vector>

namespace td::fakeopenai {

// Wake-up times of the connections of one event loop, earliest first. A connection that
// reschedules does not remove its old entry: each entry carries the token it was scheduled
// with, and an entry whose token is no longer the connection's current one is ignored.
class TimerQueue
{
public:
    struct Entry
    {
        Clock::time_point due;
        std::uint64_t owner;
        std::uint64_t token;

        bool operator>(const Entry& other) const { return due > other.due; }
    };

    void schedule(Clock::time_point due, std::uint64_t owner, std::uint64_t token)
    {
        heap_.push(Entry{due, owner, token});
    }

    std::optional<Clock::time_point> nextDue() const
    {
        if (heap_.empty())
            return std::nullopt;
        return heap_.top().due;
    }

    // Removes the earliest entry if it is due at `now`.
    std::optional<Entry> popDue(Clock::time_point now)
    {
        if (heap_.empty() || heap_.top().due > now)
            return std::nullopt;
        Entry entry = heap_.top();
        heap_.pop();
        return entry;
    }

private:
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap_;
};

} // namespace td::fakeopenai
