#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace td::test {

// Made-up text for similarity tests and benchmarks: the same seed gives the same text, and two
// seeds almost never give the same five words (or five characters) in a row.
class GeneratedText
{
public:
    explicit GeneratedText(std::uint64_t seed);

    // `count` pseudo-words of two to four syllables ("tavorin kelumo ..."), with a full stop
    // and a capital letter now and then, as prose has.
    QString words(int count);
    // `count` Chinese characters drawn from the common CJK block, with a "，" or "。" now
    // and then.
    QString chinese(int count);

private:
    std::uint64_t next();
    std::uint64_t m_state;
};

} // namespace td::test
