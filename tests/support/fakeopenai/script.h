#pragma once

#include <span>
#include <string>
#include <string_view>

namespace td::fakeopenai {

// What a model name asks the server to do: behave, or misbehave in one particular way.
enum class Mode
{
    Scripted,
    Comments,
    Cut,
    BadJson,
    ErrorMidstream,
    NoUsage,
    WrongUsage,
    Stall,
    StallHeaders,
    ErrorNested,
    ErrorFlat,
    Http500,
    Oracle,
    Contrarian,
};

// The timetable and fault of one request, from `NAME?key=value&key=value`.
struct Script
{
    Mode mode = Mode::Scripted;
    long long ttftMs = 0; // from the complete request to token 0
    long long itlMs = 0;  // between tokens
    long long tokens = 16;
    long long faultAt = 2; // the token index at which a fault mode strikes
};

enum class ScriptError
{
    None,
    UnknownModel,
    BadParameter
};

// Reads a model name. On failure says why in `message` (for the client's error body).
ScriptError parseScript(std::string_view model, Script& script, std::string& message);

// The model names /v1/models lists, in a fixed order.
std::span<const std::string_view> modelNames();

} // namespace td::fakeopenai
