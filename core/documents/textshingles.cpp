#include "textshingles.h"

namespace td {

namespace {

// SplitMix64's finaliser: spreads every input bit over the whole word.
std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

constexpr std::uint64_t fnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t fnvPrime = 0x100000001b3ULL;

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

bool isWordPart(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

class Tokenizer
{
public:
    explicit Tokenizer(const QString& text)
        : m_text(text)
    {
        m_latin.script = TokenScript::Latin;
        m_cjk.script = TokenScript::Cjk;
    }

    QList<TokenStream> run()
    {
        const qsizetype size = m_text.size();
        for (qsizetype i = 0; i < size;) {
            const qsizetype start = i;
            const char32_t c = next(i);
            if (isCjk(c)) {
                endWord(start);
                m_cjk.tokens.append(Token{start, i, mix(std::uint64_t(c))});
            } else if (isWordPart(c)) {
                if (m_wordStart < 0) {
                    m_wordStart = start;
                    m_wordHash = fnvOffset;
                }
                m_wordHash = (m_wordHash ^ std::uint64_t(QChar::toCaseFolded(c))) * fnvPrime;
            } else {
                endWord(start);
            }
        }
        endWord(size);
        QList<TokenStream> streams;
        if (!m_latin.tokens.isEmpty())
            streams.append(std::move(m_latin));
        if (!m_cjk.tokens.isEmpty())
            streams.append(std::move(m_cjk));
        return streams;
    }

private:
    // The code point at i (a surrogate pair counts as one), moving i past it.
    char32_t next(qsizetype& i) const
    {
        const QChar high = m_text.at(i++);
        if (high.isHighSurrogate() && i < m_text.size() && m_text.at(i).isLowSurrogate())
            return QChar::surrogateToUcs4(high, m_text.at(i++));
        return high.unicode();
    }

    void endWord(qsizetype end)
    {
        if (m_wordStart < 0)
            return;
        m_latin.tokens.append(Token{m_wordStart, end, mix(m_wordHash)});
        m_wordStart = -1;
    }

    const QString& m_text;
    TokenStream m_latin;
    TokenStream m_cjk;
    qsizetype m_wordStart = -1;
    std::uint64_t m_wordHash = 0;
};

} // namespace

QList<TokenStream> tokenize(const QString& text)
{
    return Tokenizer(text).run();
}

QList<std::uint64_t> shingleHashes(const TokenStream& stream)
{
    QList<std::uint64_t> hashes;
    const qsizetype count = stream.tokens.size() - shingleWidth + 1;
    if (count <= 0)
        return hashes;
    hashes.reserve(count);
    // The script is the first ingredient, so equal hashes mean the same script's shingle.
    const std::uint64_t scriptSeed = stream.script == TokenScript::Latin ? 0x4c61746e : 0x434a4b;
    for (qsizetype i = 0; i < count; ++i) {
        std::uint64_t h = scriptSeed;
        for (int t = 0; t < shingleWidth; ++t)
            h = mix(h ^ stream.tokens.at(i + t).hash);
        hashes.append(h);
    }
    return hashes;
}

QList<std::uint64_t> textShingles(const QString& text)
{
    QList<std::uint64_t> all;
    for (const TokenStream& stream : tokenize(text))
        all.append(shingleHashes(stream));
    return all;
}

} // namespace td
