#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, Mood mood = Mood::upset) {
    testing::CheckFixture fx;
    fx.use_default_pack();
    fx.request.draft = draft;
    PostSignals signals;
    signals.mood = mood;
    fx.signals = signals;
    return fx.run(checks::resolution_no_next_step);
}

TEST(ResolutionNoNextStep, SympathyAloneGetsANextStepAtTheEnd) {
    const std::string draft = "Oh no, Zoé, that's awful to hear 😔  ";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 38u);  // before the trailing spaces
    EXPECT_EQ(f[0].end, 38u);
    ASSERT_EQ(f[0].suggestions.size(), 1u);
    EXPECT_EQ(f[0].suggestions[0].start, 38u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]),
              "Oh no, Zoé, that's awful to hear 😔 Please send us a DM and we'll look into it for you.  ");
    EXPECT_EQ(f[0].severity, Severity::warning);
}

TEST(ResolutionNoNextStep, SentenceWithoutFinalStopGetsOneBeforeTheStep) {
    const std::string draft = "So sorry about this, Zoé";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]),
              "So sorry about this, Zoé. Please send us a DM and we'll look into it for you.");
}

TEST(ResolutionNoNextStep, AnyConcreteStepPasses) {
    EXPECT_TRUE(run("Sorry Zoé, we'll rebook you on the next flight.").empty());
    EXPECT_TRUE(run("Sorry Zoé, DM us your booking ref.").empty());
    EXPECT_TRUE(run("Sorry Zoé, the fix lands at 18:30.").empty());
    EXPECT_TRUE(run("Sorry Zoé, the fix lands by 6pm.").empty());
    EXPECT_TRUE(run("Sorry Zoé, status: https://skyway.com/status").empty());
    EXPECT_TRUE(run("Sorry Zoé, which airport are you at?").empty());
}

TEST(ResolutionNoNextStep, OnlyUpsetCustomersNeedOne) {
    EXPECT_TRUE(run("Thanks Zoé, that's lovely to hear!", Mood::happy).empty());
    EXPECT_TRUE(run("Noted, Zoé.", Mood::neutral).empty());
    EXPECT_EQ(run("תודה, זואי", Mood::upset).size(), 1u);
}

}  // namespace
}  // namespace replycheck
