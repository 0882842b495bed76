#pragma once

#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace td {

// A MinHash signature of a document's shingle set: for each of 128 hash functions, the least
// hash over the shingles. The share of equal entries between two signatures estimates the
// Jaccard similarity of the two sets (|A ∩ B| / |A ∪ B|) with a standard error of about
// sqrt(J (1 - J) / 128), under 0.045. The hash functions are seeded by fixed constants, so a
// signature is the same on every run and every machine.
class MinHashSignature
{
public:
    static constexpr int size = 128;

    // The signature of `shingles` (textShingles()); an empty set gives an empty signature.
    static MinHashSignature of(const QList<std::uint64_t>& shingles);
    static MinHashSignature ofText(const QString& text);

    bool isEmpty() const { return m_empty; }
    // The estimated Jaccard similarity, 0..1; 0 when either signature is empty.
    double similarity(const MinHashSignature& other) const;
    const std::array<std::uint64_t, size>& values() const { return m_values; }

private:
    std::array<std::uint64_t, size> m_values{};
    bool m_empty = true;
};

} // namespace td
