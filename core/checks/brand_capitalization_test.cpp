#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.pack.brand_names = {"SkyWay", "Wi-Fi"};
    return fx.run(checks::brand_capitalization);
}

TEST(BrandCapitalization, FixesCaseSpacingAndHyphensWithExactOffsets) {
    const std::string draft = "Thanks for flying Skyway and sky way's wifi, Zoé.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 3u);
    EXPECT_EQ(draft.substr(f[0].start, f[0].end - f[0].start), "Skyway");
    EXPECT_EQ(draft.substr(f[1].start, f[1].end - f[1].start), "sky way");
    EXPECT_EQ(draft.substr(f[2].start, f[2].end - f[2].start), "wifi");
    EXPECT_TRUE(f[0].suggestions[0].safe);
    EXPECT_EQ(f[2].suggestions[0].text, "Wi-Fi");
}

TEST(BrandCapitalization, CorrectSpellingHandlesAndDomainsPass) {
    EXPECT_TRUE(run("SkyWay's Wi-Fi is free.").empty());
    EXPECT_TRUE(run("Follow @skyway or visit skyway.example/help #skyway").empty());
}

}  // namespace
}  // namespace replycheck
