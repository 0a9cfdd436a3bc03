#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.pack.terminology = {{"wifi", "Wi-Fi", "the Wi-Fi Alliance's spelling"},
                           {"login", "sign in", ""},
                           {"air hostess", "cabin crew", ""},
                           {"lost luggage", "delayed bag", ""}};
    return fx.run(checks::brand_terminology);
}

TEST(BrandTerminology, PreferredTermWithItsOwnCapitalsIsKeptAsWritten) {
    const std::string draft = "Free wifi on board. WIFI and Wifi too.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 3u);
    EXPECT_EQ(f[0].start, 5u);
    EXPECT_EQ(f[0].end, 9u);
    EXPECT_EQ(f[1].start, 20u);
    EXPECT_EQ(f[2].start, 29u);
    // "Wi-Fi" has capitals of its own, so "WIFI" does not become "WI-FI".
    for (const Finding& x : f) EXPECT_EQ(x.suggestions[0].text, "Wi-Fi");
    EXPECT_TRUE(f[0].suggestions[0].safe);
    EXPECT_EQ(f[0].severity, Severity::suggestion);
    EXPECT_NE(f[0].message.find("Wi-Fi Alliance"), std::string::npos);
}

TEST(BrandTerminology, LowerCasePreferredTermFollowsTheOriginalsCase) {
    const std::string draft = "Login again. Then LOGIN, then login.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 3u);
    EXPECT_EQ(f[0].suggestions[0].text, "Sign in");
    EXPECT_EQ(f[1].suggestions[0].text, "SIGN IN");
    EXPECT_EQ(f[2].suggestions[0].text, "sign in");
    EXPECT_EQ(f[1].suggestions[0].start, 18u);
    EXPECT_EQ(f[1].suggestions[0].end, 23u);
}

TEST(BrandTerminology, MultiWordTermsAfterUnicode) {
    const std::string draft = "Zoé 🙂 the air hostess found your lost luggage.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 14u);
    EXPECT_EQ(f[0].end, 25u);
    EXPECT_EQ(testing::apply(draft, f[1].suggestions[0]), "Zoé 🙂 the air hostess found your delayed bag.");
}

TEST(BrandTerminology, PreferredSpellingsAndLookalikesPass) {
    EXPECT_TRUE(run("Free Wi-Fi on board, sign in with SkyWay Miles.").empty());
    EXPECT_EQ(run("The login page is wifi-free").size(), 2u);  // both are still the avoided terms
    EXPECT_TRUE(run("Wifisafe and loginless are other words.").empty());
    EXPECT_TRUE(run("无线网络 וויפי").empty());
}

}  // namespace
}  // namespace replycheck
