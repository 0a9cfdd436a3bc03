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

std::vector<std::string> spans(const std::string& draft, const std::string& name = "") {
    std::vector<std::string> out;
    for (const Finding& f : run(draft, name)) out.push_back(draft.substr(f.start, f.end - f.start));
    return out;
}

TEST(PlaceholderUnfilled, FindsTheOtherMacroSyntaxes) {
    using V = std::vector<std::string>;
    EXPECT_EQ(spans("Thanks ${agent}! Seat {2} is yours, see <<Booking Ref>>."), (V{"${agent}", "{2}", "<<Booking Ref>>"}));
    EXPECT_EQ(spans("Hey $CUSTNAME, the form is at [insert url] and [Link]."), (V{"$CUSTNAME", "[insert url]", "[Link]"}));
    EXPECT_EQ(spans("Cheers, [Your Name] (__AGENT_ID__), re <insert product>"),
              (V{"[Your Name]", "__AGENT_ID__", "<insert product>"}));
    EXPECT_EQ(spans("Dear CUSTOMER, your plan renews soon."), (V{"CUSTOMER"}));
}

TEST(PlaceholderUnfilled, FillsAnAgentOrCustomerVariableFromTheRequest) {
    CheckFixture fx;
    fx.request.draft = "Speak soon, [Agent Name] ^";
    fx.request.agent_name = "Tomasz";
    const Findings f = fx.run(checks::placeholder_unfilled);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(testing::apply(fx.request.draft, f[0].suggestions[0]), "Speak soon, Tomasz ^");
    EXPECT_EQ(f[0].certainty, Certainty::certain);
    EXPECT_EQ(spans("Hi [Customer Name]!", "Aoife Byrne"), (std::vector<std::string>{"[Customer Name]"}));
}

TEST(PlaceholderUnfilled, MasksForAValueAreLikely) {
    const std::string draft = "Refund of €XX.XX for order ##### goes out on xx/xx/xxxx at HH:MM.";
    const Findings f = run(draft);
    ASSERT_EQ(f.size(), 4u);
    EXPECT_EQ(draft.substr(f[0].start, f[0].end - f[0].start), "XX.XX");
    EXPECT_EQ(draft.substr(f[1].start, f[1].end - f[1].start), "#####");
    EXPECT_EQ(draft.substr(f[2].start, f[2].end - f[2].start), "xx/xx/xxxx");
    EXPECT_EQ(draft.substr(f[3].start, f[3].end - f[3].start), "HH:MM");
    for (const Finding& x : f) EXPECT_EQ(x.certainty, Certainty::likely);
    EXPECT_EQ(spans("Your PIN hint is XXXX."), (std::vector<std::string>{"XXXX"}));
    // Read as a hashtag by the entity finder, still a mask.
    EXPECT_EQ(spans("Booking #XXXXX is confirmed."), (std::vector<std::string>{"#XXXXX"}));
    EXPECT_TRUE(run("The XXX-rated channels need a PIN.").empty());
}

TEST(PlaceholderUnfilled, APendingValueIsOnlyPossible) {
    const Findings f = run("Your new departure time is TBC, sorry.");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].certainty, Certainty::possible);
    EXPECT_TRUE(run("The TBC team will be in touch.").empty());
}

TEST(PlaceholderUnfilled, SizesProductsShortcutsAndAnonymisationPass) {
    EXPECT_TRUE(run("The XXL and XXXL tees are back, thanks xxx").empty());
    EXPECT_TRUE(run("Works on the Series X and the RX-7X, order #40021.").empty());
    EXPECT_TRUE(run("Press [Alt] + [F4], or tap <menu> in the corner.").empty());
    EXPECT_TRUE(run("We emailed __email__ and __phone__ about it.").empty());
    EXPECT_TRUE(run("It's $25 a month [24-month plan], 50% off for DDoS cover.").empty());
    EXPECT_TRUE(run("See https://help.example.com/XXXX/faq and @XXXX_support").empty());
    EXPECT_TRUE(run("Track it at https://post.example/t/XXXX-1234 or mail XXXX@post.example").empty());
    // A reply that teaches template syntax quotes variables on purpose.
    EXPECT_TRUE(run("In your email template, write {{ customer.first_name }} to greet people by name.").empty());
    EXPECT_TRUE(run("Set it in the environment and read it in your build as ${DEPLOY_TOKEN}.").empty());
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
