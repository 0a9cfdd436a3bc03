// The draft editor's wrapping and caret maths with a fixed-width font: every character is 10 px
// wide; joiners, variation selectors, combining marks and skin tones draw nothing, as in the app.
// Character and line-break positions come from core's ICU analysis, as the editor gets them.
#include "text_layout.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/analysed_text.h"
#include "text/line_breaks.h"

namespace replycheck::ui {
namespace {

float fixed_width(char32_t c) {
    const bool invisible = c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x0300 && c <= 0x036F) ||
                           (c >= 0x1F3FB && c <= 0x1F3FF);
    return invisible ? 0.0f : 10.0f;
}

TextLayout wrap(const std::string& text, float width) {
    return TextLayout(text, TextBreaks{grapheme_boundaries(text, "en"), line_breaks(text, "en")}, width, fixed_width);
}

// One row however long: for the caret and word tests.
TextLayout chars(const std::string& text) { return wrap(text, 1e9f); }

std::vector<std::string> rows(const TextLayout& layout) {
    std::vector<std::string> out;
    for (const VisualLine& line : layout.lines()) out.push_back(layout.text().substr(line.begin, line.end - line.begin));
    return out;
}

using Rows = std::vector<std::string>;

TEST(TextLayoutWrap, BreaksAfterSpaces) {
    const TextLayout layout = wrap("the quick brown fox", 100);
    EXPECT_EQ(rows(layout), (Rows{"the quick ", "brown fox"}));
    EXPECT_TRUE(layout.lines()[0].soft);
    EXPECT_FALSE(layout.lines()[1].soft);
}

TEST(TextLayoutWrap, TextThatFitsIsOneRow) {
    EXPECT_EQ(rows(wrap("fits", 40)), (Rows{"fits"}));
    EXPECT_EQ(rows(wrap("", 40)), (Rows{""}));
}

TEST(TextLayoutWrap, SpacesHangPastTheEdge) {
    EXPECT_EQ(rows(wrap("aaaa      bbbb", 50)), (Rows{"aaaa      ", "bbbb"}));
}

TEST(TextLayoutWrap, WordLongerThanARowBreaksAnywhere) {
    EXPECT_EQ(rows(wrap("abcdefghijkl mn", 50)), (Rows{"abcde", "fghij", "kl mn"}));
    // The short word before it keeps its own row rather than the long word starting after it.
    EXPECT_EQ(rows(wrap("hi abcdefgh", 50)), (Rows{"hi ", "abcde", "fgh"}));
}

TEST(TextLayoutWrap, EveryRowHoldsAtLeastOneCharacter) {
    EXPECT_EQ(rows(wrap("abc", 5)), (Rows{"a", "b", "c"}));
    EXPECT_EQ(rows(wrap("abc", 0)), (Rows{"a", "b", "c"}));
}

TEST(TextLayoutWrap, NewlinesAreHardBreaks) {
    const TextLayout layout = wrap("one\ntwo\n\nthree four", 60);
    EXPECT_EQ(rows(layout), (Rows{"one", "two", "", "three ", "four"}));
    EXPECT_FALSE(layout.lines()[0].soft);
    EXPECT_FALSE(layout.lines()[2].soft);
    EXPECT_TRUE(layout.lines()[3].soft);
    EXPECT_EQ(rows(wrap("end\n", 100)), (Rows{"end", ""}));
}

TEST(TextLayoutWrap, MultibyteCharactersAreNeverSplit) {
    EXPECT_EQ(rows(wrap("\u00e9\u00e9\u00e9\u00e9\u00e9", 30)), (Rows{"\u00e9\u00e9\u00e9", "\u00e9\u00e9"}));
    EXPECT_EQ(rows(wrap("\U0001F600\U0001F600\U0001F600\U0001F600", 25)),
              (Rows{"\U0001F600\U0001F600", "\U0001F600\U0001F600"}));
    // A thumb with a skin tone is one character, 10 px wide.
    const std::string thumb = "\U0001F44D\U0001F3FD";
    EXPECT_EQ(rows(wrap(thumb + thumb + thumb, 15)), (Rows{thumb, thumb, thumb}));
    // A family joined with ZWJs is one character even when wider than a row.
    const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
    EXPECT_EQ(rows(wrap(family + family, 15)), (Rows{family, family}));
}

TEST(TextLayoutWrap, DevanagariClustersAreNeverSplit) {
    // क्षि is one character to the grapheme counter (क, virama, ष, vowel sign); नमस्ते is three:
    // न, म and स्ते. A row narrower than one of them still holds it whole.
    const std::string kshi = "\u0915\u094D\u0937\u093F";
    EXPECT_EQ(rows(wrap(kshi + kshi, 15)), (Rows{kshi, kshi}));
    EXPECT_EQ(rows(wrap("\u0928\u092E\u0938\u094D\u0924\u0947", 15)),
              (Rows{"\u0928", "\u092E", "\u0938\u094D\u0924\u0947"}));
}

TEST(TextLayoutWrap, BreaksWhereLineBreakingAllows) {
    // After a hyphen, as UAX #14 allows; not before the punctuation that closes a phrase.
    EXPECT_EQ(rows(wrap("well-known", 70)), (Rows{"well-", "known"}));
    EXPECT_EQ(rows(wrap("wait !!", 50)), (Rows{"wait ", "!!"}));
    EXPECT_EQ(rows(wrap("ab (cd)", 60)), (Rows{"ab ", "(cd)"}));
}

TEST(TextLayoutWrap, IdeographsBreakBetweenCharacters) {
    EXPECT_EQ(rows(wrap("日本語の文章です", 35)), (Rows{"日本語", "の文章", "です"}));
    EXPECT_EQ(rows(wrap("Hi 日本語", 45)), (Rows{"Hi 日", "本語"}));
}

TEST(TextLayoutWrap, RowWidthsFollowTheMeasure) {
    const TextLayout layout = wrap("a\U0001F600b", 100);
    EXPECT_FLOAT_EQ(layout.x_of(5, 0), 20.0f);  // before 'b'
    EXPECT_FLOAT_EQ(layout.line_width(0), 30.0f);
}

TEST(TextChars, StepOverWholeCharacters) {
    const TextLayout layout = chars("e\u0301\U0001F1EB\U0001F1F7x");  // é as e + accent, the French flag, x
    EXPECT_EQ(layout.next_char(0), 3u);
    EXPECT_EQ(layout.next_char(3), 11u);
    EXPECT_EQ(layout.next_char(11), 12u);
    EXPECT_EQ(layout.next_char(12), 12u);
    EXPECT_EQ(layout.prev_char(12), 11u);
    EXPECT_EQ(layout.prev_char(11), 3u);
    EXPECT_EQ(layout.prev_char(3), 0u);
    EXPECT_EQ(layout.prev_char(0), 0u);
    EXPECT_EQ(layout.snap_to_char(5), 3u);  // inside the flag
    EXPECT_EQ(layout.snap_to_char(11), 11u);
    EXPECT_EQ(layout.snap_to_char(99), 12u);
}

TEST(TextChars, NewlinesAndInvalidBytesAreCharactersOfTheirOwn) {
    const TextLayout layout = chars("a\n\u0301b\xff" "c");
    EXPECT_EQ(layout.next_char(1), 2u);  // a mark after a newline does not join it
    EXPECT_EQ(layout.next_char(2), 4u);
    EXPECT_EQ(layout.prev_char(2), 1u);
    EXPECT_EQ(decode_utf8(layout.text(), 5), U'\uFFFD');
    EXPECT_EQ(layout.next_char(5), 6u);
    EXPECT_EQ(layout.prev_char(6), 5u);
}

TEST(TextChars, CaretStepsOverWholeClusters) {
    const TextLayout namaste = chars("\u0928\u092E\u0938\u094D\u0924\u0947");  // न | म | स्ते
    EXPECT_EQ(namaste.next_char(0), 3u);
    EXPECT_EQ(namaste.next_char(3), 6u);
    EXPECT_EQ(namaste.next_char(6), 18u);
    EXPECT_EQ(namaste.prev_char(18), 6u);
    EXPECT_EQ(namaste.snap_to_char(12), 6u);  // before the virama's consonant: inside स्ते
    const TextLayout kshi = chars("\u0915\u094D\u0937\u093F");
    EXPECT_EQ(kshi.next_char(0), 12u);
    EXPECT_EQ(kshi.prev_char(12), 0u);
    const TextLayout family = chars("a\U0001F468\u200D\U0001F469\u200D\U0001F467b");
    EXPECT_EQ(family.next_char(1), 19u);
    EXPECT_EQ(family.prev_char(19), 1u);
    EXPECT_EQ(family.snap_to_char(9), 1u);
}

// Every place the caret can reach or a row can start, by any key or click, is a character
// boundary of core's grapheme analysis.
TEST(TextChars, NoCaretMoveOrRowLandsInsideACluster) {
    const std::string kshi = "\u0915\u094D\u0937\u093F";
    const std::string namaste = "\u0928\u092E\u0938\u094D\u0924\u0947";
    const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
    const std::string text = namaste + " " + kshi + kshi + " " + family + family + "\n" + namaste + family;
    const std::vector<std::uint32_t> starts = grapheme_boundaries(text, "en");
    const auto on_boundary = [&](std::size_t offset) {
        return std::binary_search(starts.begin(), starts.end(), static_cast<std::uint32_t>(offset));
    };
    for (const float width : {15.0f, 25.0f, 45.0f, 1e9f}) {
        const TextLayout layout = wrap(text, width);
        for (const VisualLine& line : layout.lines()) {
            EXPECT_TRUE(on_boundary(line.begin)) << "row starts at " << line.begin << ", width " << width;
            EXPECT_TRUE(on_boundary(line.end)) << "row ends at " << line.end << ", width " << width;
        }
        for (std::size_t offset = 0; offset <= text.size(); ++offset) {
            EXPECT_TRUE(on_boundary(layout.next_char(offset))) << offset;
            EXPECT_TRUE(on_boundary(layout.prev_char(offset))) << offset;
            EXPECT_TRUE(on_boundary(layout.snap_to_char(offset))) << offset;
            EXPECT_TRUE(on_boundary(layout.next_word(offset))) << offset;
            EXPECT_TRUE(on_boundary(layout.prev_word(offset))) << offset;
        }
        for (int line = 0; line < layout.line_count(); ++line) {
            EXPECT_TRUE(on_boundary(layout.line_end(line).offset)) << line;
            for (float x = -5.0f; x < 60.0f; x += 3.0f) {
                EXPECT_TRUE(on_boundary(layout.at_x(line, x).offset)) << line << " " << x;
                EXPECT_TRUE(on_boundary(layout.move_lines(layout.at_x(line, x), +1, x).offset)) << line << " " << x;
            }
        }
    }
}

// "the quick " | "brown fox " | "jumps"
const char* const kFox = "the quick brown fox jumps";

TEST(TextLayoutCaret, LineOfOffsetAtSoftAndHardBreaks) {
    const TextLayout layout = wrap(kFox, 100);
    ASSERT_EQ(layout.line_count(), 3);
    EXPECT_EQ(layout.line_of({0}), 0);
    EXPECT_EQ(layout.line_of({10}), 1);                    // the start of the second row...
    EXPECT_EQ(layout.line_of({10, true}), 0);              // ...or the end of the first
    EXPECT_EQ(layout.line_of({25}), 2);
    EXPECT_EQ(wrap("ab\ncd", 100).line_of({2}), 0);        // before the '\n'
    EXPECT_EQ(wrap("ab\ncd", 100).line_of({2, true}), 0);  // no soft wrap there: the flag changes nothing
    EXPECT_EQ(wrap("ab\ncd", 100).line_of({3}), 1);
}

TEST(TextLayoutCaret, UpAndDownKeepTheColumn) {
    const TextLayout layout = wrap(kFox, 100);
    const TextPos start{7};  // the quí|ck: x = 70
    const float column = layout.x_of(start.offset, layout.line_of(start));
    EXPECT_FLOAT_EQ(column, 70.0f);
    const TextPos down = layout.move_lines(start, +1, column);
    EXPECT_EQ(down.offset, 17u);  // brown f|ox
    const TextPos bottom = layout.move_lines(down, +1, column);
    EXPECT_EQ(bottom.offset, 25u);  // "jumps" is shorter: its end
    // Back up with the column the editor kept, not the x the short row forced.
    EXPECT_EQ(layout.move_lines(bottom, -1, column).offset, 17u);
    EXPECT_EQ(layout.move_lines(down, -1, column).offset, 7u);
    EXPECT_EQ(layout.move_lines(start, -1, column).offset, 0u);   // above the first row: the start
    EXPECT_EQ(layout.move_lines(bottom, +1, column).offset, 25u);  // below the last row: the end
}

TEST(TextLayoutCaret, UpAndDownOverMultibyteText) {
    const TextLayout layout = wrap("\u00e9\u00e9\u00e9 \u00e9\u00e9\u00e9", 40);  // "ééé " | "ééé"
    const TextPos down = layout.move_lines({4}, +1, 20.0f);  // x 20: after two é
    EXPECT_EQ(down.offset, 11u);
    EXPECT_EQ(layout.move_lines(down, -1, 20.0f).offset, 4u);
}

TEST(TextLayoutCaret, HomeAndEndOfVisualRows) {
    const TextLayout layout = wrap(kFox, 100);
    EXPECT_EQ(layout.line_home(1).offset, 10u);
    // End stops before the space a soft wrap leaves hanging.
    EXPECT_EQ(layout.line_end(0).offset, 9u);
    EXPECT_FALSE(layout.line_end(0).at_line_end);
    EXPECT_EQ(layout.line_end(2).offset, 25u);
    // A word broken mid-way: its row ends where the next starts, shown at the end of the row.
    const TextLayout broken = wrap("abcdefghij", 50);
    const TextPos end = broken.line_end(0);
    EXPECT_EQ(end.offset, 5u);
    EXPECT_TRUE(end.at_line_end);
    EXPECT_EQ(broken.line_of(end), 0);
    EXPECT_EQ(broken.line_of({5}), 1);
}

TEST(TextLayoutCaret, OffsetAtPoint) {
    const TextLayout layout = wrap(kFox, 100);
    constexpr float kLine = 20.0f;
    EXPECT_EQ(layout.at_point(72, 25, kLine).offset, 17u);  // nearer the boundary at 70
    EXPECT_EQ(layout.at_point(76, 25, kLine).offset, 18u);  // nearer 80
    EXPECT_EQ(layout.at_point(-5, 25, kLine).offset, 10u);
    EXPECT_EQ(layout.at_point(500, 5, kLine).offset, 9u);    // past a soft-wrapped row: before its hanging space
    EXPECT_EQ(layout.at_point(95, 5, kLine).offset, 9u);     // on the hanging space itself
    EXPECT_EQ(layout.at_point(500, 45, kLine).offset, 25u);
    EXPECT_EQ(layout.at_point(500, 400, kLine).offset, 25u);  // below the text: the last row
    EXPECT_EQ(layout.at_point(12, -30, kLine).offset, 1u);    // above it: the first
    const TextPos broken = wrap("abcdefghij", 50).at_point(500, 5, kLine);
    EXPECT_EQ(broken.offset, 5u);
    EXPECT_TRUE(broken.at_line_end);
    // Emoji and accents: the nearest boundary, never inside a character.
    const TextLayout emoji = wrap("a\U0001F44D\U0001F3FDb", 100);
    EXPECT_EQ(emoji.at_point(14, 0, kLine).offset, 1u);
    EXPECT_EQ(emoji.at_point(16, 0, kLine).offset, 9u);
}

TEST(TextWords, CtrlArrowsJumpByWord) {
    const TextLayout layout = chars("Hello, world! It's fine.");
    EXPECT_EQ(layout.next_word(0), 5u);   // Hello|
    EXPECT_EQ(layout.next_word(5), 7u);   // ", " to |world
    EXPECT_EQ(layout.next_word(7), 12u);  // world|!
    EXPECT_EQ(layout.next_word(12), 14u);
    EXPECT_EQ(layout.next_word(14), 19u);  // It's is one word
    EXPECT_EQ(layout.next_word(24), 24u);
    EXPECT_EQ(layout.prev_word(24), 23u);  // before the full stop
    EXPECT_EQ(layout.prev_word(23), 19u);
    EXPECT_EQ(layout.prev_word(19), 14u);
    EXPECT_EQ(layout.prev_word(7), 5u);
    EXPECT_EQ(layout.prev_word(5), 0u);
    EXPECT_EQ(layout.prev_word(0), 0u);
}

TEST(TextWords, WordJumpsCrossLinesAndMultibyteText) {
    const TextLayout layout = chars("caf\u00e9 na\u00efve\n\U0001F600 ok");
    EXPECT_EQ(layout.next_word(0), 6u);    // café and its space
    EXPECT_EQ(layout.next_word(6), 13u);   // naïve and the newline
    EXPECT_EQ(layout.next_word(13), 18u);  // the emoji counts as a word
    EXPECT_EQ(layout.prev_word(13), 6u);
    EXPECT_EQ(layout.prev_word(18), 13u);
}

TEST(TextWords, DoubleClickSelection) {
    const TextLayout layout = chars("Hi there,   it's me");
    EXPECT_EQ(layout.word_at(4), (std::pair<std::size_t, std::size_t>{3, 8}));    // there
    EXPECT_EQ(layout.word_at(8), (std::pair<std::size_t, std::size_t>{8, 9}));    // the comma
    EXPECT_EQ(layout.word_at(10), (std::pair<std::size_t, std::size_t>{9, 12}));  // the spaces
    EXPECT_EQ(layout.word_at(14), (std::pair<std::size_t, std::size_t>{12, 16})); // it's
    EXPECT_EQ(layout.word_at(19), (std::pair<std::size_t, std::size_t>{17, 19})); // after the end: me
    EXPECT_EQ(chars("a\n\nb").word_at(2), (std::pair<std::size_t, std::size_t>{2, 2}));
    EXPECT_EQ(paragraph_at("one\ntwo three\nfour", 6), (std::pair<std::size_t, std::size_t>{4, 13}));
}

}  // namespace
}  // namespace replycheck::ui
