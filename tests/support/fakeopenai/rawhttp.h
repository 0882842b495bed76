#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QTcpSocket>

namespace td::test {

// One HTTP response as it came over the wire.
struct RawReply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;                      // de-chunked
    QList<QByteArray> chunks;             // the chunk payloads of a chunked body, in order
    QList<qint64> chunkArrivalNs;         // when each chunk was complete (client clock)
    bool complete = false;                // Content-Length read, or the zero chunk seen
    bool zeroChunk = false;
    bool peerClosed = false; // the server closed the connection
    QByteArray raw;
    QList<qint64> readSizes; // the bytes of each read, to see how the server wrote them
};

// A test's raw HTTP client: it writes exact bytes and sees exact bytes, with the time of each
// read on a monotonic clock.
class RawHttpClient
{
public:
    RawHttpClient();

    bool connectTo(quint16 port);
    // Writes `bytes` and notes the time just before (the earliest the server can have them).
    void send(const QByteArray& bytes);
    // Reads one response: until it is complete, the server closes, or `timeoutMs` passes.
    RawReply readReply(int timeoutMs = 20000);
    // Waits `ms` and returns the bytes that arrived meanwhile.
    QByteArray readFor(int ms);
    bool isConnected() const { return socket_.state() == QAbstractSocket::ConnectedState; }

    qint64 sentAtNs() const { return sentAtNs_; }

private:
    QTcpSocket socket_;
    QElapsedTimer clock_;
    qint64 sentAtNs_ = 0;
    QByteArray pending_; // bytes read past the end of the previous reply
};

// Parses a raw response; `arrivals` are (end offset, time) of each read.
RawReply parseRawReply(const QByteArray& raw, const QList<QPair<qsizetype, qint64>>& arrivals,
                       bool peerClosed, qsizetype* consumed = nullptr);

// The data of each event of an SSE stream, as a conforming parser sees it: any line end (CRLF,
// LF, CR), comments skipped, several data lines joined with "\n".
QList<QByteArray> sseEvents(const QByteArray& stream);

// A POST request with a JSON body.
QByteArray postRequest(const QByteArray& path, const QByteArray& body,
                       const QByteArray& extraHeaders = {});

} // namespace td::test
