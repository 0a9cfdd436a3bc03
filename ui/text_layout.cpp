#include "text_layout.h"

#include <algorithm>

namespace replycheck::ui {
namespace {

bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Spaces hang at the end of a row rather than wrap it.
bool wrap_space(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000; }

enum class CharClass { space, punctuation, word };

CharClass plain_class(char32_t c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x3000) return CharClass::space;
    if (c < 0x80) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        return alnum ? CharClass::word : CharClass::punctuation;
    }
    if ((c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 || c == 0xF7 ||
        (c >= 0x2010 && c <= 0x205E) || (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F))
        return CharClass::punctuation;
    return CharClass::word;
}

// The class of the character at `offset`, as plain_class of its first code point, except that an
// apostrophe inside a word (don't, it's) is part of it.
CharClass class_at(const TextLayout& layout, std::size_t offset) {
    const std::string& text = layout.text();
    const char32_t c = decode_utf8(text, offset);
    if ((c == '\'' || c == 0x2019) && offset > 0) {
        const std::size_t after = layout.next_char(offset);
        if (after < text.size() && plain_class(decode_utf8(text, layout.prev_char(offset))) == CharClass::word &&
            plain_class(decode_utf8(text, after)) == CharClass::word)
            return CharClass::word;
    }
    return plain_class(c);
}

// Start of the paragraph holding `offset`.
std::size_t paragraph_start(std::string_view text, std::size_t offset) {
    if (offset == 0) return 0;
    const std::size_t newline = text.rfind('\n', offset - 1);
    return newline == std::string_view::npos ? 0 : newline + 1;
}

}  // namespace

char32_t decode_utf8(std::string_view text, std::size_t offset, std::size_t* length) {
    if (length) *length = 1;
    if (offset >= text.size()) return 0;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + offset;
    const std::size_t left = text.size() - offset;
    std::size_t n = 0;
    char32_t c = 0;
    if (s[0] < 0x80) return s[0];
    if (s[0] >= 0xC2 && s[0] <= 0xDF) n = 2, c = s[0] & 0x1F;
    else if (s[0] >= 0xE0 && s[0] <= 0xEF) n = 3, c = s[0] & 0x0F;
    else if (s[0] >= 0xF0 && s[0] <= 0xF4) n = 4, c = s[0] & 0x07;
    else return 0xFFFD;
    if (n > left) return 0xFFFD;
    for (std::size_t i = 1; i < n; ++i) {
        if (!continuation(s[i])) return 0xFFFD;
        c = (c << 6) | (s[i] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF.
    if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) || (c >= 0xD800 && c <= 0xDFFF))
        return 0xFFFD;
    if (length) *length = n;
    return c;
}

std::pair<std::size_t, std::size_t> paragraph_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const std::size_t newline = text.find('\n', offset);
    return {paragraph_start(text, offset), newline == std::string_view::npos ? text.size() : newline};
}

TextLayout::TextLayout(std::string text, TextBreaks breaks, float wrap_width, CharWidth char_width)
    : text_(std::move(text)), breaks_(std::move(breaks)), char_width_(std::move(char_width)) {
    std::size_t paragraph = 0;
    for (;;) {
        const std::size_t newline = text_.find('\n', paragraph);
        const std::size_t paragraph_end = newline == std::string::npos ? text_.size() : newline;
        std::size_t begin = paragraph;
        std::size_t break_at = std::string::npos;  // the last place in this row where a new row could start
        float x = 0.0f;
        for (std::size_t pos = paragraph; pos < paragraph_end;) {
            const std::size_t next = std::min(next_char(pos), paragraph_end);  // CR LF is one character
            const bool space = wrap_space(decode_utf8(text_, pos));
            const float w = width_of(pos, next);
            if (!space && pos > begin && may_break_before(pos)) break_at = pos;
            while (!space && pos > begin && x + w > wrap_width) {
                const std::size_t cut = break_at != std::string::npos && break_at > begin ? break_at : pos;
                lines_.push_back(VisualLine{begin, cut, true});
                begin = cut;
                break_at = std::string::npos;
                x = width_of(begin, pos);
            }
            x += w;
            pos = next;
        }
        lines_.push_back(VisualLine{begin, paragraph_end, false});
        if (newline == std::string::npos) break;
        paragraph = newline + 1;
    }
}

std::size_t TextLayout::next_char(std::size_t offset) const {
    const auto& starts = breaks_.graphemes;
    const auto after = std::upper_bound(starts.begin(), starts.end(), offset);
    return after == starts.end() ? text_.size() : std::min<std::size_t>(*after, text_.size());
}

std::size_t TextLayout::prev_char(std::size_t offset) const {
    const auto& starts = breaks_.graphemes;
    const auto at = std::lower_bound(starts.begin(), starts.end(), std::min(offset, text_.size()));
    return at == starts.begin() ? 0 : *(at - 1);
}

std::size_t TextLayout::snap_to_char(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto& starts = breaks_.graphemes;
    const auto after = std::upper_bound(starts.begin(), starts.end(), offset);
    return after == starts.begin() ? 0 : *(after - 1);
}

std::size_t TextLayout::next_word(std::size_t offset) const {
    std::size_t pos = std::min(offset, text_.size());
    if (pos < text_.size()) {
        const CharClass cls = class_at(*this, pos);
        if (cls != CharClass::space)
            while (pos < text_.size() && class_at(*this, pos) == cls) pos = next_char(pos);
    }
    while (pos < text_.size() && class_at(*this, pos) == CharClass::space) pos = next_char(pos);
    return pos;
}

std::size_t TextLayout::prev_word(std::size_t offset) const {
    std::size_t pos = std::min(offset, text_.size());
    while (pos > 0 && class_at(*this, prev_char(pos)) == CharClass::space) pos = prev_char(pos);
    if (pos == 0) return 0;
    const CharClass cls = class_at(*this, prev_char(pos));
    while (pos > 0 && class_at(*this, prev_char(pos)) == cls) pos = prev_char(pos);
    return pos;
}

std::pair<std::size_t, std::size_t> TextLayout::word_at(std::size_t offset) const {
    std::size_t pos = snap_to_char(offset);
    // Past the end of a row's text the word before is meant.
    if ((pos == text_.size() || text_[pos] == '\n') && pos > 0 && text_[pos - 1] != '\n') pos = prev_char(pos);
    if (pos == text_.size() || text_[pos] == '\n') return {pos, pos};
    const CharClass cls = class_at(*this, pos);
    std::size_t start = pos;
    while (start > 0 && text_[start - 1] != '\n' && class_at(*this, prev_char(start)) == cls) start = prev_char(start);
    std::size_t end = next_char(pos);
    while (end < text_.size() && text_[end] != '\n' && class_at(*this, end) == cls) end = next_char(end);
    return {start, end};
}

bool TextLayout::may_break_before(std::size_t offset) const {
    return std::binary_search(breaks_.lines.begin(), breaks_.lines.end(), offset);
}

float TextLayout::width_of(std::size_t begin, std::size_t end) const {
    float width = 0.0f;
    std::size_t length = 0;
    for (std::size_t pos = begin; pos < end; pos += length) width += char_width_(decode_utf8(text_, pos, &length));
    return width;
}

int TextLayout::line_of(TextPos pos) const {
    const std::size_t offset = std::min(pos.offset, text_.size());
    const auto after = std::upper_bound(lines_.begin(), lines_.end(), offset,
                                        [](std::size_t o, const VisualLine& line) { return o < line.begin; });
    const int line = std::max(0, static_cast<int>(after - lines_.begin()) - 1);
    if (pos.at_line_end && line > 0 && lines_[line - 1].soft && lines_[line - 1].end == offset) return line - 1;
    return line;
}

float TextLayout::x_of(std::size_t offset, int line) const {
    const VisualLine& row = lines_[line];
    return width_of(row.begin, std::clamp(offset, row.begin, row.end));
}

TextPos TextLayout::line_end(int line) const {
    const VisualLine& row = lines_[line];
    if (!row.soft) return TextPos{row.end, false};
    std::size_t end = row.end;
    while (end > row.begin && (text_[end - 1] == ' ' || text_[end - 1] == '\t')) --end;
    if (end == row.end || end == row.begin) return TextPos{row.end, true};
    return TextPos{end, false};
}

TextPos TextLayout::at_x(int line, float x) const {
    const TextPos end = line_end(line);
    float left = 0.0f;
    for (std::size_t pos = lines_[line].begin; pos < end.offset;) {
        const std::size_t next = next_char(pos);
        const float w = width_of(pos, next);
        if (x < left + w * 0.5f) return TextPos{pos, false};
        left += w;
        pos = next;
    }
    return end;
}

TextPos TextLayout::at_point(float x, float y, float line_height) const {
    const int line = y < 0.0f ? 0 : std::min(line_count() - 1, static_cast<int>(y / line_height));
    return at_x(line, x);
}

TextPos TextLayout::move_lines(TextPos from, int delta, float column_x) const {
    const int line = line_of(from) + delta;
    if (line < 0) return TextPos{0, false};
    if (line >= line_count()) return TextPos{text_.size(), false};
    return at_x(line, column_x);
}

}  // namespace replycheck::ui
