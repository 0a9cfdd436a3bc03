#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft) { return testing::run_with_default_pack(checks::tone_defensive, draft); }

using testing::span;

TEST(ToneDefensive, BlamingPhrasesAreFoundWithRewritesInTheOriginalsCase) {
    const std::string draft = "As I said, you must have entered the wrong code.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 0u);
    EXPECT_EQ(f[0].end, 9u);
    EXPECT_EQ(f[0].suggestions[0].text, "To recap");
    EXPECT_EQ(f[1].start, 11u);
    EXPECT_EQ(f[1].end, 24u);
    EXPECT_EQ(f[1].suggestions[0].text, "it looks like");
    EXPECT_EQ(testing::apply(draft, f[1].suggestions[0]), "As I said, it looks like entered the wrong code." );
    EXPECT_EQ(f[0].severity, Severity::warning);
}

TEST(ToneDefensive, ContractionsAndCurlyApostrophesMatch) {
    const std::string draft = "Zoé, it’s not our fault the storm hit.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(span(draft, f[0]), "it’s not our fault");
    EXPECT_EQ(f[0].start, 6u);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Zoé, I'm sorry this happened the storm hit.");

}

// Stances the pack's list never names, read as what the sentence does to the customer.
TEST(ToneDefensive, DenialsContradictionsAndClosingDown) {
    for (const char* draft : {"We did nothing wrong here, Sam. The rules were shown before you paid.",
                              "That isn't what happened, Ayesha.", "Your bank declined it, not us.",
                              "We won't be discussing compensation further on here.",
                              "We can't be held responsible for third-party sellers."}) {
        const Findings f = run(draft);
        ASSERT_GE(f.size(), 1u) << draft;
        EXPECT_FALSE(f[0].because.empty());
    }
}

TEST(ToneDefensive, RequirementsAndTheBrandsOwnDenialsAreNotArguments) {
    EXPECT_TRUE(run("To change it, you must have access to your old email address.").empty());
    EXPECT_TRUE(run("You should have the refund by now; if not, DM us.").empty());
    EXPECT_TRUE(run("Could you send a screenshot of what you're seeing on your end?").empty());
    EXPECT_TRUE(run("This account is NOT us. Please report it.").empty());
    // Calming the customer down is dismissive, not defensive.
    EXPECT_TRUE(run("Calm down, Beth, it'll turn up.").empty());
}

TEST(ToneDefensive, EmpathyThatSharesTheWordsIsNotBlame) {
    EXPECT_TRUE(run("You must have been so worried, Zoé. I've found your bag.").empty());
    EXPECT_TRUE(run("You should have been told about the gate change; I'm sorry.").empty());
    EXPECT_TRUE(run("This isn't your fault at all, and we'll refund the fee.").empty());
    EXPECT_TRUE(run("It's not your fault, Zoé.").empty());
    EXPECT_TRUE(run("I said I'd call you back at 3pm and I will.").empty());
}

TEST(ToneDefensive, StillFlagsBlameAfterTheExceptions) {
    const Findings f = run("That's your fault: you should have checked in online.");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].start, 7u);
    EXPECT_EQ(f[1].start, 19u);
}

}  // namespace
}  // namespace replycheck
