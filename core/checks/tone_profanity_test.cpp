#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, const std::string& name = "") {
    testing::CheckFixture fx;
    fx.use_default_pack();
    fx.request.draft = draft;
    fx.request.customer_name = name;
    return fx.run(checks::tone_profanity);
}

TEST(ToneProfanity, FindsSwearingAndInsultsInAnyCaseAsErrors) {
    const std::string draft = "Zoé, what the hell happened? The app is STUPID.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 6u);
    EXPECT_EQ(f[0].end, 19u);
    EXPECT_EQ(f[1].start, 41u);
    EXPECT_EQ(f[1].end, 47u);
    EXPECT_EQ(f[0].severity, Severity::error);
    ASSERT_EQ(f[0].suggestions.size(), 1u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Zoé, happened? The app is STUPID.");
    EXPECT_FALSE(f[0].suggestions[0].safe);
}

TEST(ToneProfanity, NextToAnEmoji) {
    const std::string draft = "🙄bloody delays";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 4u);
    EXPECT_EQ(f[0].end, 10u);
}

TEST(ToneProfanity, WordsThatContainSwearsAndCustomersNamesPass) {
    EXPECT_TRUE(run("Scunthorpe, Essex and Middlesex trains are running; assess the class times.").empty());
    EXPECT_TRUE(run("Cocktails are free on the Dickens Express.").empty());
    // A customer called Dick must be greetable.
    EXPECT_TRUE(run("Hi Dick, your parcel is out for delivery.", "Dick Turpin").empty());
    EXPECT_FALSE(run("Don't be a dick about it.", "Zoé Martin").empty());
}

TEST(ToneProfanity, MaskedSpellingsOfListedWordsAreFound) {
    // None of these spellings is in the pack; they are read off its plain words.
    for (const char* draft : {"Well that was a cr*p start, sorry.", "Our app is being a b!tch today.",
                              "That's sh1tty luck, we'll sort it.", "What an a$$hole move by the courier.",
                              "F**KING printers, honestly.", "bull$h!t, that fee should not be there.", "$hit happens, but not to your order."}) {
        const Findings f = run(draft);
        ASSERT_EQ(f.size(), 1u) << draft;
        EXPECT_FALSE(f[0].because.empty());
        EXPECT_EQ(f[0].certainty, Certainty::certain);
    }
    EXPECT_EQ(run("That's a p*ss-poor way to treat you, sorry.").size(), 1u);
    const std::string draft = "That was a sh*t day.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(draft.substr(f[0].start, f[0].end - f[0].start), "sh*t");
}

TEST(ToneProfanity, SymbolsAndNumbersThatSpellNothingPass) {
    EXPECT_TRUE(run("It's $40 for 4K on 2 screens, 50% off the 1st month.").empty());
    EXPECT_TRUE(run("Use code SAVE20 or *BOOST* at checkout; wifi pw is h3llo123.").empty());
    EXPECT_TRUE(run("Email us at help@crap-repairs.example or see https://x.example/sh*t-happens").empty());
    EXPECT_TRUE(run("Follow #sh*tstorm2020 and @sh1tposter for updates.").empty());
    EXPECT_TRUE(run("It's at shop.example/moby-dick or /damn-good-coffee.").empty());
    EXPECT_TRUE(run("Rated 5* by 1,000 guests, ***** on average.").empty());
}

TEST(ToneProfanity, ProperNounsAndSentenceOpeningSwears) {
    // Capitalised in mid-sentence or before another capital: a name, a drink, a game.
    EXPECT_TRUE(run("Try the Bloody Mary in the lounge.").empty());
    EXPECT_TRUE(run("Hell Let Loose servers are back up.").empty());
    EXPECT_TRUE(run("Returns go to the Dick's Sporting Goods desk.").empty());
    // A swear opening its sentence with a comma is still a swear, not a vocative.
    EXPECT_EQ(run("@kai Damn, sorry about that, Kai.", "Kai Ono").size(), 1u);
    EXPECT_EQ(run("Hell, that should not have happened.").size(), 1u);
    // A reply cut off mid-word ("assist") by a truncated post.
    EXPECT_TRUE(run("Please DM us so we can ass... https://t.co/abc").empty());
}

}  // namespace
}  // namespace replycheck
