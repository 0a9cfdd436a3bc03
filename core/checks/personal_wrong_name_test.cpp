#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, const std::string& name, const std::string& post = "") {
    testing::CheckFixture fx;
    fx.use_default_pack();
    fx.request.draft = draft;
    fx.request.customer_post = post;
    fx.request.customer_name = name;
    fx.request.agent_name = "Sarah Jones";
    return fx.run(checks::personal_wrong_name);
}

TEST(PersonalWrongName, FlagsWrongGreetingWithSafeFix) {
    const std::string draft = "Bonjour Zoé, votre colis arrive.";
    const Findings f = run(draft, "Chloé Dubois");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 8u);
    EXPECT_EQ(f[0].end, 12u);
    EXPECT_TRUE(f[0].suggestions[0].safe);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Bonjour Chloé, votre colis arrive.");
}

TEST(PersonalWrongName, FlagsSentenceFinalVocative) {
    const Findings f = run("Have you tried another device, Miriam?", "Ravi Kumar");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].suggestions[0].text, "Ravi");
}

TEST(PersonalWrongName, AccentsNicknamesAgentAndGenericWordsPass) {
    EXPECT_TRUE(run("Hi ZOE, sorted.", "Zoé Martin").empty());
    EXPECT_TRUE(run("Thanks, Bob. Hi Robert!", "Robert Smith").empty());
    EXPECT_TRUE(run("Hi there, thanks for your patience.", "Ravi Kumar").empty());
    EXPECT_TRUE(run("Dear Mr Kumar, thanks. ^Sarah", "Ravi Kumar").empty());
    EXPECT_TRUE(run("Thanks for flying with us, Ravi.", "Ravi Kumar").empty());
}

TEST(PersonalWrongName, FlagsAVocativeInMidSentenceAsCertain) {
    const std::string draft = "Sorry that took so long, Imogen, we'll email the voucher tonight.";
    const Findings f = run(draft, "Harriet Cole");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(draft.substr(f[0].start, f[0].end - f[0].start), "Imogen");
    EXPECT_EQ(f[0].certainty, Certainty::certain);
    EXPECT_FALSE(f[0].because.empty());
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Sorry that took so long, Harriet, we'll email the voucher tonight.");
}

TEST(PersonalWrongName, FlagsAGreetingWithoutComma) {
    EXPECT_EQ(run("Hello Gareth the engineer is booked for Monday.", "Owain Price").size(), 1u);
}

TEST(PersonalWrongName, InterjectionsListsAndRoleNounsAreNoOnesName) {
    // Sentence openers with a comma look like vocatives.
    EXPECT_TRUE(run("Blimey, that is slow, Owain. We're on it.", "Owain Price").empty());
    EXPECT_TRUE(run("Honestly, Owain, that should not happen.", "Owain Price").empty());
    // Names in a list are products, not the reader.
    EXPECT_TRUE(run("Hi Owain, it works on Kindle, Kobo, Nook and Android.", "Owain Price").empty());
    // "Dear Commuter" is a form letter (personal.generic_opener), "Dear Diary" a title.
    EXPECT_TRUE(run("Dear Subscriber, the price goes up in May.", "Owain Price").empty());
    EXPECT_TRUE(run("Dear Diary Deluxe has a lock, Owain!", "Owain Price").empty());
    EXPECT_TRUE(run("Tickets for Dear Evan Hansen are on sale, Owain.", "Owain Price").empty());
    // CamelCase products.
    EXPECT_TRUE(run("Hi Owain, PlayHub, try restarting it.", "Owain Price").empty());
}

TEST(PersonalWrongName, ShortFormsAndTheSignatureInThePostPass) {
    EXPECT_TRUE(run("Hi Mo, your invoice is in Billing.", "Mohammed Rahman").empty());
    EXPECT_TRUE(run("Sorry about that, Kasia, it is sorted.", "Katarzyna Nowak").empty());
    // The customer signed their post with a name the request does not give.
    EXPECT_TRUE(run("Thanks, Bea, it ships today.", "Beatriz Santos", "Where is my order? - Bea").empty());
    EXPECT_EQ(run("Thanks, Bea, it ships today.", "Carla Santos", "Where is my order?").size(), 1u);
}

TEST(PersonalWrongName, AClosingThanksWithANameSignsTheAgentsName) {
    EXPECT_TRUE(run("Hi Owain, please ask Dad to ring us. Thanks, Jo", "Owain Price").empty());
    EXPECT_TRUE(run("Sorry Owain, sorted now - Priyanka", "Owain Price").empty());
    // Without the customer's name elsewhere, "Thanks, Jo" may address Jo.
    EXPECT_EQ(run("Your parcel is out today. Thanks, Jo", "Owain Price").size(), 1u);
}

TEST(PersonalWrongName, WithoutANameFieldNothingIsReported) {
    EXPECT_TRUE(run("Hi Sarah, your refund is on its way.", "").empty());
}

}  // namespace
}  // namespace replycheck
