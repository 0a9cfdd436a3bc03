#include "text/utf8.h"

#include <algorithm>
#include <cstring>

namespace replycheck {
namespace {

// Length of the sequence introduced by `lead`, or 0 when `lead` cannot start one.
int sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

}  // namespace

std::optional<Utf8Error> find_utf8_error(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Skip ASCII eight bytes at a time: every request field is validated, and most are ASCII.
        while (i + 8 <= n) {
            std::uint64_t chunk;
            std::memcpy(&chunk, s + i, 8);
            if (chunk & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        const unsigned char lead = s[i];
        const int len = sequence_length(lead);
        if (len == 0) return Utf8Error{i, "byte 0x" + std::string(1, "0123456789ABCDEF"[lead >> 4]) +
                                              std::string(1, "0123456789ABCDEF"[lead & 15]) +
                                              " cannot start a UTF-8 sequence"};
        if (i + len > n) return Utf8Error{i, "UTF-8 sequence is cut off by the end of the text"};
        // The second byte's range is narrower after E0, ED, F0 and F4: that is what rules out
        // overlong forms, UTF-16 surrogates and code points above U+10FFFF (RFC 3629, section 4).
        unsigned char lo = 0x80, hi = 0xBF;
        if (lead == 0xE0) lo = 0xA0;
        if (lead == 0xED) hi = 0x9F;
        if (lead == 0xF0) lo = 0x90;
        if (lead == 0xF4) hi = 0x8F;
        for (int k = 1; k < len; ++k) {
            const unsigned char c = s[i + k];
            const unsigned char min = k == 1 ? lo : 0x80;
            const unsigned char max = k == 1 ? hi : 0xBF;
            if (c < min || c > max) return Utf8Error{i, "invalid UTF-8 sequence"};
        }
        i += len;
    }
    return std::nullopt;
}

char32_t next_code_point(std::string_view text, std::size_t& offset) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char lead = s[offset];
    const int len = sequence_length(lead);
    if (len <= 1) {
        ++offset;
        return lead;
    }
    char32_t cp = lead & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (s[offset + k] & 0x3F);
    offset += len;
    return cp;
}

std::size_t utf16_length(std::string_view text, std::size_t byte_offset) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) != 0x80) units += 1;  // every lead byte starts one code point
        if (c >= 0xF0) units += 1;           // 4-byte sequences become surrogate pairs
    }
    return units;
}

Utf16OffsetMap::Utf16OffsetMap(std::string_view text) : byte_size_(text.size()) {
    std::size_t units = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        const int len = std::max(1, sequence_length(c));
        i += len;
        units += len == 4 ? 2 : 1;
        if (len != 1) drifts_.push_back({i, units});
    }
}

std::size_t Utf16OffsetMap::to_utf16(std::size_t byte_offset) const {
    byte_offset = std::min(byte_offset, byte_size_);
    auto it = std::upper_bound(drifts_.begin(), drifts_.end(), byte_offset,
                               [](std::size_t b, const Drift& d) { return b < d.byte_offset; });
    if (it == drifts_.begin()) return byte_offset;
    --it;
    return it->utf16_offset + (byte_offset - it->byte_offset);
}

std::size_t Utf16OffsetMap::to_utf8(std::size_t utf16_offset) const {
    auto it = std::upper_bound(drifts_.begin(), drifts_.end(), utf16_offset,
                               [](std::size_t u, const Drift& d) { return u < d.utf16_offset; });
    std::size_t result = utf16_offset;
    if (it != drifts_.begin()) {
        --it;
        result = it->byte_offset + (utf16_offset - it->utf16_offset);
    }
    return std::min(result, byte_size_);
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_ascii(std::string_view text) {
    // Word-at-a-time over the bulk: this runs on every analysed text.
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, text.data() + i, 8);
        if (chunk & 0x8080808080808080ull) return false;
    }
    for (; i < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
    return true;
}

std::u16string to_utf16(std::string_view utf8) {
    std::u16string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {  // most replies are mostly ASCII
            out += static_cast<char16_t>(c);
            ++i;
            continue;
        }
        const char32_t cp = next_code_point(utf8, i);
        if (cp >= 0x10000) {
            out += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
            out += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
    }
    return out;
}

}  // namespace replycheck
