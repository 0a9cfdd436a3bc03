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
    // "just click" alone is an instruction (rubric); "Obviously" is the belittling word.
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 0u);
    EXPECT_EQ(f[0].end, 9u);
    EXPECT_TRUE(f[0].suggestions.empty());  // a one-sentence reply has nothing left to keep
    const std::string two = "Obviously you click Reset. Then it works.";
    const Findings g = run(two);
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(testing::apply(two, g[0].suggestions[0]), "Then it works.");
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

// Stances the pack's list never names.
TEST(ToneDismissive, PlayingDownCalmingAndSendingAway) {
    for (const char* draft : {"Chill, Jonas, it's just a small delay.", "Calm down, Beth, it'll turn up.",
                              "Read the terms.", "Everyone else manages to log in fine, Hugo.",
                              "You'll survive one day without Wi-Fi 😂"}) {
        EXPECT_GE(run(draft).size(), 1u) << draft;
    }
}

TEST(ToneDismissive, FriendlyIdiomsNamesLinksAndTheBrandsOwnActions) {
    EXPECT_TRUE(run("Put your feet up and enjoy the film, it's on its way!").empty());
    EXPECT_TRUE(run("Our Chill Vibes playlist is perfect for that.").empty());
    EXPECT_TRUE(run("Just reply here and we'll look it up straight away.").empty());
    EXPECT_TRUE(run("You can see the FAQ for it here: https://help.example.com/faq").empty());
    EXPECT_TRUE(run("Give us a shout if it happens again.").empty());
    EXPECT_TRUE(run("Relax, we've already rebooked you on the 6pm flight.").empty());
}

}  // namespace
}  // namespace replycheck
