#include "script.h"

#include <array>
#include <charconv>

namespace td::fakeopenai {
namespace {

struct NamedMode
{
    std::string_view name;
    Mode mode;
};

constexpr std::array<NamedMode, 14> modes{{
    {"scripted", Mode::Scripted},
    {"comments", Mode::Comments},
    {"cut", Mode::Cut},
    {"badjson", Mode::BadJson},
    {"error-midstream", Mode::ErrorMidstream},
    {"no-usage", Mode::NoUsage},
    {"wrong-usage", Mode::WrongUsage},
    {"stall", Mode::Stall},
    {"stall-headers", Mode::StallHeaders},
    {"error-nested", Mode::ErrorNested},
    {"error-flat", Mode::ErrorFlat},
    {"http500", Mode::Http500},
    {"oracle", Mode::Oracle},
    {"contrarian", Mode::Contrarian},
}};

constexpr std::array<std::string_view, modes.size()> names = [] {
    std::array<std::string_view, modes.size()> result{};
    for (size_t i = 0; i < modes.size(); ++i)
        result[i] = modes[i].name;
    return result;
}();

// A whole non-negative number below a day of milliseconds or a million tokens: larger values
// are typing mistakes, and bounding them keeps the timetable arithmetic far from overflow.
bool readCount(std::string_view text, long long& value)
{
    constexpr long long limit = 100'000'000;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.empty() && result.ec == std::errc() && result.ptr == text.data() + text.size() &&
           value >= 0 && value <= limit;
}

} // namespace

ScriptError parseScript(std::string_view model, Script& script, std::string& message)
{
    const size_t question = model.find('?');
    const std::string_view name = model.substr(0, question);
    const NamedMode* found = nullptr;
    for (const NamedMode& m : modes) {
        if (m.name == name)
            found = &m;
    }
    if (!found) {
        message = "The model '" + std::string(model) + "' does not exist.";
        return ScriptError::UnknownModel;
    }
    script = Script{};
    script.mode = found->mode;
    if (question == std::string_view::npos)
        return ScriptError::None;

    std::string_view rest = model.substr(question + 1);
    while (!rest.empty()) {
        const size_t amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        if (pair.empty())
            continue;
        const size_t eq = pair.find('=');
        const std::string_view key = pair.substr(0, eq);
        const std::string_view value =
            eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
        long long* target = key == "ttft"     ? &script.ttftMs
                            : key == "itl"    ? &script.itlMs
                            : key == "tokens" ? &script.tokens
                            : key == "at"     ? &script.faultAt
                                              : nullptr;
        if (!target) {
            message = "Unknown script key '" + std::string(key) +
                      "' in the model name; the keys are ttft, itl, tokens and at.";
            return ScriptError::BadParameter;
        }
        if (!readCount(value, *target)) {
            message = "The script key '" + std::string(key) +
                      "' needs a whole number from 0 to 100000000, not '" + std::string(value) +
                      "'.";
            return ScriptError::BadParameter;
        }
    }
    return ScriptError::None;
}

std::span<const std::string_view> modelNames()
{
    return names;
}

} // namespace td::fakeopenai
