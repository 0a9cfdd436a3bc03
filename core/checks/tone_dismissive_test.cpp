#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft) { return testing::run_with_default_pack(checks::tone_dismissive, draft); }

TEST(ToneDismissive, OnlyBeforeATimePlaysDownTheWait) {
    const std::string draft = "it's only 20 minutes, Zoé.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 5u);
    EXPECT_EQ(f[0].end, 20u);
    ASSERT_EQ(f[0].suggestions.size(), 1u);
    EXPECT_EQ(f[0].suggestions[0].start, 5u);
    EXPECT_EQ(f[0].suggestions[0].end, 20u);
    EXPECT_EQ(f[0].suggestions[0].text, "20 minutes");
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "it's 20 minutes, Zoé.");
}

TEST(ToneDismissive, WordedAmountsAndJust) {
    const std::string draft = "The delay was just a couple of hours. 🙂 It's ONLY a few days.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(draft.substr(f[0].start, f[0].end - f[0].start), "just a couple of hours");
    EXPECT_EQ(f[1].start, 48u);  // the emoji is four bytes
    EXPECT_EQ(f[1].suggestions[0].text, "a few days");
}

TEST(ToneDismissive, PhraseListWithRewrites) {
    const std::string draft = "Obviously you just click Reset.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 0u);
    EXPECT_EQ(f[0].end, 9u);
    EXPECT_TRUE(f[0].suggestions.empty());
    EXPECT_EQ(f[1].start, 14u);
    EXPECT_EQ(testing::apply(draft, f[1].suggestions[0]), "Obviously you please click Reset.");
}

TEST(ToneDismissive, ReassuringTimesAreNotDismissive) {
    EXPECT_TRUE(run("Your engineer is only 10 minutes away.").empty());
    EXPECT_TRUE(run("Give me just a minute to check, Zoé.").empty());
    EXPECT_TRUE(run("We spoke just 2 days ago; here's the update.").empty());
    EXPECT_TRUE(run("It only takes 2 minutes to reset the router.").empty());
    EXPECT_TRUE(run("Your refund arrives in just 3 days.").empty());
    EXPECT_TRUE(run("Only 2 seats left at 6pm, shall I book one?").empty());
    EXPECT_TRUE(run("只需要20分钟").empty());
}

}  // namespace
}  // namespace replycheck
