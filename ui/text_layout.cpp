#include "text_layout.h"

#include <algorithm>
#include <cmath>

#include "text/utf8.h"

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

std::vector<bidi::Form> folded_emoji(std::string_view text, const std::vector<std::uint32_t>& graphemes) {
    std::vector<bidi::Form> forms;
    for (std::size_t g = 0; g + 1 < graphemes.size(); ++g) {
        const std::size_t begin = graphemes[g], end = std::min<std::size_t>(graphemes[g + 1], text.size());
        std::size_t first = 0;
        decode_utf8(text, begin, &first);
        if (begin + first >= end) continue;  // one code point
        bool sequence = false;
        for (std::size_t pos = begin, length = 0; pos < end; pos += length) {
            const char32_t c = decode_utf8(text, pos, &length);
            sequence |= c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF);
        }
        if (!sequence) continue;
        for (std::size_t pos = begin + first, length = 0; pos < end; pos += length) {
            decode_utf8(text, pos, &length);
            forms.push_back(bidi::Form{static_cast<std::uint32_t>(pos), 0});
        }
    }
    return forms;
}

void TextLayout::find_forms() {
    forms_ = bidi::arabic_forms(text_);
    // Emoji sequences are four-byte code points joined by three-byte ones: a text without a
    // four-byte sequence has none, and skips the scan.
    if (std::any_of(text_.begin(), text_.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xF0; })) {
        std::vector<bidi::Form> emoji = folded_emoji(text_, breaks_.graphemes);
        if (!emoji.empty()) {
            forms_.insert(forms_.end(), emoji.begin(), emoji.end());
            std::sort(forms_.begin(), forms_.end(), [](const bidi::Form& a, const bidi::Form& b) { return a.offset < b.offset; });
        }
    }
}

char32_t TextLayout::drawn(std::size_t offset, char32_t c) const {
    if (forms_.empty()) return c;
    const auto it = std::lower_bound(forms_.begin(), forms_.end(), offset,
                                     [](const bidi::Form& f, std::size_t o) { return f.offset < o; });
    return it != forms_.end() && it->offset == offset ? it->form : c;
}

// Rows of paragraphs with right-to-left text get their visual runs, and flush right when the
// paragraph runs right to left; rows of other paragraphs are drawn as stored.
void TextLayout::order_rows(float wrap_width) {
    if (!bidi::has_rtl(text_)) return;
    order_.assign(lines_.size(), RowOrder{});
    for (std::size_t first = 0; first < lines_.size();) {
        std::size_t last = first;
        while (last + 1 < lines_.size() && lines_[last].soft) ++last;
        const std::size_t begin = lines_[first].begin, end = lines_[last].end;
        const std::string_view paragraph = std::string_view(text_).substr(begin, end - begin);
        if (bidi::has_rtl(paragraph)) {
            const bool rtl = bidi::is_rtl_paragraph(paragraph);
            for (std::size_t row = first; row <= last; ++row) {
                RowOrder& order = order_[row];
                const auto from = static_cast<std::uint32_t>(lines_[row].begin - begin);
                const auto to = static_cast<std::uint32_t>(lines_[row].end - begin);
                order.runs = bidi::visual_runs(paragraph, from, to);
                for (bidi::Run& run : order.runs) {
                    run.start += static_cast<std::uint32_t>(begin);
                    run.end += static_cast<std::uint32_t>(begin);
                }
                if (rtl) order.x = std::max(0.0f, wrap_width - width_of(lines_[row].begin, lines_[row].end));
            }
        }
        first = last + 1;
    }
}

TextLayout::TextLayout(std::string text, TextBreaks breaks, float wrap_width, CharWidth char_width)
    : text_(std::move(text)), breaks_(std::move(breaks)), char_width_(std::move(char_width)) {
    find_forms();
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
    order_rows(wrap_width);
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
    for (std::size_t pos = begin; pos < end; pos += length) {
        const char32_t c = drawn(pos, decode_utf8(text_, pos, &length));
        if (c != 0) width += char_width_(c);
    }
    return width;
}

float TextLayout::line_x(int line) const {
    return order_.empty() ? 0.0f : order_[static_cast<std::size_t>(line)].x;
}

const bidi::Run* TextLayout::run_at(std::size_t offset, int line, float& run_x) const {
    const std::vector<bidi::Run>& runs = order_[static_cast<std::size_t>(line)].runs;
    // The run holding the character after the caret, else the one the caret ends.
    for (const bool ending : {false, true}) {
        float x = line_x(line);
        for (const bidi::Run& run : runs) {
            if (ending ? run.end == offset : (run.start <= offset && offset < run.end)) {
                run_x = x;
                return &run;
            }
            x += width_of(run.start, run.end);
        }
    }
    return nullptr;
}

std::vector<std::pair<float, float>> TextLayout::spans(std::size_t start, std::size_t end, int line) const {
    const VisualLine& row = lines_[line];
    start = std::clamp(start, row.begin, row.end);
    end = std::clamp(end, start, row.end);
    if (order_.empty() || order_[static_cast<std::size_t>(line)].runs.empty())
        return {{x_of(start, line), x_of(end, line)}};
    std::vector<std::pair<float, float>> out;
    float x = line_x(line);
    for (const bidi::Run& run : order_[static_cast<std::size_t>(line)].runs) {
        const std::size_t a = std::max<std::size_t>(start, run.start), b = std::min<std::size_t>(end, run.end);
        if (a < b) {
            const std::pair<float, float> span = run.rtl ? std::pair{x + width_of(b, run.end), x + width_of(a, run.end)}
                                                         : std::pair{x + width_of(run.start, a), x + width_of(run.start, b)};
            if (!out.empty() && std::abs(out.back().second - span.first) < 0.5f) out.back().second = span.second;
            else out.push_back(span);
        }
        x += width_of(run.start, run.end);
    }
    if (out.empty()) out.push_back({x_of(start, line), x_of(start, line)});
    return out;
}

std::string TextLayout::visual_text(int line) const {
    const VisualLine& row = lines_[line];
    std::string out;
    const auto emit = [&](std::size_t pos, std::size_t end, bool mirror) {
        for (std::size_t length = 0; pos < end; pos += length) {
            char32_t c = drawn(pos, decode_utf8(text_, pos, &length));
            if (c == 0) continue;
            append_utf8(out, mirror ? bidi::mirrored(c) : c);
        }
    };
    if (order_.empty() || order_[static_cast<std::size_t>(line)].runs.empty()) {
        emit(row.begin, row.end, false);
        return out;
    }
    for (const bidi::Run& run : order_[static_cast<std::size_t>(line)].runs) {
        if (!run.rtl) {
            emit(run.start, run.end, false);
            continue;
        }
        // Characters in reverse order; the code points of each (a letter and its marks) as stored.
        for (std::size_t pos = run.end; pos > run.start;) {
            const std::size_t prev = std::max<std::size_t>(prev_char(pos), run.start);
            emit(prev, pos, true);
            pos = prev;
        }
    }
    return out;
}

bool TextLayout::draws_as_stored(int line) const {
    const VisualLine& row = lines_[line];
    if (!order_.empty() && !order_[static_cast<std::size_t>(line)].runs.empty()) return false;
    const auto it = std::lower_bound(forms_.begin(), forms_.end(), row.begin,
                                     [](const bidi::Form& f, std::size_t o) { return f.offset < o; });
    return it == forms_.end() || it->offset >= row.end;
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
    offset = std::clamp(offset, row.begin, row.end);
    if (order_.empty() || order_[static_cast<std::size_t>(line)].runs.empty()) return line_x(line) + width_of(row.begin, offset);
    float run_x = 0.0f;
    const bidi::Run* run = run_at(offset, line, run_x);
    if (run == nullptr) return line_x(line);
    return run->rtl ? run_x + width_of(offset, run->end) : run_x + width_of(run->start, offset);
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
    if (!order_.empty() && !order_[static_cast<std::size_t>(line)].runs.empty()) {
        // Walk the glyphs as drawn; in a right-to-left run the left half of a character is its
        // logical end.
        const std::vector<bidi::Run>& runs = order_[static_cast<std::size_t>(line)].runs;
        float left = line_x(line);
        std::size_t found = runs.front().rtl ? runs.front().end : runs.front().start;
        // One glyph drawn at `left`: the caret goes to the offset on the side of x; true once x
        // is on it, which ends the walk.
        const auto glyph = [&](std::size_t left_side, std::size_t right_side, float w) {
            found = x < left + w * 0.5f ? left_side : right_side;
            left += w;
            return x < left;
        };
        for (const bidi::Run& run : runs) {
            if (x < left) break;
            if (!run.rtl) {
                for (std::size_t pos = run.start, next; pos < run.end; pos = next) {
                    next = std::min<std::size_t>(next_char(pos), run.end);
                    if (glyph(pos, next, width_of(pos, next))) break;
                }
            } else {
                for (std::size_t pos = run.end, prev; pos > run.start; pos = prev) {
                    prev = std::max<std::size_t>(prev_char(pos), run.start);
                    if (glyph(pos, prev, width_of(prev, pos))) break;
                }
            }
        }
        if (found > end.offset) return end;
        return TextPos{found, false};
    }
    x -= line_x(line);
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
