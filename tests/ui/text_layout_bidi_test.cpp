// How the draft editor draws rows of right-to-left text and emoji sequences (ui/text_layout.h),
// with a fixed-width font: every drawn code point is 10 px wide. The visual order itself comes from
// core/text/bidi.h (ICU), as in the app; these tests check what the layout makes of it: the row
// as drawn, caret x, clicks and highlighted spans, while the caret keeps to logical order.
#include "text_layout.h"

#include <gtest/gtest.h>

#include <string>

#include "text/analysed_text.h"
#include "text/line_breaks.h"

namespace replycheck::ui {
namespace {

float fixed_width(char32_t c) { return c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) ? 0.0f : 10.0f; }

TextLayout wrap(const std::string& text, float width) {
    return TextLayout(text, TextBreaks{grapheme_boundaries(text, "en"), line_breaks(text, "en")}, width, fixed_width);
}

const std::string kShalom = "\u05E9\u05DC\u05D5\u05DD";  // 4 letters, 8 bytes
const std::string kShalomReversed = "\u05DD\u05D5\u05DC\u05E9";

using Spans = std::vector<std::pair<float, float>>;

TEST(TextLayoutBidi, LeftToRightRowsDrawAsStored) {
    const TextLayout layout = wrap("plain text", 200);
    EXPECT_TRUE(layout.draws_as_stored(0));
    EXPECT_EQ(layout.visual_text(0), "plain text");
    EXPECT_FLOAT_EQ(layout.line_x(0), 0.0f);
    EXPECT_EQ(layout.spans(1, 3, 0), (Spans{{10.0f, 30.0f}}));
}

TEST(TextLayoutBidi, AHebrewWordIsDrawnReversedInItsPlace) {
    const TextLayout layout = wrap("ab " + kShalom, 200);  // bytes: a b space, then 3..11
    EXPECT_FALSE(layout.draws_as_stored(0));
    EXPECT_EQ(layout.visual_text(0), "ab " + kShalomReversed);
    // The word is drawn at x 30-70, its first letter at the right: the caret before it (offset
    // 3) is at its right edge, after it (5) one letter to the left, at the text's end at 30.
    EXPECT_FLOAT_EQ(layout.x_of(2, 0), 20.0f);
    EXPECT_FLOAT_EQ(layout.x_of(3, 0), 70.0f);
    EXPECT_FLOAT_EQ(layout.x_of(5, 0), 60.0f);
    EXPECT_FLOAT_EQ(layout.x_of(11, 0), 30.0f);
    // A click on the right half of the first letter (60-70) puts the caret before it; on its
    // left half after it.
    EXPECT_EQ(layout.at_x(0, 67.0f).offset, 3u);
    EXPECT_EQ(layout.at_x(0, 62.0f).offset, 5u);
    EXPECT_EQ(layout.at_x(0, 31.0f).offset, 11u);
    EXPECT_EQ(layout.at_x(0, 4.0f).offset, 0u);
    // The first letter is highlighted where it is drawn; a span across the change of direction
    // covers two pieces.
    EXPECT_EQ(layout.spans(3, 5, 0), (Spans{{60.0f, 70.0f}}));
    EXPECT_EQ(layout.spans(1, 5, 0), (Spans{{10.0f, 30.0f}, {60.0f, 70.0f}}));
    // The caret still steps in logical order.
    EXPECT_EQ(layout.next_char(3), 5u);
}

TEST(TextLayoutBidi, ARightToLeftParagraphIsFlushRight) {
    const TextLayout layout = wrap(kShalom + " abc", 200);
    EXPECT_EQ(layout.visual_text(0), "abc " + kShalomReversed);
    EXPECT_FLOAT_EQ(layout.line_x(0), 120.0f);  // 200 - 8 glyphs
    EXPECT_FLOAT_EQ(layout.x_of(0, 0), 200.0f);  // before the first letter: the right edge
    // The next paragraph, in English, starts at the left again.
    const TextLayout two = wrap(kShalom + "\nabc", 200);
    EXPECT_FLOAT_EQ(two.line_x(0), 160.0f);
    EXPECT_FLOAT_EQ(two.line_x(1), 0.0f);
    EXPECT_TRUE(two.draws_as_stored(1));
}

TEST(TextLayoutBidi, WrappedRightToLeftRowsKeepTheirOrder) {
    // Two words of four letters in a 60 px box: one word per row, each reversed, flush right.
    const TextLayout layout = wrap(kShalom + " " + kShalom, 60);
    ASSERT_EQ(layout.line_count(), 2);
    EXPECT_EQ(layout.visual_text(1), kShalomReversed);
    EXPECT_FLOAT_EQ(layout.line_x(1), 20.0f);
}

TEST(TextLayoutBidi, BracketsInRightToLeftTextAreMirrored) {
    const TextLayout layout = wrap(kShalom + " (" + kShalom + ")", 300);
    EXPECT_EQ(layout.visual_text(0), "(" + kShalomReversed + ") " + kShalomReversed);
}

TEST(TextLayoutBidi, ArabicIsJoinedAndReversed) {
    const TextLayout layout = wrap("\u0645\u0631\u062D\u0628\u0627", 200);  // marhaba
    EXPECT_EQ(layout.visual_text(0), "\uFE8E\uFE92\uFEA3\uFEAE\uFEE3");
    EXPECT_FLOAT_EQ(layout.line_width(0), 50.0f);
}

TEST(TextLayoutEmoji, SkinTonesAndFamiliesDrawAsTheirFirstEmoji) {
    const std::string thumb = "\U0001F44D\U0001F3FD";
    const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
    const TextLayout layout = wrap(thumb + " " + family + " 1\uFE0F\u20E3 \U0001F1EB\U0001F1F7", 400);
    // The keycap and the flag are left as they are: they are no joined sequence or skin tone.
    EXPECT_EQ(layout.visual_text(0), "\U0001F44D \U0001F468 1\uFE0F\u20E3 \U0001F1EB\U0001F1F7");
    // Each sequence is as wide as its first emoji, and the caret steps over it whole.
    EXPECT_FLOAT_EQ(layout.x_of(thumb.size(), 0), 10.0f);
    EXPECT_FLOAT_EQ(layout.x_of(thumb.size() + 1 + family.size(), 0), 30.0f);
    EXPECT_EQ(layout.next_char(0), thumb.size());
}

}  // namespace
}  // namespace replycheck::ui
