#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace td::fakeopenai {

// A JSON value as read from a request body or a suite file. The server reads small documents
// only, so a plain tree is enough; this keeps the server free of Qt and of other libraries.
struct JsonValue
{
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsonValue> array;
    std::vector<std::pair<std::string, JsonValue>> object;

    // The member named `key` of an object, or nullptr (also when this is not an object).
    const JsonValue* find(std::string_view key) const;
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }
    bool isTrue() const { return type == Type::Bool && boolean; }
};

// Parses a whole document (RFC 8259; \u escapes become UTF-8). Returns nothing when the text
// is not valid JSON, with `error` saying where.
std::optional<JsonValue> parseJson(std::string_view text, std::string* error = nullptr);

// Appends `text` as a JSON string literal, quotes included.
void appendJsonString(std::string& out, std::string_view text);

} // namespace td::fakeopenai
