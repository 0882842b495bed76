#include "jsonscanner.h"

#include <QIODevice>

namespace td::ocds {

namespace {

constexpr qint64 chunkSize = 1024 * 1024;
constexpr qsizetype longestKeyKept = 16; // "releases" and "records" are all we look for

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Characters of numbers, true, false and null; the parser checks what they spell.
bool isLiteralChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
           c == '+' || c == '.';
}

QString shown(char c)
{
    if (static_cast<unsigned char>(c) < 0x20)
        return QStringLiteral("\\x%1").arg(int(static_cast<unsigned char>(c)), 2, 16,
                                           QLatin1Char('0'));
    return QString::fromLatin1(&c, 1);
}

} // namespace

JsonScanner::JsonScanner(QIODevice& device, qint64 wholeValueLimit)
    : m_device(device)
    , m_limit(wholeValueLimit)
{}

bool JsonScanner::next(JsonPiece& piece)
{
    QByteArray chunk;
    while (m_ready.empty() && !m_eof) {
        chunk = m_device.read(chunkSize);
        if (chunk.isEmpty()) {
            m_eof = true;
            if (!m_stack.isEmpty() || m_inString) {
                // Said at the line where the unfinished release (or value) begins.
                const qint64 begins = m_inItem ? m_item.line : m_valueLine;
                throw JsonSyntaxError{begins, tr("The file ends inside the value that begins on "
                                                 "this line: it is cut short.")};
            }
            break;
        }
        m_bytesRead += chunk.size();
        const char* data = chunk.constData();
        qint64 size = chunk.size();
        if (m_atStart) {
            m_atStart = false;
            if (size >= 3 && data[0] == '\xEF' && data[1] == '\xBB' && data[2] == '\xBF') {
                data += 3; // a UTF-8 byte order mark, as some Windows tools write
                size -= 3;
            }
        }
        feed(data, size);
    }
    if (m_ready.empty())
        return false;
    piece = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

void JsonScanner::feed(const char* data, qint64 size)
{
    const char* const end = data + size;
    const char* p = data;
    while (p < end) {
        if (m_inString && !m_escape) {
            // The bulk of a file is string content: copy it in one go up to the next quote,
            // backslash or control character.
            const char* q = p;
            while (q < end && *q != '"' && *q != '\\' && static_cast<unsigned char>(*q) >= 0x20)
                ++q;
            if (q > p) {
                appendSpan(p, q - p);
                if (m_stringIsKey && m_stack.size() == 1 && m_key.size() <= longestKeyKept)
                    m_key.append(p, qMin<qint64>(q - p, longestKeyKept + 1));
                p = q;
                continue;
            }
        }
        handle(*p);
        ++p;
    }
}

void JsonScanner::handle(char c)
{
    if (c == '\n')
        ++m_line;
    if (m_inString) {
        if (m_escape) {
            m_escape = false;
        } else if (c == '\\') {
            m_escape = true;
        } else if (c == '"') {
            m_inString = false;
            append(c);
            if (m_stringIsKey) {
                m_expect = Expect::Colon;
                if (m_stack.size() == 1 && m_key == QByteArrayLiteral("ocid"))
                    m_sawOcid = true;
            } else
                afterValue();
            return;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            fail(tr("A string is not closed before the end of the line (or holds a control "
                    "character)."));
        }
        append(c);
        if (m_stringIsKey && m_stack.size() == 1 && m_key.size() <= longestKeyKept)
            m_key.append(c);
        return;
    }
    if (m_inLiteral) {
        if (isLiteralChar(c)) {
            append(c);
            return;
        }
        m_inLiteral = false;
        afterValue();
    }
    if (isWhitespace(c)) {
        if (m_expect != Expect::TopLevel)
            append(c);
        return;
    }
    switch (m_expect) {
    case Expect::TopLevel:
        if (c != '{' && c != '[')
            fail(tr("Expected a JSON object, found '%1'.").arg(shown(c)));
        ++m_topLevelValues;
        if (m_topLevelValues > 1 && m_lastValueEndLine == m_line)
            m_valuesOnOwnLines = false;
        m_valueLine = m_line;
        m_value.resize(0);
        m_sawOcid = false;
        beginValue(c);
        return;
    case Expect::ValueOrClose:
        if (c == ']') {
            closeContainer(c);
            return;
        }
        beginValue(c);
        return;
    case Expect::Value:
        beginValue(c);
        return;
    case Expect::KeyOrClose:
    case Expect::Key:
        if (c == '}' && m_expect == Expect::KeyOrClose) {
            closeContainer(c);
            return;
        }
        if (c != '"')
            fail(tr("Expected a key in double quotes, found '%1'.").arg(shown(c)));
        append(c);
        m_inString = true;
        m_stringIsKey = true;
        if (m_stack.size() == 1)
            m_key.clear();
        return;
    case Expect::Colon:
        if (c != ':')
            fail(tr("Expected ':' after a key, found '%1'.").arg(shown(c)));
        append(c);
        m_expect = Expect::Value;
        return;
    case Expect::CommaOrClose:
        if (c == ',') {
            append(c);
            m_expect = m_stack.back() == '{' ? Expect::Key : Expect::Value;
            return;
        }
        if (c == '}' || c == ']') {
            closeContainer(c);
            return;
        }
        fail(tr("Expected ',' or a closing bracket, found '%1'.").arg(shown(c)));
    }
}

void JsonScanner::beginValue(char c)
{
    if (inItemArray() && m_stack.size() == 2)
        beginItem();
    if (c == '{') {
        append(c);
        m_stack.append(c);
        m_expect = Expect::KeyOrClose;
    } else if (c == '[') {
        // A record has "releases" too, but says its "ocid" first: its releases stay whole, to
        // be merged.
        const bool packageArray =
            m_stack.size() == 1 && m_stack.front() == '{' && !m_sawOcid &&
            (m_key == QByteArrayLiteral("releases") || m_key == QByteArrayLiteral("records"));
        append(c);
        m_stack.append(c);
        m_expect = Expect::ValueOrClose;
        if (packageArray) {
            m_arrayKey = m_key;
            m_items.clear();
            m_arrayOpen = m_value.size();
        }
    } else if (c == '"') {
        append(c);
        m_inString = true;
        m_stringIsKey = false;
    } else if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
        append(c);
        m_inLiteral = true;
    } else {
        fail(tr("Expected a value, found '%1'.").arg(shown(c)));
    }
}

void JsonScanner::closeContainer(char c)
{
    const char open = m_stack.back();
    if ((c == '}') != (open == '{'))
        fail(tr("'%1' closes a '%2'.").arg(shown(c), shown(open)));
    m_stack.chop(1);
    if (c == ']' && m_stack.size() == 1 && !m_arrayKey.isEmpty())
        m_arrayKey.clear(); // the package array ends: what follows belongs to the envelope
    append(c);
    afterValue();
}

void JsonScanner::afterValue()
{
    if (m_stack.isEmpty()) {
        finishTopLevel();
        return;
    }
    if (m_inItem && m_stack.size() == 2)
        finishItem();
    m_expect = Expect::CommaOrClose;
}

bool JsonScanner::inItemArray() const
{
    return !m_arrayKey.isEmpty() && m_stack.size() >= 2;
}

void JsonScanner::append(char c)
{
    if (!m_streaming)
        m_value.append(c);
    else if (m_inItem)
        m_element.append(c);
    else if (!inItemArray())
        m_envelope.append(c);
}

void JsonScanner::appendSpan(const char* data, qint64 size)
{
    if (!m_streaming)
        m_value.append(data, size);
    else if (m_inItem)
        m_element.append(data, size);
    else if (!inItemArray())
        m_envelope.append(data, size);
}

void JsonScanner::beginItem()
{
    m_inItem = true;
    m_item = ItemSpan{m_streaming ? 0 : m_value.size(), 0, m_line};
    if (m_streaming)
        m_element.resize(0);
}

void JsonScanner::finishItem()
{
    m_inItem = false;
    if (m_streaming) {
        m_ready.push_back(JsonPiece{JsonPiece::Kind::PackageItem, m_element, m_item.line,
                                    QString::fromLatin1(m_arrayKey)});
        m_element.resize(0);
        return;
    }
    m_item.end = m_value.size();
    m_items.append(m_item);
    if (m_value.size() > m_limit)
        switchToStreaming();
}

void JsonScanner::switchToStreaming()
{
    m_envelope = m_value.left(m_arrayOpen);
    const QString key = QString::fromLatin1(m_arrayKey);
    for (const ItemSpan& item : std::as_const(m_items))
        m_ready.push_back(JsonPiece{JsonPiece::Kind::PackageItem,
                                    m_value.mid(item.start, item.end - item.start), item.line,
                                    key});
    m_items.clear();
    m_value = QByteArray();
    m_streaming = true;
}

void JsonScanner::finishTopLevel()
{
    if (m_streaming) {
        m_ready.push_back(JsonPiece{JsonPiece::Kind::Envelope, m_envelope, m_valueLine, {}});
        m_envelope = QByteArray();
        m_streaming = false;
    } else {
        m_ready.push_back(JsonPiece{JsonPiece::Kind::Value, m_value, m_valueLine, {}});
        m_value.resize(0);
    }
    if (m_valueLine != m_line)
        m_valuesOnOwnLines = false;
    m_lastValueEndLine = m_line;
    m_arrayKey.clear();
    m_items.clear();
    m_arrayOpen = -1;
    m_inItem = false;
    m_expect = Expect::TopLevel;
}

void JsonScanner::fail(const QString& message) const
{
    throw JsonSyntaxError{m_line, message};
}

} // namespace td::ocds
