#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, std::vector<std::string> key_terms, Mood mood = Mood::upset,
             const std::string& post = "") {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.request.customer_post = post;
    PostSignals signals;
    signals.key_terms = std::move(key_terms);
    signals.mood = mood;
    fx.signals = signals;
    return fx.run(checks::personal_not_specific);
}

TEST(PersonalNotSpecific, CopyPasteReplyToAClearIssueIsFlaggedAtTheStart) {
    const Findings f = run("Sorry for any inconvenience, please send us a DM and we'll help.",
                           {"refund", "charged", "twice"}, Mood::upset, "Charged twice and still no refund on my PS4 order");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 0u);
    EXPECT_EQ(f[0].end, 0u);
    EXPECT_NE(f[0].message.find("refund, charged, twice"), std::string::npos);
    // The fix names a key term the post uses as a noun ("no refund"), after the reply's first
    // sentence; without a post to read, it offers none.
    ASSERT_EQ(f[0].suggestions.size(), 1u);
    EXPECT_EQ(testing::apply("Sorry for any inconvenience, please send us a DM and we'll help.", f[0].suggestions[0]),
              "Sorry for any inconvenience, please send us a DM and we'll help. Thanks for the details about the refund.");
    EXPECT_EQ(f[0].severity, Severity::suggestion);
    EXPECT_TRUE(run("Sorry for any inconvenience, please send us a DM and we'll help.", {"refund", "charged"})[0].suggestions.empty());
}

TEST(PersonalNotSpecific, AnyKeyTermOrItsStemMakesTheReplySpecific) {
    EXPECT_TRUE(run("Sorry you were charged twice, Zoé; we've sent it back.", {"refund", "charged"}).empty());
    EXPECT_TRUE(run("Sorry your flight was delayed, we'll rebook you now.", {"delay", "flight"}).empty());
    EXPECT_TRUE(run("Your REFUNDS are on the way, it takes five days.", {"refund", "card"}).empty());
    // Accented and CJK key terms compare by folded form.
    EXPECT_TRUE(run("Le CAFÉ est fermé aujourd'hui, désolé pour cela.", {"café", "fermé"}).empty());
    EXPECT_TRUE(run("抱歉 航 班 延 误 了 我们 会 帮 您", {"航", "班"}).empty());
}

TEST(PersonalNotSpecific, ShortRepliesAndVaguePostsAreLeftAlone) {
    EXPECT_TRUE(run("Sorry! Please DM us.", {"refund", "charged"}).empty());
    EXPECT_TRUE(run("Sorry for any inconvenience, please send us a DM and we'll help.", {"refund"}).empty());
    EXPECT_TRUE(run("Sorry for any inconvenience, please send us a DM and we'll help.", {}).empty());
}

TEST(PersonalNotSpecific, GeneralThanksToAHappyCustomerPass) {
    const std::string reply = "That's great to hear. If anything comes up, just let us know 🙂";
    EXPECT_TRUE(run(reply, {"speaker", "skipping", "metres"}, Mood::happy).empty());
    EXPECT_EQ(run(reply, {"speaker", "skipping", "metres"}, Mood::neutral).size(), 1u);
}

TEST(PersonalNotSpecific, UnrelatedWordsSharingFewLettersDoNotCount) {
    // "card" and "cart" share four bytes, below the five-byte stem.
    const Findings f = run("Please empty your cart and sign in again to check out.", {"card", "declined"});
    EXPECT_EQ(f.size(), 1u);
}

}  // namespace
}  // namespace replycheck
