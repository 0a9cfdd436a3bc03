#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, std::optional<double> max_apologies = {}) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    if (max_apologies) fx.pack.rules["tone.over_apology"].params["max_apologies"] = *max_apologies;
    return fx.run(checks::tone_over_apology);
}

const std::string kLongTail =
    " We have checked the booking, moved you to the 18:40 departure, kept your seat by the window, "
    "added the lounge pass to your app and sent the new boarding pass to your email.";

TEST(ToneOverApology, ShortReplyAllowsOneApologyAndMarksTheSecond) {
    const std::string draft = "Sorry for the wait, Zoé. We're so sorry!";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 35u);
    EXPECT_EQ(f[0].end, 40u);
    EXPECT_NE(f[0].message.find("2 times"), std::string::npos);
    EXPECT_EQ(f[0].severity, Severity::suggestion);
}

TEST(ToneOverApology, LongReplyAllowsTwoAndMarksTheThird) {
    const std::string two = "Sorry about this, Zoé." + kLongTail + " Apologies again.";
    EXPECT_TRUE(run(two).empty());
    const std::string three = two + " So sorry!";
    const Findings f = run(three);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(three.substr(f[0].start, f[0].end - f[0].start), "sorry");
    EXPECT_EQ(f[0].start, three.size() - 6);
}

TEST(ToneOverApology, PackCanTightenTheLimit) {
    const std::string two = "Sorry about this, Zoé." + kLongTail + " I apologise again.";
    const Findings f = run(two, 1);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(two.substr(f[0].start, f[0].end - f[0].start), "apologise");
}

TEST(ToneOverApology, OneApologyAndOtherScriptsPass) {
    EXPECT_TRUE(run("I'm so sorry, Zoé 😔 we'll fix it today.").empty());
    EXPECT_TRUE(run("SORRY for the wait! Your refund is on its way.").empty());
    EXPECT_TRUE(run("ごめんなさい、ごめんなさい").empty());
}

}  // namespace
}  // namespace replycheck
