#include "text/breaks.h"

#include <gtest/gtest.h>

namespace replycheck::breaks {
namespace {

TEST(Breaks, BoundariesAreUtf8ByteOffsets) {
    EXPECT_EQ(boundaries(UBRK_WORD, "né ok", "en"), (std::vector<std::uint32_t>{0, 3, 4, 6}));
    EXPECT_EQ(boundaries(UBRK_CHARACTER, "a👍🏽b", "en"), (std::vector<std::uint32_t>{0, 1, 9, 10}));
}

TEST(Breaks, NestedBreakersOfOneKindDoNotDisturbEachOther) {
    const std::string outer_text = "One two three";
    Utf8Breaker outer(UBRK_WORD, outer_text, "en");
    std::vector<int32_t> seen;
    for (int32_t p = ubrk_first(outer.get()); p != UBRK_DONE; p = ubrk_next(outer.get())) {
        seen.push_back(p);
        EXPECT_EQ(boundaries(UBRK_WORD, "x y", "en").size(), 4u);  // reuses or opens another iterator
    }
    EXPECT_EQ(seen, (std::vector<int32_t>{0, 3, 4, 7, 8, 13}));
}

TEST(Breaks, PooledIteratorsStartFreshOnNewText) {
    for (int round = 0; round < 3; ++round) {
        EXPECT_EQ(icu_boundaries(UBRK_SENTENCE, "Hi. Bye.", "en"), (std::vector<std::uint32_t>{0, 4, 8}));
        EXPECT_EQ(icu_boundaries(UBRK_SENTENCE, "Single", "en"), (std::vector<std::uint32_t>{0, 6}));
    }
}

}  // namespace
}  // namespace replycheck::breaks
