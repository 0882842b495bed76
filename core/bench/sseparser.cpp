#include "sseparser.h"

namespace td::bench {

void SseParser::feed(const char* bytes, qsizetype size)
{
    const char* const end = bytes + size;
    const char* p = bytes;
    while (p < end) {
        if (m_lastWasCr) {
            m_lastWasCr = false;
            if (*p == '\n') { // the LF of a CRLF split across two pieces
                ++p;
                continue;
            }
        }
        // Scan to the next line end in one step: lines are appended in runs, not byte by byte.
        const char* q = p;
        while (q < end && *q != '\n' && *q != '\r')
            ++q;
        m_line.append(p, q - p);
        if (q == end)
            return;
        m_lastWasCr = *q == '\r';
        p = q + 1;
        processLine();
    }
}

void SseParser::processLine()
{
    if (m_line.isEmpty()) {
        if (m_hasData) {
            // The standard keeps a trailing '\n' per data line and removes the last one.
            m_data.chop(1);
            const QByteArray data = std::exchange(m_data, {});
            m_hasData = false;
            m_onEvent(data);
        }
        return;
    }
    if (m_line.startsWith(':')) {
        m_line.clear();
        return;
    }
    const qsizetype colon = m_line.indexOf(':');
    const QByteArrayView field =
        colon < 0 ? QByteArrayView(m_line) : QByteArrayView(m_line).first(colon);
    if (field == "data") {
        QByteArrayView value =
            colon < 0 ? QByteArrayView() : QByteArrayView(m_line).sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
        m_data.append(value.data(), value.size());
        m_data.append('\n');
        m_hasData = true;
    }
    // "event", "id" and "retry" do not change what an OpenAI stream means; unknown fields are
    // ignored, as the standard says.
    m_line.clear();
}

} // namespace td::bench
