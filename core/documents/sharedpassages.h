#pragma once

#include "textshingles.h"

#include <QList>
#include <QString>

namespace td {

// A passage two texts have in common: the same words (or CJK characters) in the same order,
// whatever the spacing, punctuation or case between them.
struct SharedPassage
{
    TokenScript script = TokenScript::Latin;
    qsizetype startA = 0; // UTF-16 offsets into the first text: [startA, endA)
    qsizetype endA = 0;
    qsizetype startB = 0; // and into the second
    qsizetype endB = 0;
    int tokens = 0; // words or CJK characters it spans
};

struct SharedPassages
{
    QList<SharedPassage> longest; // longest first, none overlapping another in either text
    int found = 0;                // every maximal passage of at least the minimum length
    int tokensInLongest = 0;
};

// The longest runs of shingles that `a` and `b` share, mapped back to the texts, for showing
// side by side. Passages shorter than `minimumTokens` are left out (short stock phrases are
// not evidence); at most `limit` are returned. Shingles repeated more than a few times within
// `a` (table rulings, repeated headings) do not start a passage.
SharedPassages findSharedPassages(const QString& a, const QString& b, int minimumTokens = 12,
                                  int limit = 5);

} // namespace td
