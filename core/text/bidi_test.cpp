#include "text/bidi.h"

#include <gtest/gtest.h>

#include <string>

namespace replycheck::bidi {
namespace {

// Hebrew shalom (4 letters, 8 bytes) and Arabic marhaba (5 letters, 10 bytes).
const std::string kShalom = "\u05E9\u05DC\u05D5\u05DD";
const std::string kMarhaba = "\u0645\u0631\u062D\u0628\u0627";

std::string slice(const std::string& text, const bidi::Run& run) { return text.substr(run.start, run.end - run.start); }

TEST(Bidi, FindsRightToLeftText) {
    EXPECT_FALSE(has_rtl("plain text, caf\u00e9, \u65e5\u672c"));
    EXPECT_TRUE(has_rtl("hi " + kShalom));
    EXPECT_TRUE(has_rtl(kMarhaba));
    EXPECT_TRUE(has_rtl("\u200F"));  // RIGHT-TO-LEFT MARK
    EXPECT_FALSE(has_rtl(""));
}

TEST(Bidi, ParagraphDirectionIsThatOfTheFirstStrongCharacter) {
    EXPECT_TRUE(is_rtl_paragraph(kShalom + " abc"));
    EXPECT_TRUE(is_rtl_paragraph("123 " + kMarhaba));
    EXPECT_FALSE(is_rtl_paragraph("abc " + kShalom));
    EXPECT_FALSE(is_rtl_paragraph("123 !"));
}

TEST(Bidi, LeftToRightTextIsOneRun) {
    const std::string text = "hello world";
    EXPECT_EQ(visual_runs(text, 0, 11), (std::vector<bidi::Run>{{0, 11, false}}));
    EXPECT_TRUE(visual_runs(text, 3, 3).empty());
}

TEST(Bidi, AHebrewWordInEnglishIsItsOwnReversedRun) {
    const std::string text = "Hi " + kShalom + " and";  // 3 + 8 + 4 bytes
    const auto runs = visual_runs(text, 0, static_cast<std::uint32_t>(text.size()));
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[0], (bidi::Run{0, 3, false}));
    EXPECT_EQ(runs[1], (bidi::Run{3, 11, true}));
    EXPECT_EQ(slice(text, runs[1]), kShalom);
    EXPECT_EQ(runs[2], (bidi::Run{11, 15, false}));
}

TEST(Bidi, ARightToLeftParagraphPutsItsFirstWordAtTheRight) {
    const std::string text = kShalom + " abc";
    const auto runs = visual_runs(text, 0, static_cast<std::uint32_t>(text.size()));
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(slice(text, runs[0]), "abc");
    EXPECT_FALSE(runs[0].rtl);
    EXPECT_EQ(slice(text, runs[1]), kShalom + " ");
    EXPECT_TRUE(runs[1].rtl);
}

TEST(Bidi, NumbersInsideRightToLeftTextStayLeftToRight) {
    const std::string text = kShalom + " 123 " + kShalom;
    const auto runs = visual_runs(text, 0, static_cast<std::uint32_t>(text.size()));
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(slice(text, runs[1]), "123");
    EXPECT_FALSE(runs[1].rtl);
    EXPECT_TRUE(runs[0].rtl && runs[2].rtl);
    // Visual order: the second Hebrew word at the left, the first at the right.
    EXPECT_GT(runs[0].start, runs[2].start);
}

TEST(Bidi, ALineOfAParagraphIsOrderedInItsParagraphsDirection) {
    // The second line of a right-to-left paragraph: only its own characters, still right to left.
    const std::string text = kShalom + " " + kShalom + " abc";
    const auto second_word = static_cast<std::uint32_t>(kShalom.size() + 1);
    const auto runs = visual_runs(text, second_word, static_cast<std::uint32_t>(text.size()));
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(slice(text, runs[0]), "abc");
    EXPECT_EQ(runs[1].start, second_word);
}

TEST(Bidi, ArabicLettersTakeTheirJoinedForms) {
    // meem initial, reh final, hah initial, beh medial, alef final.
    const auto forms = arabic_forms(kMarhaba);
    EXPECT_EQ(forms, (std::vector<Form>{{0, 0xFEE3}, {2, 0xFEAE}, {4, 0xFEA3}, {6, 0xFE92}, {8, 0xFE8E}}));
    // A lone letter takes its isolated form; text without Arabic has no forms.
    EXPECT_EQ(arabic_forms("\u0628"), (std::vector<Form>{{0, 0xFE8F}}));
    EXPECT_TRUE(arabic_forms("abc " + kShalom).empty());
}

TEST(Bidi, LamAlefIsOneLigature) {
    // "salam": seen initial, lam + alef as the final ligature U+FEFC, then meem isolated (alef
    // does not join to the left).
    const auto salam = arabic_forms("\u0633\u0644\u0627\u0645");
    ASSERT_EQ(salam.size(), 4u);
    EXPECT_EQ(salam[0], (Form{0, 0xFEB3}));
    EXPECT_EQ(salam[1].form + salam[2].form, char32_t{0xFEFC}) << "one of lam and alef carries the ligature";
    EXPECT_TRUE(salam[1].form == 0 || salam[2].form == 0);
    EXPECT_EQ(salam[3], (Form{6, 0xFEE1}));
    // "la" alone: the isolated ligature U+FEFB.
    const auto forms = arabic_forms("\u0644\u0627");
    ASSERT_EQ(forms.size(), 2u);
    const bool lam_has_it = forms[0].form == 0xFEFB && forms[1].form == 0;
    const bool alef_has_it = forms[0].form == 0 && forms[1].form == 0xFEFB;
    EXPECT_TRUE(lam_has_it || alef_has_it) << std::hex << static_cast<std::uint32_t>(forms[0].form) << " "
                                           << static_cast<std::uint32_t>(forms[1].form);
}

TEST(Bidi, BracketsAreMirrored) {
    EXPECT_EQ(static_cast<std::uint32_t>(mirrored(U'(')), static_cast<std::uint32_t>(U')'));
    EXPECT_EQ(static_cast<std::uint32_t>(mirrored(U'>')), static_cast<std::uint32_t>(U'<'));
    EXPECT_EQ(static_cast<std::uint32_t>(mirrored(U'a')), static_cast<std::uint32_t>(U'a'));
}

}  // namespace
}  // namespace replycheck::bidi
