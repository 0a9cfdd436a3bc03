#pragma once
// UTF-8 validation and offset conversion. All spans in ReplyCheck are UTF-8 byte offsets into the
// original text; JavaScript needs UTF-16 code-unit offsets, so the conversion lives here, once.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace replycheck {

struct Utf8Error {
    std::size_t offset = 0;  // byte offset of the first invalid sequence
    std::string message;
};

// Returns the first encoding error, or nothing when `text` is well-formed UTF-8 (no overlongs,
// no surrogates, nothing above U+10FFFF).
std::optional<Utf8Error> find_utf8_error(std::string_view text);

// Whether every byte is below 0x80 (such text is its own UTF-16, NFC and ASCII-case form).
bool is_ascii(std::string_view text);

// Decodes the code point at `offset` and advances it. Input must already be valid UTF-8.
char32_t next_code_point(std::string_view text, std::size_t& offset);

// Number of UTF-16 code units in text[0, byte_offset). byte_offset must be on a code-point boundary.
std::size_t utf16_length(std::string_view text, std::size_t byte_offset);

// Maps many byte offsets of one text to UTF-16 offsets in O(log n) each.
class Utf16OffsetMap {
public:
    explicit Utf16OffsetMap(std::string_view text);
    std::size_t to_utf16(std::size_t byte_offset) const;
    std::size_t to_utf8(std::size_t utf16_offset) const;

private:
    // One entry per code point that is not a single UTF-16 unit plus one byte, i.e. per place
    // where the two counts drift apart.
    struct Drift {
        std::size_t byte_offset;
        std::size_t utf16_offset;
    };
    std::vector<Drift> drifts_;
    std::size_t byte_size_ = 0;
};

void append_utf8(std::string& out, char32_t cp);

// The same text as UTF-16 code units (what JavaScript and twitter-text index). Input must be valid.
std::u16string to_utf16(std::string_view utf8);

}  // namespace replycheck
