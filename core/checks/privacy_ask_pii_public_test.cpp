#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, std::optional<Visibility> visibility = {}) {
    return testing::run_with_default_pack(checks::privacy_ask_pii_public, draft, visibility);
}

using testing::span;

TEST(PrivacyAskPiiPublic, AskingForCardNumberInPublicIsAnError) {
    const std::string draft = "@zoé Sorry! Please reply here with your card number. We'll check.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(span(draft, f[0]), "card number");
    EXPECT_EQ(f[0].start, 41u);
    EXPECT_EQ(f[0].end, 52u);
    EXPECT_EQ(f[0].severity, Severity::error);
    ASSERT_EQ(f[0].suggestions.size(), 1u);
    // The route words become a DM; the data and the rest stay.
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "@zoé Sorry! Please DM us your card number. We'll check.");
    // Without a route verb to swap, the asking sentence becomes a DM request.
    const std::string other = "Sorry! Could you send us your email address? Just reply here.";
    const Findings g = run(other);
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(testing::apply(other, g[0].suggestions[0]),
              "Sorry! Please send us your email address in a DM, so it stays private. Just reply here.");
}

TEST(PrivacyAskPiiPublic, PrivateRoutesArePrivate) {
    EXPECT_TRUE(run("DM us your account number and we'll take a look.").empty());
    EXPECT_TRUE(run("Please send your booking reference by direct message.").empty());
    EXPECT_TRUE(run("Could you email us your phone number at help@skyway.example?").empty());
    EXPECT_TRUE(run("Please share your postcode via our secure form: https://skyway.example/f").empty());
    // Good advice names the data without asking for it in public.
    EXPECT_TRUE(run("Please don't post your card details here; DM us instead.").empty());
}

TEST(PrivacyAskPiiPublic, ALinkDoesNotMakeReplyingHerePrivate) {
    const std::string draft = "Click the link: https://x.example/help and reply here with your card number.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(span(draft, f[0]), "card number");
    // A DM in the same sentence still makes it private.
    EXPECT_TRUE(run("Reply here to confirm, then DM us your card number.").empty());
}

TEST(PrivacyAskPiiPublic, ThePublicRouteMayBeInAnotherSentence) {
    const std::string draft = "Sorry about that! Could you send us your email address? Just reply here.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(span(draft, f[0]), "email address");
    EXPECT_EQ(f[0].severity, Severity::error);
    EXPECT_NE(f[0].because.find("“here”"), std::string::npos) << f[0].because;
}

TEST(PrivacyAskPiiPublic, CardDigitsWithoutSayingCardNumber) {
    const std::string draft = "Tweet us the 16 digits on your card and we'll check it.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::error);
    // The last four digits identify a card without exposing it.
    EXPECT_TRUE(run("Reply with the last four digits of your card.").empty());
}

TEST(PrivacyAskPiiPublic, NoRouteNamedIsOnlyASuggestion) {
    const Findings f = run("Please send us your email address and we'll look into it.");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::suggestion);
}

TEST(PrivacyAskPiiPublic, NegationRoutesAndThingsThatAreNotPersonal) {
    for (const char* draft : {
             "For your safety, keep your password to yourself.",
             "No need to share any account numbers here.",
             "You can DM us your email without posting it here.",
             "Please fill in the form at https://skyway.example/help with your booking reference and date of birth.",
             "Reply here with your flight number and we'll check the gate.",
             "Leave a message below with your order number.",
             "Which app version are you on? Reply here and we'll check.",
             "We'll post your new card today, Zoé.",
             "Reply here with your thoughts on the new menu!",
             "Please check your email for the reset link.",
         })
        EXPECT_TRUE(run(draft).empty()) << draft;
}

TEST(PrivacyAskPiiPublic, PackWordingsNameThePublicRoute) {
    const Findings f = run("Comment below with your phone number please.");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::error);
}

TEST(PrivacyAskPiiPublic, OtherWordingsAndScripts) {
    const std::string email = "Can you tweet your email address and date of birth? 🙏";
    const Findings f = run(email);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(span(email, f[0]), "email address");
    // One finding per asking sentence.
    const Findings two = run("Reply with your phone number. Then share your password here.");
    ASSERT_EQ(two.size(), 2u);
    EXPECT_TRUE(run("请私信我们您的卡号 שלחו לנו הודעה פרטית").empty());
}

// Found while writing the scenario set's model answers: advice about personal data, and nouns
// that look like requests, are not requests to post it.
TEST(PrivacyAskPiiPublic, NounsAndAdviceAreNotRequests) {
    EXPECT_TRUE(run("Please delete your post, as it shows your full card number.").empty());
    EXPECT_TRUE(run("Please delete the tweet: it shows your account number.").empty());
    EXPECT_TRUE(run("Sorry you waited a week without a reply to your email.").empty());
    EXPECT_TRUE(run("Send us a message with your phone number and we'll check.").empty());
}

TEST(PrivacyAskPiiPublic, PrivateRepliesMayAskForAnything) {
    EXPECT_TRUE(run("Please reply here with your card number.", Visibility::private_reply).empty());
}

}  // namespace
}  // namespace replycheck
