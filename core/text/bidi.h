#pragma once
// Right-to-left text (Hebrew, Arabic) for renderers that place one glyph per code point from left
// to right, as Dear ImGui does: the visual order of a line by the Unicode Bidirectional Algorithm
// (ICU ubidi), Arabic letters in their joined forms (ICU u_shapeArabic) and mirrored brackets.
// Nothing here draws; text stays in logical order everywhere else (storage, checks, the caret).
// Offsets are UTF-8 byte offsets into the text given, which must be valid UTF-8.
#include <cstdint>
#include <string_view>
#include <vector>

namespace replycheck::bidi {

// Whether `utf8` holds a character of a right-to-left script (bidi class R or AL) or a
// right-to-left control character. Only such text needs the rest of this file.
bool has_rtl(std::string_view utf8);

// Whether a paragraph runs right to left: its first strong character is right-to-left.
bool is_rtl_paragraph(std::string_view paragraph);

struct Run {
    std::uint32_t start = 0;  // logical range [start, end) in the paragraph
    std::uint32_t end = 0;
    bool rtl = false;  // drawn right to left: its characters in reverse order

    bool operator==(const Run&) const = default;
};

// The runs of the line [line_start, line_end) of `paragraph` (one paragraph: no '\n' inside), in
// visual order from left to right. The paragraph's direction is that of its first strong
// character, left to right when it has none; spaces at the end of the line take the paragraph's
// direction (UAX #9 rule L1).
std::vector<Run> visual_runs(std::string_view paragraph, std::uint32_t line_start, std::uint32_t line_end);

// A code point drawn in another form than it is stored in.
struct Form {
    std::uint32_t offset = 0;  // where the code point starts
    char32_t form = 0;         // what to draw instead; 0 draws nothing

    bool operator==(const Form&) const = default;
};

// Arabic letters in the presentation form their place in the word asks for (isolated, initial,
// medial, final; U+FB50-U+FEFF) and lam + alef as one ligature, as u_shapeArabic shapes them:
// one entry per code point whose form differs, in text order. A lam-alef ligature is drawn for one
// of the pair and the other gets form 0, so each code point keeps one entry.
std::vector<Form> arabic_forms(std::string_view utf8);

// The glyph to draw for `c` in a right-to-left run: the mirror image of brackets and similar
// ("(" for ")"), otherwise c itself.
char32_t mirrored(char32_t c);

}  // namespace replycheck::bidi
