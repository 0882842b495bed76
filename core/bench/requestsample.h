#pragma once

#include <QList>
#include <QString>

namespace td::bench {

// What one request of a run measured. Times are microseconds; start is relative to the start of
// the run, the others relative to the request's own start; -1 means "did not happen".
struct RequestSample
{
    int seq = 0;
    int phase = 0;       // the step of a sweep it belongs to; 0 for a single load
    bool warmup = false; // warm-up requests are stored but never counted
    qint64 startUs = 0;
    qint64 ttfbUs = -1; // first byte of the response (its status line)
    qint64 ttftUs = -1; // first non-empty token
    qint64 lastTokenUs = -1;
    qint64 e2eUs = -1; // the whole response, to the end of the stream
    int promptTokens = -1;
    int outputTokens = -1;  // as the server's usage reports them
    int streamedChunks = 0; // chunks that carried non-empty text
    QList<qint32> itlUs;    // gaps between consecutive non-empty chunks
    QString error;          // empty: the request succeeded
    QString output;         // the generated text, kept for accuracy scoring

    bool ok() const { return error.isEmpty(); }
    // Time per output token after the first: (last token - first token) / (tokens - 1), from the
    // usage count; -1 with fewer than two tokens.
    qint64 tpotUs() const
    {
        if (!ok() || outputTokens < 2 || ttftUs < 0 || lastTokenUs < ttftUs)
            return -1;
        return (lastTokenUs - ttftUs) / (outputTokens - 1);
    }
    // The cross-check of the server's usage against the stream: one token per chunk is what
    // most servers send, so a difference is counted and shown; it is not an error, because
    // servers that batch tokens (speculative decoding) legitimately send fewer chunks.
    bool usageDiffersFromChunks() const
    {
        return outputTokens >= 0 && outputTokens != streamedChunks;
    }
};

} // namespace td::bench
