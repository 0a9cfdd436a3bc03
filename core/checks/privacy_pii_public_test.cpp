#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, std::optional<Visibility> v = {}, const std::string& post = "") {
    testing::CheckFixture fx;
    fx.request.draft = draft;
    fx.request.customer_post = post;
    fx.visibility = v;
    return fx.run(checks::privacy_pii_public);
}

using testing::span;

TEST(PrivacyPiiPublic, FindsEachKindWithExactSpans) {
    const std::string draft =
        "Card 4111 1111 1111 1111 refunded. Email ravi.k@example.com. Order #A12345 ships. "
        "We'll call you on +44 7700 900123. It goes to 221B Baker Street.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 5u);
    EXPECT_EQ(span(draft, f[0]), "4111 1111 1111 1111");
    EXPECT_EQ(span(draft, f[1]), "ravi.k@example.com");
    EXPECT_EQ(span(draft, f[2]), "Order #A12345");
    EXPECT_EQ(span(draft, f[3]), "+44 7700 900123");
    EXPECT_EQ(span(draft, f[4]), "221B Baker Street");
    EXPECT_EQ(f[0].severity, Severity::error);
}

TEST(PrivacyPiiPublic, SuggestsDmHandoffForTheWholeSentenceAfterMentions) {
    const std::string draft = "@ravi Your booking ref XK92JD is confirmed. Enjoy!";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "@ravi I've sent you a DM with the details. Enjoy!");
}

TEST(PrivacyPiiPublic, BrandContactsHandlesLuhnFailuresAndPrivateRepliesPass) {
    EXPECT_TRUE(run("Call us on 0800 123 4567 or email help@brand.example and we'll help.").empty());
    EXPECT_TRUE(run("@105836 contact 03331 031 031 option 1, 4, 3").empty());
    EXPECT_TRUE(run("Ref 1234 5678 9012 3456 is not a card (fails Luhn) and 6:40pm is a time.").size() <= 1u);
    EXPECT_TRUE(run("Your order #A12345 ships today.", Visibility::private_reply).empty());
    EXPECT_TRUE(run("Thanks @ravi, in 2 hours we land. ✈️").empty());
}

TEST(PrivacyPiiPublic, CustomersOwnNumberCountsEvenWhenIntroducedAsContact) {
    const Findings f = run("We'll text 07700 900123 now.", {}, "my number is 07700 900123");
    ASSERT_EQ(f.size(), 1u);
}

}  // namespace
}  // namespace replycheck
