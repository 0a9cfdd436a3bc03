#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, const std::string& format = "^{initials}", std::optional<Visibility> v = {}) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.request.agent_initials = "RK";
    fx.request.agent_name = "Renée";
    fx.pack.voice.signoff = format;
    fx.visibility = v;
    return fx.run(checks::brand_signoff);
}

TEST(BrandSignoff, AppendsMissingSignoffSafely) {
    const std::string draft = "Thanks Ravi, sorted.  ";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 20u);
    EXPECT_TRUE(f[0].suggestions[0].safe);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Thanks Ravi, sorted. ^RK  ");
}

TEST(BrandSignoff, FixesMalformedSignoff) {
    const std::string draft = "Thanks Ravi, sorted. ^rk";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 21u);
    EXPECT_EQ(f[0].end, 24u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Thanks Ravi, sorted. ^RK");
}

TEST(BrandSignoff, AcceptsSignoffBeforeALinkAndSkipsPrivateOrUnset) {
    EXPECT_TRUE(run("Please DM us. ^RK https://t.co/znUu1VJn9r").empty());
    EXPECT_TRUE(run("Thanks!", "^{initials}", Visibility::private_reply).empty());
    EXPECT_TRUE(run("Thanks!", "").empty());
    EXPECT_TRUE(run("Merci Zoé ! - Renée", "- {agent}").empty());
    EXPECT_EQ(run("Merci Zoé !", "- {agent}").at(0).suggestions[0].text, " - Renée");
}

}  // namespace
}  // namespace replycheck
