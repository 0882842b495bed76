#include "generatedtext.h"

#include <iterator>

namespace td::test {

GeneratedText::GeneratedText(std::uint64_t seed)
    : m_state(seed)
{
    // Start far from the states of neighbouring seeds, whose sequences would otherwise be the
    // same one shifted by a step.
    m_state = next() ^ 0x6765'6e65'7261'7465ULL;
}

// SplitMix64: small, fast, and the same on every platform (unlike std:: distributions).
std::uint64_t GeneratedText::next()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

QString GeneratedText::words(int count)
{
    static const char* const consonants[] = {"b", "d", "f", "g", "k", "l", "m",  "n",
                                             "p", "r", "s", "t", "v", "z", "ch", "sh"};
    static const char* const vowels[] = {"a", "e", "i", "o", "u", "ai", "ou"};
    QString text;
    bool capital = true;
    for (int w = 0; w < count; ++w) {
        QString word;
        const int syllables = 2 + int(next() % 3);
        for (int s = 0; s < syllables; ++s) {
            word += QLatin1String(consonants[next() % std::size(consonants)]);
            word += QLatin1String(vowels[next() % std::size(vowels)]);
        }
        if (next() % 3 == 0)
            word += QLatin1Char('n');
        if (capital)
            word[0] = word[0].toUpper();
        capital = next() % 12 == 0;
        text += word;
        text += capital ? QStringLiteral(". ") : QStringLiteral(" ");
    }
    return text;
}

QString GeneratedText::chinese(int count)
{
    // U+4E00 .. U+9FA5: the unified ideographs every Chinese font covers.
    constexpr char16_t first = 0x4e00;
    constexpr std::uint64_t span = 0x9fa5 - 0x4e00 + 1;
    QString text;
    text.reserve(count + count / 8);
    for (int i = 0; i < count; ++i) {
        text += QChar(char16_t(first + next() % span));
        const std::uint64_t mark = next() % 16;
        if (mark == 0)
            text += QChar(u'，');
        else if (mark == 1)
            text += QChar(u'。');
    }
    return text;
}

} // namespace td::test
