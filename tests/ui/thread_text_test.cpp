// The thread's texts and the one draft the core checks (ui/thread_text.h).
#include "thread_text.h"

#include <gtest/gtest.h>

namespace replycheck::ui {
namespace {

using Texts = std::vector<std::string>;

TEST(ThreadText, JoinsOneBlankLineApart) {
    const Texts texts{"one", "two", "three"};
    EXPECT_EQ(join_thread(texts), "one\n\ntwo\n\nthree");
    EXPECT_EQ(thread_starts(texts), (std::vector<std::uint32_t>{0, 5, 10}));
    EXPECT_EQ(thread_post_at(texts, 0), 0u);
    EXPECT_EQ(thread_post_at(texts, 3), 0u);
    EXPECT_EQ(thread_post_at(texts, 4), 0u);  // the separator
    EXPECT_EQ(thread_post_at(texts, 5), 1u);
    EXPECT_EQ(thread_post_at(texts, 15), 2u);
}

TEST(ThreadText, AnEditInsideAPostStaysThere) {
    const Texts texts{"Hi maria,", "we are on it."};
    // "maria" -> "Maria" (a fix), "we are" -> "we're" in the second post.
    EXPECT_EQ(edit_thread(texts, 3, 8, "Maria"), (Texts{"Hi Maria,", "we are on it."}));
    EXPECT_EQ(edit_thread(texts, 11, 17, "we're"), (Texts{"Hi maria,", "we're on it."}));
}

TEST(ThreadText, InsertionsAtAPostsEdgesGoToThatPost) {
    const Texts texts{"abc", "def"};
    EXPECT_EQ(edit_thread(texts, 3, 3, "!"), (Texts{"abc!", "def"}));   // end of the first
    EXPECT_EQ(edit_thread(texts, 5, 5, ">"), (Texts{"abc", ">def"}));   // start of the second
    EXPECT_EQ(edit_thread(texts, 0, 0, "@x "), (Texts{"@x abc", "def"}));
    EXPECT_EQ(edit_thread(texts, 8, 8, " ^SB"), (Texts{"abc", "def ^SB"}));
}

TEST(ThreadText, AReplacementAcrossASeparatorStaysInThePostItStartsIn) {
    const Texts texts{"abc", "def", "ghi"};
    // "c\n\nd" -> "X": the first post gets X, the second keeps "ef".
    EXPECT_EQ(edit_thread(texts, 2, 6, "X"), (Texts{"abX", "ef", "ghi"}));
    // The whole draft replaced: everything in the first post, the others empty.
    EXPECT_EQ(edit_thread(texts, 0, 13, "new"), (Texts{"new", "", ""}));
}

}  // namespace
}  // namespace replycheck::ui
