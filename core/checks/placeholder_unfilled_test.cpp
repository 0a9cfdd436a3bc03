#include "checks/check_fixture.h"

namespace replycheck {
namespace {

using testing::CheckFixture;

Findings run(const std::string& draft, const std::string& name = "") {
    CheckFixture fx;
    fx.request.draft = draft;
    fx.request.customer_name = name;
    return fx.run(checks::placeholder_unfilled);
}

TEST(PlaceholderUnfilled, FindsEveryCommonVariableStyle) {
    const std::string draft = "Hi {first_name}, {{name}} [CUSTOMER NAME] <ITEM> %ORDER_ID% ok";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 5u);
    EXPECT_EQ(f[0].rule, "placeholder.unfilled");
    EXPECT_EQ(f[0].severity, Severity::error);
    EXPECT_EQ(draft.substr(f[0].start, f[0].end - f[0].start), "{first_name}");
    EXPECT_EQ(draft.substr(f[1].start, f[1].end - f[1].start), "{{name}}");
    EXPECT_EQ(draft.substr(f[2].start, f[2].end - f[2].start), "[CUSTOMER NAME]");
    EXPECT_EQ(draft.substr(f[3].start, f[3].end - f[3].start), "<ITEM>");
    EXPECT_EQ(draft.substr(f[4].start, f[4].end - f[4].start), "%ORDER_ID%");
}

TEST(PlaceholderUnfilled, SuggestsTheKnownNameAsASafeFix) {
    const std::string draft = "Hi {first_name}, sorry about that.";
    const Findings f = run(draft, "Zoé Martin");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 3u);
    EXPECT_EQ(f[0].end, 15u);
    ASSERT_EQ(f[0].suggestions.size(), 1u);
    EXPECT_TRUE(f[0].suggestions[0].safe);
    EXPECT_EQ(testing::apply(draft, f[0].suggestions[0]), "Hi Zoé, sorry about that.");
}

TEST(PlaceholderUnfilled, UnknownVariableHasNoSuggestion) {
    const Findings f = run("Your new seat is {seat}.", "Ravi");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(f[0].suggestions.empty());
}

TEST(PlaceholderUnfilled, OrdinaryBracketsAndEmoticonsPass) {
    EXPECT_TRUE(run("Love this <3 [sic] (see below) 50% off, 100%!").empty());
    EXPECT_TRUE(run("We'll [hopefully] fix it <soon>.").empty());
    EXPECT_TRUE(run("Unclosed { brace and [BRACKET").empty());
}

TEST(PlaceholderUnfilled, OffsetsAreBytesAfterMultibyteText) {
    const std::string draft = "こんにちは {name} 😀";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].start, 16u);  // five 3-byte characters and a space
    EXPECT_EQ(f[0].end, 22u);
}

}  // namespace
}  // namespace replycheck
