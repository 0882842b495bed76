#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>

namespace td::demo {

// xoshiro256** seeded through SplitMix64: the same numbers from the same seed on every
// platform and standard library (std::uniform_int_distribution and friends are not portable,
// so the demo market would differ between machines if we used them).
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (auto& word : m_state)
            word = splitMix(seed);
    }

    // A generator for item `stream` of the market, independent of how many items come before:
    // tender 42 is the same whether the market has 931 tenders or a million.
    static Rng forStream(quint64 seed, quint64 stream)
    {
        quint64 mixed = seed ^ (stream * 0x9E3779B97F4A7C15ull);
        return Rng(splitMix(mixed));
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [low, high].
    qint64 between(qint64 low, qint64 high)
    {
        const quint64 span = quint64(high - low) + 1;
        // Rejection keeps every value equally likely.
        const quint64 limit = ~quint64(0) - (~quint64(0) % span);
        quint64 x;
        do
            x = next();
        while (x >= limit);
        return low + qint64(x % span);
    }
    bool chance(double probability) { return uniform() < probability; }
    // Approximately normal (sum of four uniforms), without transcendental functions.
    double normal(double mean, double sd)
    {
        const double s = uniform() + uniform() + uniform() + uniform() - 2.0;
        return mean + sd * s * std::sqrt(3.0);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64& x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 m_state[4] = {};
};

// Picks an index with probability proportional to its weight.
template <typename Weights> int pickWeighted(Rng& rng, const Weights& weights, double total)
{
    double x = rng.uniform() * total;
    int i = 0;
    for (const double w : weights) {
        if (x < w)
            return i;
        x -= w;
        ++i;
    }
    return i - 1;
}

} // namespace td::demo
