#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, std::vector<std::string> brands = {}) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.pack.brand_names = std::move(brands);
    return fx.run(checks::tone_shouting);
}

TEST(ToneShouting, FlagsCapsRunWithExactSpanAndCalmSuggestion) {
    const std::string draft = "Hi Zoé, WE ARE SORRY about this.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 9u);  // "Zoé" is 4 bytes
    EXPECT_EQ(f[0].end, 21u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Hi Zoé, we are sorry about this.");
    EXPECT_FALSE(f[0].suggestions[0].safe);
}

TEST(ToneShouting, FlagsPunctuationRuns) {
    const Findings f = run("Really?!?! Thanks!!!");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 6u);
    EXPECT_EQ(f[0].end, 10u);
    EXPECT_EQ(f[0].suggestions[0].text, "?");
    EXPECT_EQ(f[1].suggestions[0].text, "!");
}

TEST(ToneShouting, AcronymsBrandsHandlesAndDigitsPass) {
    EXPECT_TRUE(run("Your PNR and IMEI are fine; see the FAQ, ASAP. Thanks!").empty());
    EXPECT_TRUE(run("Welcome to SKYWAY lounge", {"SKYWAY"}).empty());
    EXPECT_TRUE(run("@SKYFANATIC thanks for the #HAPPYFRIDAY love, code A320NEO works!?").empty());
    EXPECT_TRUE(run("東京 שלום Привет").empty());
}

TEST(ToneShouting, MarkupCodeAndLinksAreNoShouting) {
    // Template variables and masked digits are placeholder.unfilled's; identifiers are code.
    EXPECT_TRUE(run("Hi [[FIRST NAME]], your reference is XXXXXX and the fee is £X,XXX.XX.").empty());
    EXPECT_TRUE(run("Hi $FIRSTNAME, add it as ${API_KEY}; <CUSTOMER> gets the rest.").empty());
    EXPECT_TRUE(run("ERR_CONNECTION_RESET usually means the router needs a reset.").empty());
    // A link with its scheme is a link whatever its domain: "DEVICES" in its path is no shout.
    EXPECT_TRUE(run("Full list: https://streambox.example/DEVICES").empty());
    // Guardrail: shouting outside the brackets still counts.
    EXPECT_EQ(run("WE NEVER SAID THAT, [name]").size(), 1u);
}

TEST(ToneShouting, NormalCaseLowersShoutedFunctionWordsAndKeepsThePostsSpelling) {
    testing::CheckFixture fx;
    fx.request.draft = "WE ARE AWARE OF THE OUTAGE IN MALMÖ AND OUR ENGINEERS ARE ON IT.";
    fx.request.customer_post = "No internet in Malmö since this morning";
    const Findings f = fx.run(checks::tone_shouting);
    ASSERT_EQ(f.size(), 1u);
    ASSERT_FALSE(f[0].suggestions.empty());
    EXPECT_EQ(testing::apply(fx.request.draft, f[0].suggestions[0]),
              "We are aware of the outage in Malmö and our engineers are on it.");
}

TEST(ToneShouting, EmphasisWordsCountEvenWhenShort) {
    const Findings f = run("Please do NOT restart it.");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 10u);
    EXPECT_EQ(f[0].end, 13u);
}

Findings run_with_limit(const std::string& draft, int max_exclamations) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.pack.voice.max_exclamations = max_exclamations;
    return fx.run(checks::tone_shouting);
}

TEST(ToneShouting, ExclamationsBeyondTheVoicesLimitAreFlaggedWhereTheyStand) {
    const std::string draft = "Hi Zoé! Great news! Your bag is here 🎉!";
    const Findings f = run_with_limit(draft, 1);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 19u);
    EXPECT_EQ(f[0].end, 20u);
    EXPECT_EQ(f[1].start, 42u);  // after the four-byte emoji
    EXPECT_EQ(f[1].end, 43u);
    // Spread-out marks are a matter of voice: a suggestion, never a block.
    EXPECT_EQ(f[0].severity, Severity::suggestion);
    EXPECT_NE(f[0].message.find("3 exclamation marks"), std::string::npos);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Hi Zoé! Great news. Your bag is here 🎉!");
    EXPECT_TRUE(run_with_limit(draft, 3).empty());
}

TEST(ToneShouting, DoubleMarkKeepsWhatTheLimitAllowsAndQuestionsStayQuestions) {
    const Findings f = run_with_limit("Thanks!!", 1);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 6u);
    EXPECT_EQ(f[0].suggestions[0].text, "!");
    const Findings g = run_with_limit("Done! Really?!", 1);
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].start, 12u);
    EXPECT_EQ(g[0].suggestions[0].text, "?");
    EXPECT_EQ(run_with_limit("Welcome aboard!", 0).size(), 1u);
}

TEST(ToneShouting, LongRunsAreFlaggedOnceAndCountAsOneMark) {
    // "!!!" already has its own finding; with it as one mark the reply is within a limit of 2.
    const Findings f = run_with_limit("Wow!!! Thanks!", 2);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 3u);
    EXPECT_EQ(f[0].end, 6u);
    EXPECT_TRUE(run_with_limit("¡Hola! 東京！ שלום!", 2).empty());
}

}  // namespace
}  // namespace replycheck

namespace replycheck {
namespace {

// Issue #14: "Use normal case" turned "PLEASE DM" into "Please dm".
TEST(ToneShouting, NormalCaseKeepsShortAcronyms) {
    const std::string draft = "PLEASE DM us so we can fix it.";
    const Findings f = testing::run_with_default_pack(checks::tone_shouting, draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Please DM us so we can fix it.");
    const std::string emphasis = "It is NOT SO bad.";
    const Findings g = testing::run_with_default_pack(checks::tone_shouting, emphasis);
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(testing::apply(emphasis, g[0].suggestions[0]), "It is not so bad.");
}

}  // namespace
}  // namespace replycheck
