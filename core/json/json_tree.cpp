#include "json/json_tree.h"

#include <algorithm>
#include <cstdlib>

#include "text/utf8.h"

namespace replycheck::json {
namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : s_(text) {}

    ParseResult run() {
        ParseResult result;
        Value root;
        skip_space();
        if (!parse_value(root, 0)) {
            result.error = error_;
            return result;
        }
        skip_space();
        if (pos_ != s_.size()) {
            result.error = {pos_, "unexpected content after the JSON value"};
            return result;
        }
        result.value = std::move(root);
        return result;
    }

private:
    bool fail(std::size_t at, std::string message) {
        if (error_.message.empty()) error_ = {at, std::move(message)};
        return false;
    }

    void skip_space() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }

    bool literal(std::string_view word) {
        if (s_.substr(pos_, word.size()) != word) return false;
        pos_ += word.size();
        return true;
    }

    bool parse_value(Value& v, std::size_t depth) {
        if (pos_ >= s_.size()) return fail(pos_, "unexpected end of input, expected a value");
        v.offset = static_cast<std::uint32_t>(pos_);
        const char c = s_[pos_];
        if (c == '{' || c == '[') {
            if (depth >= kMaxDepth) return fail(pos_, "nesting deeper than 64 levels");
            return c == '{' ? parse_object(v, depth + 1) : parse_array(v, depth + 1);
        }
        if (c == '"') {
            v.kind = Kind::string;
            return parse_string(v.string);
        }
        if (c == '-' || (c >= '0' && c <= '9')) return parse_number(v);
        if (literal("true")) { v.kind = Kind::boolean; v.boolean = true; return true; }
        if (literal("false")) { v.kind = Kind::boolean; return true; }
        if (literal("null")) { v.kind = Kind::null; return true; }
        return fail(pos_, "unexpected character, expected a value");
    }

    bool parse_object(Value& v, std::size_t depth) {
        v.kind = Kind::object;
        ++pos_;
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return true; }
        for (;;) {
            skip_space();
            if (pos_ >= s_.size() || s_[pos_] != '"') return fail(pos_, "expected a string key");
            Member m;
            m.key_offset = static_cast<std::uint32_t>(pos_);
            if (!parse_string(m.key)) return false;
            // Small objects are checked as they grow; big ones once at the end (sorted), which
            // keeps a hostile document with huge objects at O(n log n).
            if (v.members.size() < 16) {
                for (const Member& other : v.members)
                    if (other.key == m.key) return fail(m.key_offset, "duplicate key \"" + m.key + "\"");
            }
            skip_space();
            if (pos_ >= s_.size() || s_[pos_] != ':') return fail(pos_, "expected ':' after the key");
            ++pos_;
            skip_space();
            if (!parse_value(m.value, depth)) return false;
            v.members.push_back(std::move(m));
            skip_space();
            if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
            if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return check_duplicates(v); }
            return fail(pos_, "expected ',' or '}' in object");
        }
    }

    bool check_duplicates(const Value& v) {
        if (v.members.size() <= 16) return true;
        std::vector<const Member*> sorted;
        sorted.reserve(v.members.size());
        for (const Member& m : v.members) sorted.push_back(&m);
        std::sort(sorted.begin(), sorted.end(), [](const Member* a, const Member* b) {
            return a->key != b->key ? a->key < b->key : a->key_offset < b->key_offset;
        });
        for (std::size_t i = 1; i < sorted.size(); ++i)
            if (sorted[i]->key == sorted[i - 1]->key)
                return fail(sorted[i]->key_offset, "duplicate key \"" + sorted[i]->key + "\"");
        return true;
    }

    bool parse_array(Value& v, std::size_t depth) {
        v.kind = Kind::array;
        ++pos_;
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return true; }
        for (;;) {
            skip_space();
            Value item;
            if (!parse_value(item, depth)) return false;
            v.items.push_back(std::move(item));
            skip_space();
            if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
            if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return true; }
            return fail(pos_, "expected ',' or ']' in array");
        }
    }

    bool hex4(std::size_t at, char32_t& out) {
        if (at + 4 > s_.size()) return fail(at, "\\u escape needs four hex digits");
        out = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = s_[at + k];
            out <<= 4;
            if (c >= '0' && c <= '9') out |= static_cast<char32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') out |= static_cast<char32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') out |= static_cast<char32_t>(c - 'A' + 10);
            else return fail(at + k, "\\u escape needs four hex digits");
        }
        return true;
    }

    bool parse_string(std::string& out) {
        ++pos_;  // opening quote
        for (;;) {
            if (pos_ >= s_.size()) return fail(pos_, "unterminated string");
            const auto c = static_cast<unsigned char>(s_[pos_]);
            if (c == '"') { ++pos_; return true; }
            if (c < 0x20) return fail(pos_, "control character in string (escape it)");
            if (c != '\\') { out.push_back(static_cast<char>(c)); ++pos_; continue; }
            const std::size_t escape_at = pos_;
            if (pos_ + 1 >= s_.size()) return fail(pos_, "unterminated string");
            const char e = s_[pos_ + 1];
            pos_ += 2;
            switch (e) {
                case '"': out.push_back('"'); break;
                case '\\': out.push_back('\\'); break;
                case '/': out.push_back('/'); break;
                case 'b': out.push_back('\b'); break;
                case 'f': out.push_back('\f'); break;
                case 'n': out.push_back('\n'); break;
                case 'r': out.push_back('\r'); break;
                case 't': out.push_back('\t'); break;
                case 'u': {
                    char32_t cp = 0;
                    if (!hex4(pos_, cp)) return false;
                    pos_ += 4;
                    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail(escape_at, "lone low surrogate in \\u escape");
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        char32_t low = 0;
                        if (s_.substr(pos_, 2) != "\\u" || !hex4(pos_ + 2, low) || low < 0xDC00 || low > 0xDFFF)
                            return fail(escape_at, "high surrogate \\u escape without its low surrogate");
                        pos_ += 6;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    append_utf8(out, cp);
                    break;
                }
                default: return fail(escape_at, "invalid escape sequence");
            }
        }
    }

    bool parse_number(Value& v) {
        const std::size_t start = pos_;
        v.kind = Kind::number;
        v.integral = true;
        auto digits = [&] {
            const std::size_t from = pos_;
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
            return pos_ - from;
        };
        if (s_[pos_] == '-') ++pos_;
        if (pos_ < s_.size() && s_[pos_] == '0') ++pos_;
        else if (digits() == 0) return fail(start, "invalid number");
        if (pos_ < s_.size() && s_[pos_] == '.') {
            ++pos_;
            v.integral = false;
            if (digits() == 0) return fail(start, "invalid number: digits expected after '.'");
        }
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            ++pos_;
            v.integral = false;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
            if (digits() == 0) return fail(start, "invalid number: digits expected in exponent");
        }
        if (pos_ - start > 64) return fail(start, "number is too long");
        const std::string text(s_.substr(start, pos_ - start));
        v.number = std::strtod(text.c_str(), nullptr);
        return true;
    }

    std::string_view s_;
    std::size_t pos_ = 0;
    ParseError error_;
};

bool is_identifier(std::string_view key) {
    if (key.empty() || (key[0] >= '0' && key[0] <= '9')) return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

}  // namespace

std::string_view kind_name(Kind k) {
    switch (k) {
        case Kind::null: return "null";
        case Kind::boolean: return "a boolean";
        case Kind::number: return "a number";
        case Kind::string: return "a string";
        case Kind::array: return "an array";
        case Kind::object: return "an object";
    }
    return "a value";
}

const Value* Value::find(std::string_view key) const {
    for (const Member& m : members)
        if (m.key == key) return &m.value;
    return nullptr;
}

LineMap::LineMap(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

Location LineMap::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    std::size_t start = line_starts_[line - 1];
    // Columns count code points, as editors do; continuation bytes do not start one.
    std::size_t column = 1;
    if (last_.line == line && last_offset_ >= start && last_offset_ <= offset) {
        start = last_offset_;
        column = last_.column;
    }
    for (std::size_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    last_offset_ = offset;
    last_ = {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
    return last_;
}

ParseResult parse(std::string_view text) {
    if (auto bad = find_utf8_error(text)) {
        ParseResult r;
        r.error = {bad->offset, "invalid UTF-8: " + bad->message};
        return r;
    }
    return Parser(text).run();
}

std::string path_key(std::string_view parent, std::string_view key) {
    std::string out(parent);
    if (is_identifier(key)) {
        out += '.';
        out += key;
        return out;
    }
    out += "[\"";
    for (char c : key) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += "\"]";
    return out;
}

std::string path_index(std::string_view parent, std::size_t index) {
    return std::string(parent) + "[" + std::to_string(index) + "]";
}

}  // namespace replycheck::json
