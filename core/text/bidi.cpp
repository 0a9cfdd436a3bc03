#include "text/bidi.h"

#include <unicode/uchar.h>
#include <unicode/ubidi.h>
#include <unicode/ushape.h>

#include <algorithm>
#include <memory>
#include <string>

#include "text/utf8.h"

namespace replycheck::bidi {
namespace {

bool rtl_direction(char32_t c) {
    if (c < 0x80) return false;
    switch (u_charDirection(static_cast<UChar32>(c))) {
        case U_RIGHT_TO_LEFT:
        case U_RIGHT_TO_LEFT_ARABIC:
        case U_RIGHT_TO_LEFT_EMBEDDING:
        case U_RIGHT_TO_LEFT_OVERRIDE:
        case U_RIGHT_TO_LEFT_ISOLATE: return true;
        default: return false;
    }
}

// ICU's bidi and shaping work on UTF-16; `byte_of[i]` is where UTF-16 unit i starts in the UTF-8
// text (a surrogate pair's second unit maps to its code point's start), and byte_of[size] the end.
struct Utf16Text {
    std::u16string units;
    std::vector<std::uint32_t> byte_of;

    explicit Utf16Text(std::string_view utf8) {
        units.reserve(utf8.size());
        byte_of.reserve(utf8.size() + 1);
        for (std::size_t offset = 0; offset < utf8.size();) {
            const auto start = static_cast<std::uint32_t>(offset);
            const char32_t c = next_code_point(utf8, offset);
            if (c >= 0x10000) {
                units.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
                units.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
                byte_of.insert(byte_of.end(), {start, start});
            } else {
                units.push_back(static_cast<char16_t>(c));
                byte_of.push_back(start);
            }
        }
        byte_of.push_back(static_cast<std::uint32_t>(utf8.size()));
    }

    // The UTF-16 index of a byte offset on a code-point boundary.
    std::int32_t unit_at(std::uint32_t byte) const {
        std::size_t lo = 0, hi = units.size();
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (byte_of[mid] < byte) lo = mid + 1;
            else hi = mid;
        }
        return static_cast<std::int32_t>(lo);
    }
    const UChar* data() const { return reinterpret_cast<const UChar*>(units.data()); }
    std::int32_t size() const { return static_cast<std::int32_t>(units.size()); }
};

struct BidiCloser {
    void operator()(UBiDi* b) const { ubidi_close(b); }
};
using BidiPtr = std::unique_ptr<UBiDi, BidiCloser>;

}  // namespace

bool has_rtl(std::string_view utf8) {
    for (std::size_t offset = 0; offset < utf8.size();) {
        if (static_cast<unsigned char>(utf8[offset]) < 0x80) {
            ++offset;
            continue;
        }
        if (rtl_direction(next_code_point(utf8, offset))) return true;
    }
    return false;
}

bool is_rtl_paragraph(std::string_view paragraph) {
    for (std::size_t offset = 0; offset < paragraph.size();) {
        const char32_t c = next_code_point(paragraph, offset);
        const UCharDirection d = u_charDirection(static_cast<UChar32>(c));
        if (d == U_LEFT_TO_RIGHT) return false;
        if (d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC) return true;
    }
    return false;
}

std::vector<Run> visual_runs(std::string_view paragraph, std::uint32_t line_start, std::uint32_t line_end) {
    line_end = std::min<std::uint32_t>(line_end, static_cast<std::uint32_t>(paragraph.size()));
    if (line_start >= line_end) return {};
    const Utf16Text text(paragraph);
    UErrorCode status = U_ZERO_ERROR;
    BidiPtr para(ubidi_openSized(text.size(), 0, &status));
    BidiPtr line(ubidi_openSized(text.size(), 0, &status));
    const UBiDiLevel direction = is_rtl_paragraph(paragraph) ? 1 : 0;
    ubidi_setPara(para.get(), text.data(), text.size(), direction, nullptr, &status);
    const std::int32_t first = text.unit_at(line_start), last = text.unit_at(line_end);
    ubidi_setLine(para.get(), first, last, line.get(), &status);
    const std::int32_t count = ubidi_countRuns(line.get(), &status);
    if (U_FAILURE(status)) return {Run{line_start, line_end, direction == 1}};
    std::vector<Run> runs;
    runs.reserve(static_cast<std::size_t>(count));
    for (std::int32_t i = 0; i < count; ++i) {
        std::int32_t start = 0, length = 0;
        const UBiDiDirection d = ubidi_getVisualRun(line.get(), i, &start, &length);
        runs.push_back(Run{text.byte_of[first + start], text.byte_of[first + start + length], d == UBIDI_RTL});
    }
    return runs;
}

std::vector<Form> arabic_forms(std::string_view utf8) {
    std::vector<Form> forms;
    // The letters u_shapeArabic joins are in the Arabic block, U+0600-U+06FF (UTF-8 lead bytes D8-DB).
    bool arabic = false;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0xD8 && b <= 0xDB) {
            arabic = true;
            break;
        }
    }
    if (!arabic) return forms;
    const Utf16Text text(utf8);
    std::u16string shaped(text.units.size(), u'\0');
    UErrorCode status = U_ZERO_ERROR;
    // Fixed length keeps one output unit per input unit: a lam-alef ligature leaves a space
    // beside it, which is the alef's place and draws nothing.
    u_shapeArabic(text.data(), text.size(), reinterpret_cast<UChar*>(shaped.data()), text.size(),
                  U_SHAPE_LETTERS_SHAPE | U_SHAPE_LENGTH_FIXED_SPACES_NEAR | U_SHAPE_TEXT_DIRECTION_LOGICAL, &status);
    if (U_FAILURE(status)) return forms;
    for (std::size_t i = 0; i < shaped.size(); ++i) {
        const char16_t in = text.units[i], out = shaped[i];
        if (in == out || (in >= 0xD800 && in <= 0xDFFF)) continue;
        forms.push_back(Form{text.byte_of[i], out == u' ' ? char32_t{0} : char32_t{out}});
    }
    return forms;
}

char32_t mirrored(char32_t c) { return static_cast<char32_t>(u_charMirror(static_cast<UChar32>(c))); }

}  // namespace replycheck::bidi
