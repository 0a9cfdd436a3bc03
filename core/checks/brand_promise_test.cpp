#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft) { return testing::run_with_default_pack(checks::brand_promise, draft); }

using testing::span;

TEST(BrandPromise, UnapprovedPromisesAreFoundWithSaferWording) {
    const std::string draft = "I promise this will never happen again, Zoé.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 0u);
    EXPECT_EQ(f[0].end, 9u);
    EXPECT_EQ(f[0].suggestions[0].text, "I'll do my best");
    EXPECT_EQ(f[1].start, 10u);
    EXPECT_EQ(f[1].end, 38u);
    EXPECT_EQ(testing::apply(draft, f[1].suggestions[0]),
              "I promise we're working to stop this happening again, Zoé.");
    EXPECT_EQ(f[0].severity, Severity::warning);
}

TEST(BrandPromise, RefundsAndGuaranteesWithCurlyApostrophes) {
    const std::string draft = "Zoé 🙏 we’ll refund you in full. Seats guaranteed.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(span(draft, f[0]), "we’ll refund you in full");
    EXPECT_EQ(f[0].start, 10u);
    EXPECT_EQ(span(draft, f[1]), "guaranteed");
    EXPECT_TRUE(f[1].suggestions.empty());
}

TEST(BrandPromise, FullRefundCarriesItsReason) {
    const Findings f = run("You'll get a full refund today.");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("checking"), std::string::npos);
}

TEST(BrandPromise, DecliningToPromiseIsNotAPromise) {
    EXPECT_TRUE(run("I can't promise a time, but I'll update you by 6pm.").empty());
    EXPECT_TRUE(run("Seats aren't guaranteed until check-in, so check in early.").empty());
    EXPECT_TRUE(run("Upgrades are never guaranteed, sorry Zoé.").empty());
    EXPECT_TRUE(run("We're working to stop this happening again.").empty());
}

}  // namespace
}  // namespace replycheck

namespace replycheck {
namespace {

// Issue #13: "We will definitely get you a refund today and a free hotel tonight!" got no finding.
TEST(BrandPromise, CertaintyAboutWhatIsToComeAndGiveaways) {
    const Findings f = run("We will definitely get you a refund today and a free hotel tonight!");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::warning);
    EXPECT_FALSE(f[0].because.empty());
    EXPECT_EQ(run("We'll give you a free upgrade to business class on your flight!").size(), 1u);
    EXPECT_EQ(run("Your seat is safe, you have our word.").size(), 1u);
}

TEST(BrandPromise, PolicyPossibilityAndPresentCertaintyAreNotPromises) {
    EXPECT_TRUE(run("Sale items can be returned within 30 days for a full refund.").empty());
    EXPECT_TRUE(run("Our Guaranteed Delivery option is £6.99 at checkout.").empty());
    EXPECT_TRUE(run("The remote is definitely the best way to control it.").empty());
    EXPECT_TRUE(run("Rest assured we're working to fix this.").empty());
    EXPECT_TRUE(run("Does it use 100% CPU while exporting?").empty());
    EXPECT_TRUE(run("It will usually arrive within 3 days, though we can't guarantee it.").empty());
}

}  // namespace
}  // namespace replycheck
