#include "text/line_breaks.h"

#include <gtest/gtest.h>

#include <string>

namespace replycheck {
namespace {

using Offsets = std::vector<std::uint32_t>;

TEST(LineBreaks, AfterSpacesAndAtTheEnd) {
    EXPECT_EQ(line_breaks("the quick fox", "en"), (Offsets{4, 10, 13}));
    // Spaces stay with the word before them, however many there are.
    EXPECT_EQ(line_breaks("a   b", "en"), (Offsets{4, 5}));
    EXPECT_EQ(line_breaks("", "en"), Offsets{});
}

TEST(LineBreaks, OffsetsAreUtf8Bytes) {
    EXPECT_EQ(line_breaks("né ok", "en"), (Offsets{4, 6}));
}

TEST(LineBreaks, PunctuationStaysWithItsWord) {
    // No break before a comma or a closing mark, even after a space (UAX #14 LB13).
    EXPECT_EQ(line_breaks("Hi, there !", "en"), (Offsets{4, 11}));
    EXPECT_EQ(line_breaks("(see below)", "en"), (Offsets{5, 11}));
}

TEST(LineBreaks, AfterHyphensAndNewlines) {
    EXPECT_EQ(line_breaks("well-known", "en"), (Offsets{5, 10}));
    EXPECT_EQ(line_breaks("one\ntwo", "en"), (Offsets{4, 7}));
}

TEST(LineBreaks, BetweenIdeographs) {
    EXPECT_EQ(line_breaks("日本語", "en"), (Offsets{3, 6, 9}));
}

TEST(LineBreaks, NeverInsideAClusterOrAWord) {
    // नमस्ते दोस्त: combining vowel signs and viramas attach to the letter before them.
    EXPECT_EQ(line_breaks("नमस्ते दोस्त", "en"), (Offsets{19, 34}));
    // A family joined with ZWJs is one picture; two of them may break between.
    const std::string family = "👨‍👩‍👧";
    EXPECT_EQ(line_breaks(family + family, "en"), (Offsets{18, 36}));
    EXPECT_EQ(line_breaks("👍🏽👍🏽", "en"), (Offsets{8, 16}));
}

TEST(LineBreaks, PooledIteratorsStartFreshOnNewText) {
    for (int round = 0; round < 3; ++round) {
        EXPECT_EQ(line_breaks("a b", "en"), (Offsets{2, 3}));
        EXPECT_EQ(line_breaks("word", "en"), (Offsets{4}));
    }
}

}  // namespace
}  // namespace replycheck
