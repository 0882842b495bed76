#include "generation.h"

#include "suites.h"

#include <algorithm>

namespace td::fakeopenai {

Generation::Generation(const Script& script, const CompletionRequest& request, const Suites& suites,
                       Clock::time_point received)
    : received_(received)
    , ttft_(script.ttftMs)
    , itl_(script.itlMs)
{
    if (script.mode == Mode::Oracle || script.mode == Mode::Contrarian) {
        pieces_ =
            splitIntoPieces(suites.answer(request.lastUserText, script.mode == Mode::Contrarian));
        count_ = static_cast<long long>(pieces_.size());
    } else {
        count_ = script.tokens;
    }
    if (request.maxTokens && *request.maxTokens < count_) {
        count_ = *request.maxTokens;
        truncated_ = true;
    }
    faultAt_ = count_ > 0 ? std::min(script.faultAt, count_ - 1) : 0;
}

std::string Generation::token(long long i) const
{
    if (!pieces_.empty())
        return pieces_[static_cast<size_t>(i)];
    return "t" + std::to_string(i) + " ";
}

std::string Generation::content() const
{
    std::string text;
    for (long long i = 0; i < count_; ++i)
        text += token(i);
    return text;
}

Clock::time_point Generation::due(long long i) const
{
    return received_ + ttft_ + i * itl_;
}

std::vector<std::string> splitIntoPieces(std::string_view text)
{
    std::vector<std::string> pieces;
    size_t pos = 0;
    while (pos < text.size()) {
        std::string piece;
        // Whole code points while the piece stays within four bytes, and at least one.
        while (pos < text.size()) {
            size_t length = 1;
            while (pos + length < text.size() &&
                   (static_cast<unsigned char>(text[pos + length]) & 0xC0) == 0x80)
                ++length;
            if (!piece.empty() && piece.size() + length > 4)
                break;
            piece.append(text.substr(pos, length));
            pos += length;
        }
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

} // namespace td::fakeopenai
