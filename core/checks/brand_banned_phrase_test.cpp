#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft) { return testing::run_with_default_pack(checks::brand_banned_phrase, draft); }

TEST(BrandBannedPhrase, LongestStockPhraseWinsWithItsRewrite) {
    const std::string draft = "We apologise for any inconvenience caused, Zoé.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 0u);
    EXPECT_EQ(f[0].end, 41u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "I'm sorry for the trouble this has caused, Zoé.");
    EXPECT_NE(f[0].message.find("nobody is sorry"), std::string::npos);
    EXPECT_EQ(f[0].severity, Severity::warning);
}

TEST(BrandBannedPhrase, SpellingVariantsAndCaseAfterAnEmoji) {
    const std::string draft = "✈️ WE APOLOGIZE FOR ANY INCONVENIENCE. Per our policy, bags are 23kg.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 7u);  // ✈️ is three bytes plus a variation selector of three
    EXPECT_EQ(f[0].end, 41u);
    EXPECT_EQ(f[1].start, 43u);
    EXPECT_EQ(f[1].end, 57u);
    EXPECT_EQ(f[1].suggestions[0].text, "Under our policy");
}

TEST(BrandBannedPhrase, PhraseWithoutReplacementHasNoSuggestion) {
    const Findings f = run("Please be advised the gate has changed.");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].suggestions.empty());
}

TEST(BrandBannedPhrase, SpecificApologiesPass) {
    EXPECT_TRUE(run("I'm sorry your flight was cancelled, Zoé. You're rebooked on SK204.").empty());
    EXPECT_TRUE(run("Sorry for the inconvenience of the gate change.").empty());
    EXPECT_TRUE(run("Your policy number is in the app.").empty());
}

}  // namespace
}  // namespace replycheck
