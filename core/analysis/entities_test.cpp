#include "analysis/entities.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace replycheck {
namespace {

struct Found {
    std::string kind;
    std::string text;
    EntityOwner owner;
};

std::vector<Found> find(const std::string& text) {
    const AnalysedText analysed(text, "en");
    std::vector<Found> out;
    const Entities entities = find_entities(analysed, "en");
    for (const Entity& e : entities.all())
        out.push_back({std::string(to_string(e.kind)), text.substr(e.start, e.end - e.start), e.owner});
    return out;
}

// The spans of one kind, in text order.
std::vector<std::string> of_kind(const std::string& text, std::string_view kind) {
    std::vector<std::string> out;
    for (const Found& f : find(text))
        if (f.kind == kind) out.push_back(f.text);
    return out;
}

using Spans = std::vector<std::string>;

TEST(Entities, WebKinds) {
    const std::string t = "Hi @maria_l! See https://help.example.com/a/360024008433 or acme.io, email ravi.k@example.com #BlackFriday";
    EXPECT_EQ(of_kind(t, "handle"), Spans{"@maria_l"});
    EXPECT_EQ(of_kind(t, "url"), (Spans{"https://help.example.com/a/360024008433", "acme.io"}));
    EXPECT_EQ(of_kind(t, "email"), Spans{"ravi.k@example.com"});
    EXPECT_EQ(of_kind(t, "hashtag"), Spans{"#BlackFriday"});
    // Digits inside a link are the link's, not a phone or a card.
    EXPECT_EQ(find("https://example.com/track/07700900123/4111111111111111").size(), 1u);
    // A masked address is not an email, and "m****" does not start a handle.
    EXPECT_TRUE(of_kind("sent to m****@gmail.com", "email").empty());
    EXPECT_TRUE(of_kind("sent to m****@gmail.com", "handle").empty());
    EXPECT_TRUE(of_kind("ticket #10267422", "hashtag").empty());
    // A scheme makes a link whatever the domain (X links only registered TLDs); closing marks stay out.
    EXPECT_EQ(of_kind("Full list (https://streambox.example/DEVICES).", "url"), Spans{"https://streambox.example/DEVICES"});
    EXPECT_TRUE(of_kind("the ratio 3://4 and mailto://x", "url").empty());
}

TEST(Entities, EmailsSpeltOutInWords) {
    EXPECT_EQ(of_kind("It went to jay dot patel at outlook dot com, Jay.", "email"), Spans{"jay dot patel at outlook dot com"});
    EXPECT_TRUE(of_kind("Look at the app dot menu, or meet us at noon.", "email").empty());
}

TEST(Entities, UrlSpansMapBackFromUtf16AndNfc) {
    // "é" written as e + combining acute: NFC changes the UTF-16 length before the link.
    const std::string t = "Caf\x65\xCC\x81 🙂 is at https://example.com/menu now";
    EXPECT_EQ(of_kind(t, "url"), Spans{"https://example.com/menu"});
    const std::string accented = "Zoé, see skyway.com/bags.";
    EXPECT_EQ(of_kind(accented, "url"), Spans{"skyway.com/bags"});
}

TEST(Entities, PhonesInInternationalUkAndUsFormats) {
    EXPECT_EQ(of_kind("We'll call you on +44 7700 900123 today.", "phone"), Spans{"+44 7700 900123"});
    EXPECT_EQ(of_kind("We tried 020 7946 0123 and 07700900123.", "phone"), (Spans{"020 7946 0123", "07700900123"}));
    EXPECT_EQ(of_kind("added +1 (416) 555-0187 as a backup", "phone"), Spans{"+1 (416) 555-0187"});
    EXPECT_EQ(of_kind("or 555.123.4567 or (212) 555-0199", "phone"), (Spans{"555.123.4567", "(212) 555-0199"}));
}

TEST(Entities, NumbersThatAreNotPhones) {
    EXPECT_TRUE(of_kind("Everything released since 2019 is on the Basic plan.", "phone").empty());
    EXPECT_TRUE(of_kind("1 in 1,000,000 and 1-2 days, error 0x80070005, WS-37368-7", "phone").empty());
    EXPECT_TRUE(of_kind("Tracking number 1Z999AA10123456784 and case 04418231.", "phone").empty());
    EXPECT_TRUE(of_kind("Refund of £42.99 on 14/03 at 10:32, sort code 20-45-77.", "phone").empty());
}

TEST(Entities, BrandPhonesByCueAndPrefix) {
    const auto owner = [](const std::string& t) {
        for (const Found& f : find(t))
            if (f.kind == "phone") return f.owner;
        ADD_FAILURE() << "no phone in: " << t;
        return EntityOwner::unknown;
    };
    EXPECT_EQ(owner("Give us a call on 0345 600 1234, Callum."), EntityOwner::brand);  // non-geographic
    EXPECT_EQ(owner("reach our claims team toll-free on 1-888-555-0134, 24/7."), EntityOwner::brand);
    EXPECT_EQ(owner("freephone +44 800 123 4567"), EntityOwner::brand);
    EXPECT_EQ(owner("Ring us on 020 7946 0123."), EntityOwner::brand);
    EXPECT_EQ(owner("Message our support team on WhatsApp at +44 7700 900777."), EntityOwner::brand);
    EXPECT_EQ(owner("We'll call you on 07700 900431 between 2 and 4pm."), EntityOwner::customer);
    EXPECT_EQ(owner("We'll call 07700 900431 later."), EntityOwner::customer);
    EXPECT_EQ(owner("The engineer has 07700 900431."), EntityOwner::unknown);
    // A cue in the previous sentence does not reach.
    EXPECT_EQ(owner("Call us anytime. The engineer has 07700 900431."), EntityOwner::unknown);
}

TEST(Entities, EmailOwners) {
    const auto owner = [](const std::string& t) {
        for (const Found& f : find(t))
            if (f.kind == "email") return f.owner;
        ADD_FAILURE() << "no email in: " << t;
        return EntityOwner::unknown;
    };
    EXPECT_EQ(owner("Email support@acme.example for a refund."), EntityOwner::brand);
    EXPECT_EQ(owner("Please send an email to help@acme.example."), EntityOwner::brand);
    EXPECT_EQ(owner("Forward it to phishing@bank.example."), EntityOwner::brand);
    EXPECT_NE(owner("We've sent an email to maria@gmail.example."), EntityOwner::brand);
    EXPECT_EQ(owner("@kev Email us.help@acme.example today."), EntityOwner::brand);  // opens after the mention
    EXPECT_NE(owner("The email maria@gmail.example bounced."), EntityOwner::brand);
    EXPECT_EQ(owner("Your account email is ahmed.k@proton.example?"), EntityOwner::customer);
    EXPECT_EQ(owner("It went to maria@gmail.example this morning."), EntityOwner::unknown);
}

TEST(Entities, CardsNeedLuhnAndAnIssuer) {
    EXPECT_EQ(of_kind("Card 4111 1111 1111 1111 refunded", "card"), Spans{"4111 1111 1111 1111"});
    EXPECT_EQ(of_kind("on file: 5500-0000-0000-0004.", "card"), Spans{"5500-0000-0000-0004"});
    EXPECT_EQ(of_kind("amex 378282246310005", "card"), Spans{"378282246310005"});
    EXPECT_TRUE(of_kind("Ref 1234 5678 9012 3456 fails Luhn", "card").empty());
    EXPECT_TRUE(of_kind("Tracking 9400111899223856928499", "card").empty());
    // "ending 4242" is a tail; a whole number after "ending" is still a card.
    EXPECT_EQ(of_kind("The card ending 4417 was refunded.", "card_tail"), Spans{"4417"});
    EXPECT_TRUE(of_kind("The card ending 4417 was refunded.", "card").empty());
    EXPECT_EQ(of_kind("last four digits 1234.", "card_tail"), Spans{"1234"});
    EXPECT_EQ(of_kind("The card ending 4242 4242 4242 4242", "card"), Spans{"4242 4242 4242 4242"});
}

TEST(Entities, DatesTimesAndPrices) {
    EXPECT_EQ(of_kind("on 12/03/2025, 2025-03-14, 14/03 and 22 August 1979 or March 3rd, 2020", "date"),
              (Spans{"12/03/2025", "2025-03-14", "14/03", "22 August 1979", "March 3rd, 2020"}));
    EXPECT_TRUE(of_kind("Update to v2.3.1 or 3.5, part 1/2, open 24/7, 12 months", "date").empty());
    EXPECT_EQ(of_kind("at 10:30, 6:40pm or 8 AM, not 2:1 or 16:9", "time"), (Spans{"10:30", "6:40pm", "8 AM"}));
    EXPECT_EQ(of_kind("£42.99, $1,250.00, 50p and 10 dollars", "price"),
              (Spans{"£42.99", "$1,250.00", "50p", "10 dollars"}));
    // A date after a birth cue is the customer's.
    for (const Found& f : find("your date of birth as 12/03/1988"))
        if (f.kind == "date") EXPECT_EQ(f.owner, EntityOwner::customer);
}

TEST(Entities, PostcodesAndAddresses) {
    EXPECT_EQ(of_kind("Flat 3, 22 Harbour Lane, Bristol BS1 4QT.", "address"), Spans{"Flat 3, 22 Harbour Lane"});
    EXPECT_EQ(of_kind("Room 3, 22 people came", "address"), Spans{});
    EXPECT_EQ(of_kind("Flat 3, 22 Harbour Lane, Bristol BS1 4QT.", "postcode"), Spans{"BS1 4QT"});
    EXPECT_EQ(of_kind("It goes to 221B Baker Street and 27 Rue des Lilas.", "address"),
              (Spans{"221B Baker Street", "27 Rue des Lilas"}));
    EXPECT_EQ(of_kind("Austin, TX 78701 or zip code 90210", "postcode"), (Spans{"78701", "90210"}));
    EXPECT_TRUE(of_kind("It takes 12 months. 3 Big Problems. An outage in LS6.", "address").empty());
    EXPECT_TRUE(of_kind("An outage in the LS6 area, 12345 items", "postcode").empty());
    for (const Found& f : find("our store at 221 Oxford Street, London W1C 2EY has it"))
        if (f.kind == "address" || f.kind == "postcode") EXPECT_EQ(f.owner, EntityOwner::brand) << f.text;
}

TEST(Entities, ReferencesAccountsAndSecrets) {
    EXPECT_EQ(of_kind("Order #A12345 and booking ref XK92JD, ticket #10267422, order CW-88213.", "reference"),
              (Spans{"#A12345", "XK92JD", "#10267422", "CW-88213"}));
    EXPECT_EQ(of_kind("account 40118832, sort code 20-45-77, IBAN DE89 3704 0044 0532 0130 00.", "account"),
              (Spans{"40118832", "20-45-77", "DE89 3704 0044 0532 0130 00"}));
    EXPECT_EQ(of_kind("your temporary password is Harbour77.", "secret"), Spans{"Harbour77"});
    EXPECT_TRUE(of_kind("Reset your password to regain access. Your account is safe.", "secret").empty());
    EXPECT_TRUE(of_kind("Your account is safe since 2 days ago.", "account").empty());
    // A run of one character stands for a value left unfilled; the placeholder check reads it.
    EXPECT_TRUE(find("Your complaint reference is XXXXXX and case 000000.").empty());
}

TEST(Entities, OverlapsKeepTheLongest) {
    const Entities e({{EntityKind::phone, 5, 10}, {EntityKind::url, 0, 20}, {EntityKind::time, 25, 30}});
    ASSERT_EQ(e.all().size(), 2u);
    EXPECT_EQ(e.all()[0].kind, EntityKind::url);
    EXPECT_NE(e.at(7), nullptr);
    EXPECT_EQ(e.at(22), nullptr);
    EXPECT_TRUE(e.overlaps(19, 26));
    EXPECT_FALSE(e.overlaps(20, 25));
}

TEST(Entities, GluedSignsBeforeDigitsFinish) {
    // '+' and '(' glued to a word start no number, and the walk steps over them.
    EXPECT_TRUE(find("a+1 b(2 C++(3 x+(4").empty());
}

TEST(Entities, ProseHasNone) {
    EXPECT_TRUE(find("Sorry about that, we'll sort it out today. Thanks for waiting!").empty());
    EXPECT_TRUE(find("").empty());
}

}  // namespace
}  // namespace replycheck
