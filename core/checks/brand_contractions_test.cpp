#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, const std::string& policy) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.pack.voice.contractions = policy;
    return fx.run(checks::brand_contractions);
}

TEST(BrandContractions, AvoidExpandsEachContractionKeepingItsCase) {
    const std::string draft = "We're sorry, Zoé. It's fixed and you won't be charged; we can't see why it's been slow.";
    const Findings f = run(draft, "avoid");
    ASSERT_EQ(f.size(), 5u);
    EXPECT_EQ(testing::span(draft, f[0]), "We're");
    EXPECT_EQ(f[0].suggestions[0].text, "We are");
    EXPECT_EQ(f[1].suggestions[0].text, "It is");
    EXPECT_EQ(f[2].suggestions[0].text, "will not");
    EXPECT_EQ(f[3].suggestions[0].text, "cannot");
    EXPECT_EQ(f[4].suggestions[0].text, "it has");  // "it's been"
    EXPECT_EQ(f[0].severity, Severity::suggestion);
    EXPECT_TRUE(f[0].suggestions[0].safe);
    // Offsets are bytes: "Zoé" before "It's" is 4 bytes long.
    EXPECT_EQ(f[1].start, draft.find("It's"));
}

TEST(BrandContractions, AvoidReadsTypographicApostrophes) {
    const std::string draft = "We’re on it and we’ll DM you.";
    const Findings f = run(draft, "avoid");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "We are on it and we’ll DM you.");
    EXPECT_EQ(f[1].suggestions[0].text, "we will");
}

TEST(BrandContractions, PreferContractsFullFormsBeforeAWord) {
    const std::string draft = "We are sorry. You will get a refund, and we cannot see a fault yet.";
    const Findings f = run(draft, "prefer");
    ASSERT_EQ(f.size(), 3u);
    EXPECT_EQ(testing::span(draft, f[0]), "We are");
    EXPECT_EQ(f[0].suggestions[0].text, "We're");
    EXPECT_EQ(f[1].suggestions[0].text, "You'll");
    EXPECT_EQ(testing::span(draft, f[2]), "cannot");
    EXPECT_EQ(f[2].suggestions[0].text, "can't");
}

TEST(BrandContractions, PreferContractsHaveOnlyBeforeAParticiple) {
    const Findings f = run("We have sent a new code and we have checked the line. We have a spare router.", "prefer");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].suggestions[0].text, "We've");
    EXPECT_EQ(f[1].suggestions[0].text, "we've");
}

TEST(BrandContractions, PreferMatchesTheDraftsApostrophes) {
    const std::string draft = "That’s odd. It is being checked now.";
    const Findings f = run(draft, "prefer");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].suggestions[0].text, "It’s");
}

TEST(BrandContractions, PreferLeavesFullFormsThatMustStay) {
    // End of a clause, before punctuation, stressed capitals, a comma between, and a question.
    for (const std::string draft : {"That's where it is.", "That is, until Friday.", "We do NOT share data.",
                                    "As we are, we can help.", "Is it working now?", "Let us know.",
                                    "The departure time we have is 15:30."})
        EXPECT_TRUE(run(draft, "prefer").empty()) << draft;
}

TEST(BrandContractions, AllowFlagsNothing) {
    EXPECT_TRUE(run("We're sorry; we are on it and we can't wait to help.", "allow").empty());
    EXPECT_TRUE(run("We're sorry; we are on it and we can't wait to help.", "").empty());
}

}  // namespace
}  // namespace replycheck
