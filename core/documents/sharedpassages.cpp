#include "sharedpassages.h"

#include <QHash>

#include <algorithm>

namespace td {

namespace {

// A shingle that occurs more often than this in the first text is not used to start a
// passage: it would make the search quadratic on repetitive text and means nothing.
constexpr int maximumRepeats = 16;

struct Run
{
    qsizetype i = 0;      // first shingle in a
    qsizetype j = 0;      // first shingle in b
    qsizetype length = 0; // shingles
};

QHash<std::uint64_t, QList<qsizetype>> positionsOf(const QList<std::uint64_t>& hashes)
{
    QHash<std::uint64_t, QList<qsizetype>> positions;
    positions.reserve(hashes.size());
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        QList<qsizetype>& list = positions[hashes.at(i)];
        if (list.size() <= maximumRepeats)
            list.append(i);
    }
    return positions;
}

// Every maximal diagonal of equal shingles, found from its start only.
QList<Run> maximalRuns(const QList<std::uint64_t>& a, const QList<std::uint64_t>& b,
                       qsizetype minimumShingles)
{
    const QHash<std::uint64_t, QList<qsizetype>> positions = positionsOf(a);
    QList<Run> runs;
    for (qsizetype j = 0; j < b.size(); ++j) {
        const auto found = positions.constFind(b.at(j));
        if (found == positions.constEnd() || found->size() > maximumRepeats)
            continue;
        for (qsizetype i : *found) {
            // Inside a run that started one shingle earlier (unless that shingle could not
            // start one).
            if (i > 0 && j > 0 && a.at(i - 1) == b.at(j - 1) &&
                positions.value(a.at(i - 1)).size() <= maximumRepeats)
                continue;
            qsizetype length = 1;
            while (i + length < a.size() && j + length < b.size() &&
                   a.at(i + length) == b.at(j + length))
                ++length;
            if (length >= minimumShingles)
                runs.append(Run{i, j, length});
        }
    }
    return runs;
}

bool overlaps(qsizetype start, qsizetype end, qsizetype otherStart, qsizetype otherEnd)
{
    return start < otherEnd && otherStart < end;
}

SharedPassage passageOf(const Run& run, const TokenStream& a, const TokenStream& b)
{
    const qsizetype lastToken = run.length + shingleWidth - 2;
    SharedPassage p;
    p.script = a.script;
    p.startA = a.tokens.at(run.i).start;
    p.endA = a.tokens.at(run.i + lastToken).end;
    p.startB = b.tokens.at(run.j).start;
    p.endB = b.tokens.at(run.j + lastToken).end;
    p.tokens = int(lastToken + 1);
    return p;
}

} // namespace

SharedPassages findSharedPassages(const QString& a, const QString& b, int minimumTokens, int limit)
{
    const qsizetype minimumShingles = std::max(1, minimumTokens - shingleWidth + 1);
    QList<SharedPassage> all;
    const QList<TokenStream> streamsA = tokenize(a);
    const QList<TokenStream> streamsB = tokenize(b);
    for (const TokenStream& streamA : streamsA) {
        for (const TokenStream& streamB : streamsB) {
            if (streamA.script != streamB.script)
                continue;
            const QList<Run> runs =
                maximalRuns(shingleHashes(streamA), shingleHashes(streamB), minimumShingles);
            for (const Run& run : runs)
                all.append(passageOf(run, streamA, streamB));
        }
    }
    std::sort(all.begin(), all.end(), [](const SharedPassage& x, const SharedPassage& y) {
        return x.tokens != y.tokens ? x.tokens > y.tokens : x.startA < y.startA;
    });

    SharedPassages result;
    result.found = int(all.size());
    for (const SharedPassage& p : all) {
        if (result.longest.size() >= limit)
            break;
        const bool clashes =
            std::any_of(result.longest.cbegin(), result.longest.cend(), [&](const auto& q) {
                return overlaps(p.startA, p.endA, q.startA, q.endA) ||
                       overlaps(p.startB, p.endB, q.startB, q.endB);
            });
        if (clashes)
            continue;
        result.longest.append(p);
        result.tokensInLongest += p.tokens;
    }
    return result;
}

} // namespace td
