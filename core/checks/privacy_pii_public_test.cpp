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

TEST(PrivacyPiiPublic, FindsEachKindWithExactSpansAndNamesIt) {
    const std::string draft =
        "Card 4111 1111 1111 1111 refunded. It went to ravi.k@example.com. Account number 40118832 is closed. "
        "We'll call you on +44 7700 900123. It goes to 221B Baker Street. Your password is Harbour77.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 6u);
    EXPECT_EQ(span(draft, f[0]), "4111 1111 1111 1111");
    EXPECT_EQ(span(draft, f[1]), "ravi.k@example.com");
    EXPECT_EQ(span(draft, f[2]), "40118832");
    EXPECT_EQ(span(draft, f[3]), "+44 7700 900123");
    EXPECT_EQ(span(draft, f[4]), "221B Baker Street");
    EXPECT_EQ(span(draft, f[5]), "Harbour77");
    EXPECT_NE(f[0].message.find("a card number"), std::string::npos);
    EXPECT_NE(f[1].message.find("an email address"), std::string::npos);
    EXPECT_NE(f[2].message.find("an account number"), std::string::npos);
    EXPECT_NE(f[3].message.find("a phone number"), std::string::npos);
    EXPECT_NE(f[4].message.find("a street address"), std::string::npos);
    EXPECT_NE(f[5].message.find("a password"), std::string::npos);
    EXPECT_EQ(f[0].severity, Severity::error);
}

TEST(PrivacyPiiPublic, MasksCardsPhonesAndEmails) {
    const std::string card = "The refund on card 4929 1234 5678 9012 went through.";
    const Findings c = run(card);
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(testing::apply(card, c[0].suggestions[0]), "The refund on card **** 9012 went through.");
    const std::string phone = "We'll call you on 07700 900431 at 2pm.";
    const Findings p = run(phone);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(testing::apply(phone, p[0].suggestions[0]), "We'll call you on **** 0431 at 2pm.");
    const std::string email = "We've resent it to maria.lopez82@gmail.com just now.";
    const Findings e = run(email);
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(testing::apply(email, e[0].suggestions[0]), "We've resent it to m****@gmail.com just now.");
    // The second fix, and the only one for an address, is the DM hand-off: the value gives way to
    // a reference, and the rest of the sentence stays.
    EXPECT_EQ(testing::apply(email, e[0].suggestions[1]),
              "We've resent it to the email address on your account just now. I've sent you the details in a DM.");
}

TEST(PrivacyPiiPublic, AnAddressAndItsPostcodeAreOneFindingWithADmHandoff) {
    const std::string draft = "@jade Sorry! It will go to Flat 3, 22 Harbour Lane, Bristol BS1 4QT. Tracking follows.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(span(draft, f[0]), "Flat 3, 22 Harbour Lane, Bristol BS1 4QT");
    EXPECT_NE(f[0].message.find("a home address"), std::string::npos);
    ASSERT_EQ(f[0].suggestions.size(), 1u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]),
              "@jade Sorry! It will go to the address on your account. I've sent you the details in a DM. Tracking follows.");
}

TEST(PrivacyPiiPublic, BrandContactsReferencesAndOtherNumbersPass) {
    EXPECT_TRUE(run("Call us on 0800 123 4567 or email us at help@brand.example and we'll help.").empty());
    EXPECT_TRUE(run("@105836 contact 03331 031 031 option 1, 4, 3").empty());
    EXPECT_TRUE(run("You can also call 1-800-225-5935, 24 hours a day.").empty());
    EXPECT_TRUE(run("Please forward the suspicious email to reportphish@bank.example.").empty());
    EXPECT_TRUE(run("Try https://help.example.com/articles/360024008433 or example.com/07700900123.").empty());
    EXPECT_TRUE(run("Your order #A12345 ships today; case number 04418231, booking ref XK92JD.").empty());
    EXPECT_TRUE(run("The card ending 4417 has been refunded, and the number ending 0192 gets a text.").empty());
    EXPECT_TRUE(run("Refund of £42.99 issued on 14/03 at 10:32; everything since 2019 is on Basic.").empty());
    EXPECT_TRUE(run("Our store at 221 Oxford Street, London W1C 2EY has it.").empty());
    EXPECT_TRUE(run("Write to us at Customer Relations, PO Box 365, Crawley RH10 9GA.").empty());
    EXPECT_TRUE(run("Your flight on 12/03/2025 can be changed. An outage hits the LS6 area.").empty());
    EXPECT_TRUE(run("Thanks @ravi, in 2 hours we land. ✈️").empty());
}

TEST(PrivacyPiiPublic, PrivateRepliesMayCarryDetails) {
    EXPECT_TRUE(run("We'll call you on 07700 900431.", Visibility::private_reply).empty());
}

TEST(PrivacyPiiPublic, BrandDomainsFromThePackAreTheBrands) {
    testing::CheckFixture fx;
    fx.pack.brand_names = {"SkyWay"};
    fx.pack.link_domains = {"flyskyway.example"};
    fx.request.draft = "Send it to bags@skyway.example or claims@help.flyskyway.example, or to ravi@mail.example.";
    const Findings f = fx.run(checks::privacy_pii_public);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(span(fx.request.draft, f[0]), "ravi@mail.example");
}

TEST(PrivacyPiiPublic, CustomersOwnNumberCountsEvenWhenIntroducedAsContact) {
    EXPECT_TRUE(run("Ring us on 020 7946 0123.").empty());
    EXPECT_EQ(run("Ring us on 020 7946 0123.", {}, "my number is 020 7946 0123").size(), 1u);
}

TEST(PrivacyPiiPublic, DateOfBirthIsPersonalOtherDatesAreNot) {
    const std::string draft = "We have your date of birth down as 12/03/1988, so try that.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(span(draft, f[0]), "12/03/1988");
    EXPECT_NE(f[0].message.find("a date of birth"), std::string::npos);
}

}  // namespace
}  // namespace replycheck
