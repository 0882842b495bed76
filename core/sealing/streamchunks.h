#pragma once

#include "envelope.h"

#include <QtGlobal>

#include <functional>

class QIODevice;

namespace td::streaming {

// The unit both envelopes stream in: memory use does not grow with the payload.
constexpr int chunkSize = 64 * 1024;

// Reads `in` to its end, chunkSize bytes at a time, handing each chunk to `consume`; after each
// chunk reports the bytes read so far to `progress`, throwing SealingCancelled when it returns
// false. Throws td::Error when the device cannot be read.
void forEachChunk(QIODevice& in, const std::function<void(const char* data, int length)>& consume,
                  const StreamProgress& progress);

// Writes all `length` bytes to `out`; throws td::Error naming the device's error otherwise.
void writeAll(QIODevice& out, const char* data, qsizetype length);

} // namespace td::streaming
