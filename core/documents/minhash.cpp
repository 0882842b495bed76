#include "minhash.h"

#include "textshingles.h"

#include <algorithm>
#include <limits>

namespace td {

namespace {

// Each hash function is x -> the high-quality mix of (x XOR seed_i) seen through one odd
// multiplier; the seeds come from SplitMix64 started at a fixed value, so they never change.
struct HashFamily
{
    std::array<std::uint64_t, MinHashSignature::size> seeds{};

    HashFamily()
    {
        std::uint64_t state = 0x7465'6e64'6572'6465ULL; // "tenderde"
        for (std::uint64_t& seed : seeds) {
            state += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = state;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            seed = z ^ (z >> 31);
        }
    }
};

const HashFamily& family()
{
    static const HashFamily instance;
    return instance;
}

// Shingle hashes are already well mixed (textshingles.cpp), so a cheap xor-multiply-xorshift
// per function is enough to make the 128 orderings independent; it keeps a 50-page bid's
// signature in a few milliseconds.
inline std::uint64_t permute(std::uint64_t x, std::uint64_t seed)
{
    std::uint64_t h = (x ^ seed) * 0xff51afd7ed558ccdULL;
    return h ^ (h >> 32);
}

} // namespace

MinHashSignature MinHashSignature::of(const QList<std::uint64_t>& shingles)
{
    MinHashSignature signature;
    if (shingles.isEmpty())
        return signature;
    signature.m_empty = false;
    signature.m_values.fill(std::numeric_limits<std::uint64_t>::max());
    const auto& seeds = family().seeds;
    for (std::uint64_t shingle : shingles)
        for (int i = 0; i < size; ++i)
            signature.m_values[i] = std::min(signature.m_values[i], permute(shingle, seeds[i]));
    return signature;
}

MinHashSignature MinHashSignature::ofText(const QString& text)
{
    return of(textShingles(text));
}

double MinHashSignature::similarity(const MinHashSignature& other) const
{
    if (m_empty || other.m_empty)
        return 0;
    int equal = 0;
    for (int i = 0; i < size; ++i)
        equal += m_values[i] == other.m_values[i] ? 1 : 0;
    return double(equal) / double(size);
}

} // namespace td
