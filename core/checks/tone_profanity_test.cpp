#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, const std::string& name = "") {
    testing::CheckFixture fx;
    fx.use_default_pack();
    fx.request.draft = draft;
    fx.request.customer_name = name;
    return fx.run(checks::tone_profanity);
}

TEST(ToneProfanity, FindsSwearingAndInsultsInAnyCaseAsErrors) {
    const std::string draft = "Zoé, what the hell happened? The app is STUPID.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 6u);
    EXPECT_EQ(f[0].end, 19u);
    EXPECT_EQ(f[1].start, 41u);
    EXPECT_EQ(f[1].end, 47u);
    EXPECT_EQ(f[0].severity, Severity::error);
    EXPECT_TRUE(f[0].suggestions.empty());
}

TEST(ToneProfanity, NextToAnEmoji) {
    const std::string draft = "🙄bloody delays";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 4u);
    EXPECT_EQ(f[0].end, 10u);
}

TEST(ToneProfanity, WordsThatContainSwearsAndCustomersNamesPass) {
    EXPECT_TRUE(run("Scunthorpe, Essex and Middlesex trains are running; assess the class times.").empty());
    EXPECT_TRUE(run("Cocktails are free on the Dickens Express.").empty());
    // A customer called Dick must be greetable.
    EXPECT_TRUE(run("Hi Dick, your parcel is out for delivery.", "Dick Turpin").empty());
    EXPECT_FALSE(run("Don't be a dick about it.", "Zoé Martin").empty());
}

}  // namespace
}  // namespace replycheck
