#include "sweepsearch.h"

#include <algorithm>

namespace td::bench {

int sweepSearch(int maxConcurrency, const std::function<bool(int)>& meets,
                const std::function<bool()>& cancelled)
{
    int good = 0; // the highest level that held
    int bad = 0;  // the lowest level that failed, 0 while none has
    for (int level = 1; level <= maxConcurrency && !cancelled(); level *= 2) {
        if (!meets(level)) {
            bad = level;
            break;
        }
        good = level;
        const bool lastDoubling = level > maxConcurrency / 2;
        if (lastDoubling && level < maxConcurrency && !cancelled()) {
            if (meets(maxConcurrency))
                good = maxConcurrency;
            else
                bad = maxConcurrency;
            break;
        }
    }
    while (good > 0 && bad > good + std::max(1, good / 8) && !cancelled()) {
        const int middle = good + (bad - good) / 2;
        if (meets(middle))
            good = middle;
        else
            bad = middle;
    }
    return good;
}

} // namespace td::bench
