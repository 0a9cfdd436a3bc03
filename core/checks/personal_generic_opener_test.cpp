#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, const std::string& name = "Zoé Martin") {
    testing::CheckFixture fx;
    fx.use_default_pack();
    fx.request.draft = draft;
    fx.request.customer_name = name;
    return fx.run(checks::personal_generic_opener);
}

TEST(PersonalGenericOpener, FormLetterOpenerIsReplacedByTheCustomersName) {
    const std::string draft = "Dear valued customer, your bag is on its way.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 0u);
    EXPECT_EQ(f[0].end, 20u);
    ASSERT_EQ(f[0].suggestions.size(), 1u);
    EXPECT_EQ(f[0].suggestions[0].text, "Hi Zoé");
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Hi Zoé, your bag is on its way.");
    EXPECT_EQ(f[0].severity, Severity::warning);
}

TEST(PersonalGenericOpener, AfterMentionsAndEmojiOffsetsAreBytes) {
    // "@zoé_m " is 8 bytes: é takes two.
    const std::string draft = "@zoé_m To whom it may concern: we have rebooked you.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 8u);
    EXPECT_EQ(f[0].end, 30u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "@zoé_m Hi Zoé: we have rebooked you.");

    const std::string emoji_first = "👋 Dear customer, thanks for waiting.";
    const Findings g = run(emoji_first);
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].start, 5u);
    EXPECT_EQ(g[0].end, 18u);
}

TEST(PersonalGenericOpener, UnknownNameGreetsThere) {
    const std::string draft = "DEAR CUSTOMER, sorry for the wait.";
    const Findings f = run(draft, "");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Hi there, sorry for the wait.");
}

TEST(PersonalGenericOpener, GreetingBeforeTheFormulaIsReplacedWithIt) {
    // Replacing only "valued customer" would leave "Hi Hi Zoé".
    const std::string draft = "Hi valued customer, the app is back up.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 0u);
    EXPECT_EQ(f[0].end, 18u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Hi Zoé, the app is back up.");
}

TEST(PersonalGenericOpener, PersonalGreetingsAndMidSentenceUsesPass) {
    EXPECT_TRUE(run("Hi Zoé, your bag is on its way.").empty());
    EXPECT_TRUE(run("Dear Zoé, thank you for your patience.").empty());
    // Not an opener: a reply that thanks a loyal customer mid-sentence reads fine.
    EXPECT_TRUE(run("Hi Zoé, as a valued customer you get lounge access on us.").empty());
    EXPECT_TRUE(run("Thanks for being a valued customer since 2009! ^RK").empty());
    EXPECT_TRUE(run("親愛的顧客 שלום").empty());
}

TEST(PersonalGenericOpener, GreetingAdjectivesAndARoleNounMakeAnOpener) {
    // Not in any phrase list: the shape greeting + adjective slot + role noun finds them.
    const std::string draft = "@kit Greetings, esteemed passenger! Your gate is B4.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "@kit Hi Zoé! Your gate is B4.");
    EXPECT_EQ(f[0].certainty, Certainty::certain);
    EXPECT_FALSE(f[0].because.empty());
    EXPECT_EQ(run("Dear Sir/Madam, we have received your claim.").size(), 1u);
    EXPECT_EQ(run("Hello loyal cardholder, your points are in.").size(), 1u);
    EXPECT_EQ(run("Dear Policy Holder, cover starts today.").size(), 1u);
    EXPECT_EQ(run("Treasured patron, the gallery opens at ten.").size(), 1u);
    const std::string morning = "Good morning, valued customer! The app is back.";
    const Findings g = run(morning);
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(testing::apply(morning, g[0].suggestions[0]), "Hi Zoé! The app is back.");
    EXPECT_TRUE(run("Good morning Zoé, the app is back.").empty());
    // A brand in the adjective slot.
    EXPECT_EQ(run("Dear valued Northwind customer, your flight is delayed.").size(), 1u);
    // A second sentence can open with one too.
    EXPECT_EQ(run("Thanks for waiting. Dear Traveller, the train is here.").size(), 1u);
}

TEST(PersonalGenericOpener, RoleWordsThatDoNotOpenASalutationPass) {
    EXPECT_TRUE(run("Our members get early access to every sale.").empty());
    EXPECT_TRUE(run("Customers can change their seat in the app.").empty());
    EXPECT_TRUE(run("Hi Zoé, the greeting reads 'Dear customer' by default; change it in Settings.").empty());
    EXPECT_TRUE(run("We would never write \"To whom it may concern\" to you, Zoé.").empty());
    EXPECT_TRUE(run("Hello! Valued guests get a free drink on arrival.").empty());
    EXPECT_TRUE(run("Hi there, the lounge opens at five.").empty());
    EXPECT_TRUE(run("Dear me, that is slow, Zoé! We're on it.").empty());
}

}  // namespace
}  // namespace replycheck
