#pragma once

#include <chrono>
#include <deque>
#include <string>
#include <vector>

namespace td::fakeopenai {

using Clock = std::chrono::steady_clock;

// One thing a response does at a given time.
struct Step
{
    enum class Kind
    {
        Write, // send `bytes`
        End,   // the response is complete: the connection reads the next request
        Close, // close the socket at once, whatever the response still owed
        Stall, // send nothing more, ever, and keep the connection open
    };

    Clock::time_point due;
    Kind kind = Kind::Write;
    std::string bytes;
};

// A response as a timetable of steps, produced a few at a time so that a long stream costs
// memory for its next token only. Steps come in order of their due times.
class Responder
{
public:
    virtual ~Responder() = default;
    // Appends the next steps; returns false when there are no more (after End, Close or Stall).
    virtual bool next(std::deque<Step>& steps) = 0;
};

// A response whose whole timetable is known at once (errors, lists, non-streamed replies).
class FixedResponder : public Responder
{
public:
    explicit FixedResponder(std::vector<Step> steps)
        : steps_(std::move(steps))
    {}

    bool next(std::deque<Step>& steps) override
    {
        if (steps_.empty())
            return false;
        for (Step& step : steps_)
            steps.push_back(std::move(step));
        steps_.clear();
        return true;
    }

private:
    std::vector<Step> steps_;
};

} // namespace td::fakeopenai
