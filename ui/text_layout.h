#pragma once
// Word-wrapped text layout and caret maths for the draft editor (text_editor.h). No ImGui and no
// ICU here: widths come from a callback, and where characters and rows may break comes in as
// offsets from core's ICU analysis (TextBreaks), so the rules are tested natively with a
// fixed-width font.
//
// Offsets are UTF-8 byte offsets into the text. A "character" is what the caret steps over: an
// extended grapheme cluster, as the grapheme counter sees it, so é written as e + U+0301, 👍🏽,
// 👨‍👩‍👧 and a Devanagari letter with its vowel sign each move, delete and wrap as one.
//
// Rows are drawn as the font places glyphs, one per code point from left to right, so the layout
// also says how each row is drawn (visual_text): right-to-left runs (Hebrew, Arabic) in visual
// order by core's BiDi (text/bidi.h), Arabic letters joined, an emoji with a skin tone or a ZWJ
// sequence as its first emoji, and right-to-left paragraphs flush right. The caret still moves
// in logical order; x positions and spans account for the reordering.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/bidi.h"

namespace replycheck::ui {

// The advance of one code point in pixels, as the font draws it.
using CharWidth = std::function<float(char32_t)>;

// Decodes the code point at `offset`; invalid or truncated sequences give U+FFFD and length 1.
char32_t decode_utf8(std::string_view text, std::size_t offset, std::size_t* length = nullptr);

// Triple-click: the paragraph around `offset`, without its '\n'.
std::pair<std::size_t, std::size_t> paragraph_at(std::string_view text, std::size_t offset);

// Where the text may break, from core (text/analysed_text.h and text/line_breaks.h):
//   graphemes = grapheme_boundaries(text, locale): where each character starts, then text.size();
//   lines = line_breaks(text, locale): where UAX #14 lets a new row start.
struct TextBreaks {
    std::vector<std::uint32_t> graphemes{0};
    std::vector<std::uint32_t> lines;
};

// One row of wrapped text: bytes [begin, end). The '\n' of a hard break belongs to no row.
struct VisualLine {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool soft = false;  // wrapped: the next row starts at `end` (otherwise a '\n' or the end of text follows)
};

// A caret position. At a soft wrap one offset is both the end of a row and the start of the
// next; at_line_end says it shows at the end of the row above (after End, or a click past a word
// that was broken because it is longer than a row).
struct TextPos {
    std::size_t offset = 0;
    bool at_line_end = false;
};

class TextLayout {
public:
    TextLayout() : lines_{VisualLine{}} {}
    // Breaks rows at the line-break opportunities in `breaks` so no row is wider than
    // wrap_width, except for the spaces at its end (they hang past the edge, as in a browser's
    // text box). A word wider than a row breaks between characters; every row holds at least one.
    TextLayout(std::string text, TextBreaks breaks, float wrap_width, CharWidth char_width);

    const std::string& text() const { return text_; }
    const TextBreaks& breaks() const { return breaks_; }
    const std::vector<VisualLine>& lines() const { return lines_; }
    int line_count() const { return static_cast<int>(lines_.size()); }

    // Character boundaries (see above). next_char(text().size()) is text().size(); prev_char(0) is 0.
    std::size_t next_char(std::size_t offset) const;
    std::size_t prev_char(std::size_t offset) const;
    // The character boundary at or before `offset` (clamped to the text).
    std::size_t snap_to_char(std::size_t offset) const;

    // Ctrl+Right: past the rest of this word (or run of punctuation) and the spaces after it.
    std::size_t next_word(std::size_t offset) const;
    // Ctrl+Left: back over spaces, then to the start of the word (or run of punctuation) before.
    std::size_t prev_word(std::size_t offset) const;
    // Double-click: the word, run of punctuation or run of spaces around `offset`.
    std::pair<std::size_t, std::size_t> word_at(std::size_t offset) const;

    int line_of(TextPos pos) const;
    // x of the caret at `offset` on row `line` (offset is clamped to the row), from the left of
    // the text box: where the row starts (line_x) plus the glyphs drawn left of it.
    float x_of(std::size_t offset, int line) const;
    // Where row `line` starts drawing: 0, or flush right in a right-to-left paragraph.
    float line_x(int line) const;
    float line_width(int line) const { return width_of(lines_[line].begin, lines_[line].end); }
    // The x extents [left, right) that [start, end) covers on row `line`, left to right: one
    // for text in one direction, more where the span crosses a change of direction.
    std::vector<std::pair<float, float>> spans(std::size_t start, std::size_t end, int line) const;
    // Row `line` as it is drawn, left to right (UTF-8), and whether that is its stored text.
    std::string visual_text(int line) const;
    bool draws_as_stored(int line) const;
    // Where End puts the caret: before the spaces a soft wrap left hanging, so that Shift+End and
    // Delete keep one space between what is left and the next row.
    TextPos line_end(int line) const;
    TextPos line_home(int line) const { return TextPos{lines_[line].begin, false}; }

    // The caret position nearest to x on row `line` (x from the row's start).
    TextPos at_x(int line, float x) const;
    // The caret position for a point relative to the top-left of the first row.
    TextPos at_point(float x, float y, float line_height) const;
    // Up (delta < 0) or Down by rows, aiming for column_x. Above the first row is the start of
    // the text, below the last row is its end, as in a browser.
    TextPos move_lines(TextPos from, int delta, float column_x) const;

private:
    bool may_break_before(std::size_t offset) const;
    float width_of(std::size_t begin, std::size_t end) const;
    // What is drawn for the code point `c` at `offset`: a joined or folded form, or c; 0 for nothing.
    char32_t drawn(std::size_t offset, char32_t c) const;
    void find_forms();
    void order_rows(float wrap_width);
    // The run of row `line` whose text holds the caret at `offset`, and the x it starts at.
    const bidi::Run* run_at(std::size_t offset, int line, float& run_x) const;

    std::string text_;
    TextBreaks breaks_;
    CharWidth char_width_;
    std::vector<VisualLine> lines_;
    std::vector<bidi::Form> forms_;  // code points drawn in another form, by offset
    // Per row, when the text has right-to-left characters: its runs in visual order (none: drawn
    // as stored) and where it starts drawing.
    struct RowOrder {
        std::vector<bidi::Run> runs;
        float x = 0.0f;
    };
    std::vector<RowOrder> order_;
};

// Folding of emoji sequences: in a character (grapheme) that holds a zero-width joiner or a skin
// tone, every code point after the first draws nothing, as (offset, 0) forms. ImGui draws one
// glyph per code point and has no colour fonts to compose a family or a tone with.
std::vector<bidi::Form> folded_emoji(std::string_view text, const std::vector<std::uint32_t>& graphemes);

}  // namespace replycheck::ui
