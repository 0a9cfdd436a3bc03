#include "checks/check_fixture.h"

namespace replycheck {
namespace {

TEST(PersonalNoName, InsertsGreetingAfterMentions) {
    testing::CheckFixture fx;
    fx.request.draft = "@ravi_k Sorry about the wait.";
    fx.request.customer_name = "Ravi Kumar";
    const Findings f = fx.run(checks::personal_no_name);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 8u);
    EXPECT_TRUE(f[0].suggestions[0].safe);
    EXPECT_EQ(testing::apply(fx.request.draft, f[0].suggestions[0]), "@ravi_k Hi Ravi, sorry about the wait.");
}

TEST(PersonalNoName, ReplacesThereInGreeting) {
    testing::CheckFixture fx;
    fx.request.draft = "Hi there, all sorted.";
    fx.request.customer_name = "Zoé";
    const Findings f = fx.run(checks::personal_no_name);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(testing::apply(fx.request.draft, f[0].suggestions[0]), "Hi Zoé, all sorted.");
}

TEST(PersonalNoName, NameNicknameOrUnknownNamePass) {
    testing::CheckFixture fx;
    fx.request.customer_name = "Zoé Martin";
    fx.request.draft = "Thanks ZOE!";
    EXPECT_TRUE(fx.run(checks::personal_no_name).empty());
    fx.request.customer_name = "";
    fx.request.draft = "Thanks!";
    EXPECT_TRUE(fx.run(checks::personal_no_name).empty());
}

}  // namespace
}  // namespace replycheck
