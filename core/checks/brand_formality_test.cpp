#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, const std::string& formality) {
    testing::CheckFixture fx;
    fx.use_default_pack();  // the shipped list of casual words
    fx.request.draft = draft;
    fx.pack.voice.formality = formality;
    return fx.run(checks::brand_formality);
}

TEST(BrandFormality, FormalVoiceFlagsCasualWordsWithTheirFormalForm) {
    const std::string draft = "Hey Zoé, thx for waiting. We're GONNA fix it asap.";
    const Findings f = run(draft, "formal");
    ASSERT_EQ(f.size(), 4u);
    EXPECT_EQ(testing::span(draft, f[0]), "Hey");
    EXPECT_EQ(f[0].suggestions[0].text, "Hello");
    EXPECT_EQ(f[1].start, draft.find("thx"));  // byte offset, after the two-byte "é"
    EXPECT_EQ(f[1].suggestions[0].text, "thank you");
    EXPECT_EQ(f[2].suggestions[0].text, "going to");  // capitals are emphasis: sentence case
    EXPECT_EQ(testing::apply(draft, f[3].suggestions[0]), "Hey Zoé, thx for waiting. We're GONNA fix it as soon as possible.");
    EXPECT_EQ(f[0].severity, Severity::suggestion);
}

TEST(BrandFormality, AnAbbreviationInCapitalsBecomesSentenceCase) {
    // A real reply (Customer Support on Twitter, Kaggle sample): "TY" ends it, after a question.
    const std::string draft = "Is it the layout or the speed of the website? TY - Chris";
    const Findings f = run(draft, "formal");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Is it the layout or the speed of the website? Thank you - Chris");
}

TEST(BrandFormality, WordsWithoutAFormalFormAreFlaggedWithoutASuggestion) {
    const Findings f = run("That was quick lol", "formal");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].suggestions.empty());
}

TEST(BrandFormality, OnlyWholeWordsCount) {
    // "you", "your", "they" and "Hayes" are not "u", "ur", "ty" or "hey".
    EXPECT_TRUE(run("Thank you for your patience, Ms Hayes; they are on their way.", "formal").empty());
}

TEST(BrandFormality, NeutralAndCasualVoicesFlagNothing) {
    EXPECT_TRUE(run("Hey, thx! We're gonna fix it asap.", "neutral").empty());
    EXPECT_TRUE(run("Hey, thx! We're gonna fix it asap.", "casual").empty());
}

}  // namespace
}  // namespace replycheck
