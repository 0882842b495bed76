#include "rawhttp.h"

#include <QDeadlineTimer>
#include <QHostAddress>

namespace td::test {
namespace {

qint64 arrivalOf(qsizetype endOffset, const QList<QPair<qsizetype, qint64>>& arrivals)
{
    for (const auto& [offset, time] : arrivals) {
        if (offset >= endOffset)
            return time;
    }
    return -1;
}

} // namespace

RawHttpClient::RawHttpClient()
{
    clock_.start();
}

bool RawHttpClient::connectTo(quint16 port)
{
    socket_.connectToHost(QHostAddress::LocalHost, port);
    return socket_.waitForConnected(10000);
}

void RawHttpClient::send(const QByteArray& bytes)
{
    sentAtNs_ = clock_.nsecsElapsed();
    socket_.write(bytes);
    socket_.flush();
}

RawReply RawHttpClient::readReply(int timeoutMs)
{
    QByteArray raw = pending_;
    pending_.clear();
    QList<QPair<qsizetype, qint64>> arrivals;
    if (!raw.isEmpty())
        arrivals.append({raw.size(), clock_.nsecsElapsed()});
    QList<qint64> readSizes;
    const QDeadlineTimer deadline(timeoutMs);
    bool closed = false;
    for (;;) {
        qsizetype consumed = 0;
        RawReply reply = parseRawReply(raw, arrivals, closed, &consumed);
        if (reply.complete || closed || deadline.hasExpired()) {
            pending_ = raw.mid(consumed);
            reply.readSizes = readSizes;
            return reply;
        }
        if (socket_.bytesAvailable() == 0 && !socket_.waitForReadyRead(50))
            closed = socket_.state() != QAbstractSocket::ConnectedState;
        const QByteArray bytes = socket_.readAll();
        if (bytes.isEmpty())
            continue;
        readSizes.append(bytes.size());
        raw += bytes;
        arrivals.append({raw.size(), clock_.nsecsElapsed()});
    }
}

QByteArray RawHttpClient::readFor(int ms)
{
    QByteArray bytes;
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        socket_.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        bytes += socket_.readAll();
        if (socket_.state() != QAbstractSocket::ConnectedState)
            break;
    }
    return bytes;
}

RawReply parseRawReply(const QByteArray& raw, const QList<QPair<qsizetype, qint64>>& arrivals,
                       bool peerClosed, qsizetype* consumed)
{
    RawReply reply;
    reply.raw = raw;
    reply.peerClosed = peerClosed;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return reply;
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            reply.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
    }
    qsizetype pos = headEnd + 4;
    if (reply.headers.value("transfer-encoding") == "chunked") {
        for (;;) {
            const qsizetype lineEnd = raw.indexOf("\r\n", pos);
            if (lineEnd < 0)
                break;
            bool ok = false;
            const qsizetype size = raw.mid(pos, lineEnd - pos).toLongLong(&ok, 16);
            if (!ok || raw.size() < lineEnd + 2 + size + 2)
                break;
            if (size == 0) {
                if (raw.mid(lineEnd + 2, 2) != "\r\n")
                    break;
                reply.zeroChunk = true;
                reply.complete = true;
                pos = lineEnd + 4;
                break;
            }
            const QByteArray payload = raw.mid(lineEnd + 2, size);
            reply.chunks.append(payload);
            reply.body += payload;
            pos = lineEnd + 2 + size + 2;
            reply.chunkArrivalNs.append(arrivalOf(pos, arrivals));
        }
    } else {
        const qsizetype length = reply.headers.value("content-length", "-1").toLongLong();
        if (length >= 0 && raw.size() >= pos + length) {
            reply.body = raw.mid(pos, length);
            reply.complete = true;
            pos += length;
        } else {
            reply.body = raw.mid(pos);
        }
    }
    if (consumed)
        *consumed = reply.complete ? pos : raw.size();
    return reply;
}

QList<QByteArray> sseEvents(const QByteArray& stream)
{
    QList<QByteArray> events;
    QByteArray data;
    bool hasData = false;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        qsizetype end = pos;
        while (end < stream.size() && stream[end] != '\r' && stream[end] != '\n')
            ++end;
        if (end == stream.size())
            break; // an unfinished line is not a line
        const QByteArray line = stream.mid(pos, end - pos);
        pos = end +
              (stream[end] == '\r' && end + 1 < stream.size() && stream[end + 1] == '\n' ? 2 : 1);
        if (line.isEmpty()) {
            if (hasData)
                events.append(data);
            data.clear();
            hasData = false;
        } else if (line.startsWith("data:")) {
            QByteArray value = line.mid(5);
            if (value.startsWith(' '))
                value.remove(0, 1);
            if (hasData)
                data += '\n';
            data += value;
            hasData = true;
        }
        // Comments (":...") and other fields carry no data.
    }
    return events;
}

QByteArray postRequest(const QByteArray& path, const QByteArray& body,
                       const QByteArray& extraHeaders)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace td::test
