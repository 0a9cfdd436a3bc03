#pragma once
// A strict JSON parser that remembers where every value starts, so that pack errors can say
// "3:17 $.rules["tone.defensive"].severity: ...". nlohmann/json keeps no positions and quietly
// keeps the last of two duplicate keys; packs need both reported. Parsing is one linear pass with
// bounded nesting, and never throws.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace replycheck::json {

enum class Kind : std::uint8_t { null, boolean, number, string, array, object };

std::string_view kind_name(Kind k);  // "null", "a boolean", "a number", ...

struct Member;

struct Value {
    Kind kind = Kind::null;
    std::uint32_t offset = 0;  // byte offset of the value's first character in the document
    bool boolean = false;
    double number = 0;
    bool integral = false;  // written without fraction or exponent
    std::string string;
    std::vector<Value> items;     // array elements
    std::vector<Member> members;  // object members in document order, keys unique

    const Value* find(std::string_view key) const;
    bool is(Kind k) const { return kind == k; }
};

struct Member {
    std::string key;
    std::uint32_t key_offset = 0;
    Value value;
};

struct Location {
    std::uint32_t line = 1;    // 1-based
    std::uint32_t column = 1;  // 1-based, in code points
};

// Maps byte offsets of one document to line:column.
class LineMap {
public:
    explicit LineMap(std::string_view text);
    Location locate(std::size_t offset) const;

private:
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
    // The last answer: issues come mostly in document order, so the next column is counted on
    // from there, not from the line's start (a one-line document would make that quadratic).
    mutable std::size_t last_offset_ = 0;
    mutable Location last_;
};

struct ParseError {
    std::size_t offset = 0;
    std::string message;
};

struct ParseResult {
    std::optional<Value> value;
    ParseError error;  // when !value
};

inline constexpr std::size_t kMaxDepth = 64;

// Parses one JSON document (RFC 8259). Rejects invalid UTF-8, duplicate object keys, lone
// surrogate escapes, nesting deeper than kMaxDepth and trailing content.
ParseResult parse(std::string_view text);

// Appends a JSON path step: `.name` for identifier-like keys, `["key"]` otherwise, `[3]` for items.
std::string path_key(std::string_view parent, std::string_view key);
std::string path_index(std::string_view parent, std::size_t index);

}  // namespace replycheck::json
