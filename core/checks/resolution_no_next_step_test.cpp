#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, Mood mood = Mood::upset, int distress = 2) {
    testing::CheckFixture fx;
    fx.use_default_pack();
    fx.request.draft = draft;
    PostSignals signals;
    signals.mood = mood;
    signals.distress = mood == Mood::upset ? distress : 0;
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
    // A post that only scores negative, with no sign of feeling, makes it a suggestion.
    EXPECT_EQ(run(draft, Mood::upset, 0)[0].severity, Severity::suggestion);
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

// Steps the pack's list does not name, read from the sentence; and ones negated away.
TEST(ResolutionNoNextStep, StepsReadFromTheSentence) {
    EXPECT_TRUE(run("Sorry, Amelia. You'll be compensated in full for the item and the postage.").empty());
    EXPECT_TRUE(run("So sorry, Sara. Your bag should be with you by this evening.").empty());
    EXPECT_TRUE(run("Sorry about that. Take it to any of our stores.").empty());
    EXPECT_EQ(run("Unfortunately that's not something we can help with, Ngozi.").size(), 1u);
    EXPECT_EQ(run("We've replied to you three times already, Ken.").size(), 1u);
    EXPECT_EQ(run("We understand your frustration, Erin.").size(), 1u);
}

}  // namespace
}  // namespace replycheck
