#pragma once

#include <string_view>

namespace td::fakeopenai {

// The exact bytes of the fault modes, shared by streamed and whole replies.
inline constexpr std::string_view brokenChunkData = "{\"choices\": [ {\"delta\": ";
inline constexpr std::string_view brokenBody = "{\"choices\": [ {\"message\": ";
inline constexpr std::string_view midstreamError =
    "{\"error\": {\"message\": \"CUDA out of memory\", \"type\": \"server_error\", \"code\": 500}}";
inline constexpr std::string_view keepAliveComment = ": keep-alive\n\n";
inline constexpr std::string_view doneEvent = "data: [DONE]\n\n";
// How long the comments mode waits between the two halves of a split write.
inline constexpr int splitPauseMs = 5;
// wrong-usage reports this many tokens more than it sent.
inline constexpr long long usageOverstatement = 5;

} // namespace td::fakeopenai
