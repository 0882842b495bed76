#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace td {

// The units that document similarity compares. Latin-script text is compared by words, Chinese
// (and other CJK) text by characters, since it has no spaces between words: a text yields a
// stream of each script it contains, so mixed text is compared both ways.
enum class TokenScript
{
    Latin, // words of letters and digits, case-folded
    Cjk    // single CJK characters
};

struct Token
{
    qsizetype start = 0; // UTF-16 offsets into the text: [start, end)
    qsizetype end = 0;
    std::uint64_t hash = 0;
};

struct TokenStream
{
    TokenScript script = TokenScript::Latin;
    QList<Token> tokens;
};

// Words and CJK characters of `text`, each in its own stream; punctuation, spaces and page
// breaks are left out, so a passage matches however it was laid out on the page.
QList<TokenStream> tokenize(const QString& text);

// Shingle width: 5 words, or 5 CJK characters (a 5-gram).
constexpr int shingleWidth = 5;

// The hash of each run of `shingleWidth` tokens of `stream`, in order: shingle i covers tokens
// i .. i + shingleWidth - 1. Empty when the stream is shorter than a shingle. The two scripts
// hash apart, so a word shingle never equals a character shingle.
QList<std::uint64_t> shingleHashes(const TokenStream& stream);

// Every shingle hash of `text`, of all its streams: what a MinHash signature is made from.
QList<std::uint64_t> textShingles(const QString& text);

} // namespace td
