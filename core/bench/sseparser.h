#pragma once

#include <QByteArray>

#include <functional>

namespace td::bench {

// An incremental parser of a text/event-stream body, as the HTML Living Standard defines it:
// lines end with CRLF, LF or CR; a blank line dispatches the event; lines starting with ':' are
// comments; "data" lines of one event are joined with '\n'; a field without a colon has an empty
// value; one leading space of a value is dropped. Bytes arrive in arbitrary pieces (a CR at the
// end of one piece and its LF at the start of the next are one line end). Only the data of each
// event matters to an OpenAI stream, so that is all it reports; events without data are not
// dispatched, as the standard says.
class SseParser
{
public:
    using EventHandler = std::function<void(const QByteArray& data)>;

    explicit SseParser(EventHandler onEvent)
        : m_onEvent(std::move(onEvent))
    {}

    void feed(const char* bytes, qsizetype size);
    void feed(const QByteArray& bytes) { feed(bytes.constData(), bytes.size()); }

    // Bytes of an unfinished line or event: a stream that ends with some is truncated.
    bool hasPartialEvent() const { return !m_line.isEmpty() || m_hasData; }

private:
    void processLine();

    EventHandler m_onEvent;
    QByteArray m_line;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_lastWasCr = false;
};

} // namespace td::bench
