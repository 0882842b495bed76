#pragma once

#include <functional>

namespace td::bench {

// The search a sweep makes for the highest concurrency that meets the objectives: 1, 2, 4, ...
// up to `maxConcurrency` (which is tried itself when it is not a power of two) until a level
// fails, then bisection between the last level that held and the first that failed, to within
// an eighth of the level that held (a level costs a whole load run, so the search stops where
// the answer is good enough to cost a deployment). `meets` runs one level and says whether it
// held; `cancelled` stops the search between levels. Returns 0 when even concurrency 1 fails.
int sweepSearch(int maxConcurrency, const std::function<bool(int concurrency)>& meets,
                const std::function<bool()>& cancelled);

} // namespace td::bench
