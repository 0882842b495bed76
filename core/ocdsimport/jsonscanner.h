#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <deque>

class QIODevice;

namespace td::ocds {

// A piece of a JSON file small enough to parse on its own.
struct JsonPiece
{
    enum class Kind
    {
        Value,       // a whole top-level value
        PackageItem, // one element of a big package's "releases" or "records" array
        Envelope,    // a big package without the elements of that array ("releases": [])
    };
    Kind kind = Kind::Value;
    QByteArray text;
    qint64 line = 0;  // where the piece begins (1-based)
    QString arrayKey; // "releases" or "records", for package items
};

// A JSON syntax error, with the line it was found on.
struct JsonSyntaxError
{
    qint64 line = 0;
    QString message;
};

// Cuts a JSON file into pieces that simdjson can parse one at a time, reading it in chunks so
// that memory stays bounded however big the file. Each top-level value (a file may hold several
// back to back, or one per line) is one piece while it stays under `wholeValueLimit` bytes;
// beyond that, a top-level object's "releases" or "records" array is given element by element,
// then the rest of the object as an envelope. Checks the JSON's structure as it goes (brackets,
// strings, commas, colons) and throws JsonSyntaxError naming the line; numbers and literals are
// checked by the parser.
class JsonScanner
{
    Q_DECLARE_TR_FUNCTIONS(td::ocds::JsonScanner)

public:
    static constexpr qint64 defaultWholeValueLimit = 64 * 1024 * 1024;

    explicit JsonScanner(QIODevice& device, qint64 wholeValueLimit = defaultWholeValueLimit);

    // The next piece; false at the end of the file.
    bool next(JsonPiece& piece);
    qint64 bytesRead() const { return m_bytesRead; }
    // Top-level values begun so far, and whether each began on a line of its own.
    int topLevelValues() const { return m_topLevelValues; }
    // Whether every top-level value so far lay on one line of its own (JSON Lines).
    bool valuesOnOwnLines() const { return m_valuesOnOwnLines; }

private:
    enum class Expect
    {
        TopLevel,
        Value,
        ValueOrClose, // just after '['
        KeyOrClose,   // just after '{'
        Key,          // after ',' in an object
        Colon,
        CommaOrClose,
    };
    struct ItemSpan
    {
        qint64 start = 0;
        qint64 end = 0;
        qint64 line = 0;
    };

    void feed(const char* data, qint64 size);
    void handle(char c);
    void beginValue(char c);
    void afterValue();
    void closeContainer(char c);
    void append(char c);
    void appendSpan(const char* data, qint64 size);
    void finishTopLevel();
    void beginItem();
    void finishItem();
    void switchToStreaming();
    [[noreturn]] void fail(const QString& message) const;
    bool inItemArray() const;

    QIODevice& m_device;
    qint64 m_limit;
    std::deque<JsonPiece> m_ready;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_eof = false;

    Expect m_expect = Expect::TopLevel;
    QByteArray m_stack; // '{' and '['
    bool m_inString = false;
    bool m_escape = false;
    bool m_stringIsKey = false;
    bool m_inLiteral = false;
    QByteArray m_key;       // the last key read at depth 1
    QByteArray m_arrayKey;  // the depth-1 key of the array being itemised, if any
    bool m_sawOcid = false; // the top-level object has an "ocid": a record or a release

    // Whole-value mode: the value so far, and where the items of its package array are.
    QByteArray m_value;
    qint64 m_valueLine = 0;
    qint64 m_arrayOpen = -1; // offset just after the '[' of the package array
    QList<ItemSpan> m_items;
    bool m_inItem = false;
    ItemSpan m_item;

    // Streaming mode: the envelope and the element being read.
    bool m_streaming = false;
    QByteArray m_envelope;
    QByteArray m_element;

    int m_topLevelValues = 0;
    bool m_valuesOnOwnLines = true;
    qint64 m_lastValueEndLine = 0; // the line the previous top-level value ended on
};

} // namespace td::ocds
