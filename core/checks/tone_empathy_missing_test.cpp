#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, Mood mood = Mood::upset) {
    testing::CheckFixture fx;
    fx.use_default_pack();
    fx.request.draft = draft;
    PostSignals signals;
    signals.mood = mood;
    signals.sentiment = mood == Mood::upset ? -0.7 : 0.0;
    fx.signals = signals;
    return fx.run(checks::tone_empathy_missing);
}

TEST(ToneEmpathyMissing, UpsetCustomerWithoutAcknowledgementGetsAnOpenerAfterTheGreeting) {
    const std::string draft = "Hi Zoé, Your new card is on its way.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 9u);  // after "Hi Zoé, " (é is two bytes)
    EXPECT_EQ(f[0].end, 9u);
    ASSERT_EQ(f[0].suggestions.size(), 1u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Hi Zoé, I'm sorry about this. Your new card is on its way.");
}

TEST(ToneEmpathyMissing, LowerCaseNextWordIsCapitalisedAfterTheOpener) {
    const std::string draft = "@zoe your new card is on its way.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 5u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "@zoe I'm sorry about this. Your new card is on its way.");
    // A word with capitals of its own keeps them.
    const std::string brand = "Hi Ravi — iPhone repairs are back on.";
    const Findings g = run(brand);
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].start, 12u);  // the em dash is three bytes
    EXPECT_EQ(testing::apply(brand, g[0].suggestions[0]), "Hi Ravi — I'm sorry about this. iPhone repairs are back on.");
}

TEST(ToneEmpathyMissing, AcknowledgementInAnyFormPasses) {
    EXPECT_TRUE(run("Hi Zoé, so sorry about the delay. Your new card is on its way.").empty());
    EXPECT_TRUE(run("We apologize, Zoé; your card is on its way.").empty());
    EXPECT_TRUE(run("I can imagine how frustrating that is. Let's fix it.").empty());
    EXPECT_TRUE(run("Thanks for your patience 🙏 your card ships today.").empty());
}

TEST(ToneEmpathyMissing, CalmOrHappyCustomersNeedNoApology) {
    EXPECT_TRUE(run("Your new card is on its way.", Mood::neutral).empty());
    EXPECT_TRUE(run("Glad to hear it! Enjoy the flight ✈️", Mood::happy).empty());
}

TEST(ToneEmpathyMissing, ArguingWithAnUpsetCustomerIsLikelyNotJustPossible) {
    // Same post signals (not distressed enough to be sure); the reply that argues is worse.
    const Findings argues = run("@simon We did nothing wrong here, Simon. The fare rules were shown before you paid.");
    ASSERT_EQ(argues.size(), 1u);
    EXPECT_EQ(argues[0].certainty, Certainty::likely);
    const Findings plain = run("@simon Your refund will reach your card within five days.");
    ASSERT_EQ(plain.size(), 1u);
    EXPECT_EQ(plain[0].certainty, Certainty::possible);
    // A pointer to help with its link is no argument.
    const Findings help = run("@simon Please follow the steps in this article: https://help.example.com/fares");
    ASSERT_EQ(help.size(), 1u);
    EXPECT_EQ(help[0].certainty, Certainty::possible);
}

TEST(ToneEmpathyMissing, RightToLeftAndCjkRepliesGetTheOpenerAtTheStart) {
    const std::string draft = "שלום, הכרטיס בדרך";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 0u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "I'm sorry about this. " + draft);
}

}  // namespace
}  // namespace replycheck
