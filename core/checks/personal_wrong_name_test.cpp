#include "checks/check_fixture.h"

namespace replycheck {
namespace {

Findings run(const std::string& draft, const std::string& name) {
    testing::CheckFixture fx;
    fx.request.draft = draft;
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

}  // namespace
}  // namespace replycheck
