#include "text/analysed_text.h"

#include <gtest/gtest.h>

namespace replycheck {
namespace {

std::vector<std::string> folded_tokens(const AnalysedText& a) {
    std::vector<std::string> out;
    for (const auto& t : a.tokens()) out.push_back(t.folded);
    return out;
}

TEST(AnalysedText, TokensCarryByteOffsetsIntoTheOriginal) {
    AnalysedText a("Hi Zoé, sorry!", "en");
    ASSERT_EQ(a.tokens().size(), 5u);
    EXPECT_EQ(a.slice(a.tokens()[1]), "Zoé");
    EXPECT_EQ(a.tokens()[1].start, 3u);
    EXPECT_EQ(a.tokens()[1].end, 7u);  // é is two bytes
    EXPECT_EQ(a.tokens()[2].kind, TokenKind::punctuation);
    EXPECT_EQ(a.word_count(), 3u);
}

TEST(AnalysedText, FoldsWithNfkcCasefold) {
    AnalysedText a("ＷＩＦＩ Straße ﬁx", "en");
    EXPECT_EQ(folded_tokens(a), (std::vector<std::string>{"wifi", "strasse", "fix"}));
    EXPECT_EQ(fold("Ǆ Ⅻ"), "dž xii");
}

TEST(AnalysedText, KeepsContractionsAndNumbersWhole) {
    AnalysedText a("We're sorry: order 12,345 isn't here.", "en");
    auto f = folded_tokens(a);
    EXPECT_EQ(f[0], "we're");
    EXPECT_EQ(a.tokens()[4].kind, TokenKind::number);
    EXPECT_EQ(a.slice(a.tokens()[4]), "12,345");
    EXPECT_EQ(f[5], "isn't");
}

TEST(AnalysedText, EmojiSequencesAreSingleTokens) {
    AnalysedText a("Thanks 👍🏽 👨‍👩‍👧 🇬🇧!", "en");
    std::vector<std::string_view> emoji;
    for (const auto& t : a.tokens())
        if (t.kind == TokenKind::emoji) emoji.push_back(a.slice(t));
    EXPECT_EQ(emoji, (std::vector<std::string_view>{"👍🏽", "👨‍👩‍👧", "🇬🇧"}));
}

TEST(AnalysedText, CjkRunsBecomeOneTokenPerCharacter) {
    AnalysedText a("航班延误了", "en");
    ASSERT_EQ(a.tokens().size(), 5u);
    for (const auto& t : a.tokens()) EXPECT_EQ(t.kind, TokenKind::ideograph);
    EXPECT_EQ(a.slice(a.tokens()[2]), "延");
}

TEST(AnalysedText, RightToLeftTextKeepsLogicalOrder) {
    AnalysedText a("שלום Dana", "en");
    ASSERT_EQ(a.tokens().size(), 2u);
    EXPECT_EQ(a.slice(a.tokens()[0]), "שלום");
    EXPECT_EQ(a.tokens()[1].start, 9u);
}

TEST(AnalysedText, SentencesCoverTheText) {
    AnalysedText a("Sorry about that. Your new time is 6:40pm! DM us?", "en");
    ASSERT_EQ(a.sentences().size(), 3u);
    EXPECT_EQ(a.slice(a.sentences()[1].start, a.sentences()[1].end), "Your new time is 6:40pm! ");
    EXPECT_EQ(a.sentence_of(20), 1u);
    EXPECT_EQ(a.sentences().back().end, a.text().size());
}

TEST(AnalysedText, GraphemesCountUserPerceivedCharacters) {
    EXPECT_EQ(grapheme_count("e\u0301👨‍👩‍👧🇫🇷", "en"), 3u);
    EXPECT_EQ(grapheme_count("", "en"), 0u);
}

TEST(AnalysedText, EmptyTextHasNoTokens) {
    AnalysedText a("", "en");
    EXPECT_TRUE(a.tokens().empty());
    EXPECT_EQ(a.word_count(), 0u);
}

}  // namespace
}  // namespace replycheck
