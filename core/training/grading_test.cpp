#include "training/grading.h"

#include <gtest/gtest.h>

#include <cmath>

#include "pack/pack_registry.h"

namespace replycheck {
namespace {

KeyPoint point(std::string id, KeyPointKind kind, std::vector<std::string> phrases = {}, std::string rule = {}) {
    KeyPoint kp;
    kp.id = std::move(id);
    kp.label = kp.id;
    kp.kind = kind;
    kp.phrases = std::move(phrases);
    kp.rule = std::move(rule);
    kp.hint = "hint for " + kp.id;
    return kp;
}

Scenario scenario(std::string id, std::vector<KeyPoint> points, std::string post = "My flight is late and nobody tells us anything. Awful.") {
    Scenario s;
    s.id = std::move(id);
    s.title = s.id;
    s.request.customer_post = std::move(post);
    s.request.customer_name = "Priya";
    s.request.channel = "x";
    s.key_points = std::move(points);
    s.model_answers = {"Sorry Priya."};
    return s;
}

struct Fixture {
    ScenarioSet set;
    std::unique_ptr<Grader> grader;

    explicit Fixture(std::vector<Scenario> scenarios) {
        set.id = "t";
        set.scenarios = std::move(scenarios);
        grader = std::make_unique<Grader>(set, builtin_pack());
    }
    Grade grade(std::string_view reply, std::size_t index = 0) const { return grader->grade(set.scenarios[index], reply); }
    bool covered(std::string_view reply, std::size_t index = 0) const {
        const Grade g = grade(reply, index);
        EXPECT_TRUE(g.check.ok()) << g.check.error;
        EXPECT_EQ(g.key_points.size(), 1u);
        return !g.key_points.empty() && g.key_points[0].covered;
    }
};

TEST(Grading, MentionsFindsAnyPhraseAsWholeTokens) {
    const Fixture fx({scenario("s", {point("time", KeyPointKind::mentions, {"6:40pm", "18:40"})})});
    EXPECT_TRUE(fx.covered("Hi Priya, sorry: the new time is 6:40pm."));
    EXPECT_TRUE(fx.covered("Hi Priya, sorry, it now leaves at 18:40 from gate 3."));
    EXPECT_FALSE(fx.covered("Hi Priya, sorry, it now leaves at 6:45pm."));
    EXPECT_FALSE(fx.covered("Hi Priya, sorry, it now leaves at 16:40pm."));
    const Grade g = fx.grade("Hi Priya, sorry: the new time is 6:40pm.");
    const std::string reply = "Hi Priya, sorry: the new time is 6:40pm.";
    EXPECT_EQ(reply.substr(g.key_points[0].start, g.key_points[0].end - g.key_points[0].start), "6:40pm");
    EXPECT_TRUE(g.key_points[0].hint.empty());
    EXPECT_EQ(fx.grade("Hi Priya, sorry.").key_points[0].hint, "hint for time");
}

TEST(Grading, MentionsFoldsCaseAccentsWidthAndScripts) {
    const Fixture fx({scenario("s", {point("place", KeyPointKind::mentions, {"café", "東京", "🎉", "ＡＢＣ"})})});
    EXPECT_TRUE(fx.covered("Hi Priya, meet us at the CAFÉ by the gate."));
    EXPECT_TRUE(fx.covered("Hi Priya, 東京駅で待っています。"));
    EXPECT_TRUE(fx.covered("Hi Priya, well done 🎉"));
    EXPECT_TRUE(fx.covered("Hi Priya, your code is abc."));  // NFKC: full-width ＡＢＣ = ABC
    EXPECT_FALSE(fx.covered("Hi Priya, meet us at the cafe by the gate."));  // accents are not dropped
    EXPECT_FALSE(fx.covered("Hi Priya, 京都駅で待っています。"));
}

TEST(Grading, ApologyUsesTheBuiltInListAndContractions) {
    const Fixture fx({scenario("s", {point("sorry", KeyPointKind::apology)})});
    EXPECT_TRUE(fx.covered("Priya, we're sorry about the delay."));
    EXPECT_TRUE(fx.covered("Priya, we’re SORRY about the delay."));  // typographic apostrophe
    EXPECT_TRUE(fx.covered("Priya, I apologize for the wait."));  // US spelling normalises
    EXPECT_TRUE(fx.covered("Priya, our apologies for the wait."));
    EXPECT_FALSE(fx.covered("Priya, the flight now leaves at 6pm."));
    EXPECT_FALSE(fx.covered("Priya, I understand how frustrating this is."));  // empathy, not an apology
}

TEST(Grading, ApologyAndDmOfferPhrasesReplaceTheBuiltInList) {
    const Fixture fx({scenario("s", {point("sorry", KeyPointKind::apology, {"we are sorry"})}),
                      scenario("m", {point("dm", KeyPointKind::dm_offer, {"messenger"})})});
    EXPECT_TRUE(fx.covered("Priya, we're sorry about the delay."));  // "we're" = "we are"
    EXPECT_FALSE(fx.covered("Priya, I'm sorry about the delay."));
    EXPECT_TRUE(fx.covered("Priya, send us a note on Messenger.", 1));
    EXPECT_FALSE(fx.covered("Priya, send us a DM.", 1));
}

TEST(Grading, DmOfferBuiltInList) {
    const Fixture fx({scenario("s", {point("dm", KeyPointKind::dm_offer)})});
    EXPECT_TRUE(fx.covered("Sorry Priya, please DM us your booking reference."));
    EXPECT_TRUE(fx.covered("Sorry Priya, send us a direct message and we'll check."));
    EXPECT_TRUE(fx.covered("Sorry Priya, check your inbox, we've written to you."));
    EXPECT_FALSE(fx.covered("Sorry Priya, reply here with the details."));
    EXPECT_FALSE(fx.covered("Sorry Priya, admit it was a long wait."));  // "dm" only as a whole token
}

TEST(Grading, EmpathyAndNextStepUseThePacksLists) {
    const Fixture fx({scenario("e", {point("feel", KeyPointKind::empathy)}),
                      scenario("n", {point("next", KeyPointKind::next_step)})});
    EXPECT_TRUE(fx.covered("Priya, I understand how frustrating this is.", 0));
    EXPECT_FALSE(fx.covered("Priya, the flight leaves at 6pm.", 0));
    EXPECT_TRUE(fx.covered("Sorry Priya, we'll rebook you on the next flight.", 1));
    EXPECT_FALSE(fx.covered("Sorry Priya, that is a long delay.", 1));

    // A pack without those phrases covers neither: the lists really come from the pack.
    Pack bare = builtin_pack()->pack();
    bare.id = "bare";
    bare.rules["tone.empathy_missing"].phrases.clear();
    bare.rules["resolution.no_next_step"].phrases.clear();
    const Grader grader(fx.set, CompiledPack::compile(bare));
    EXPECT_FALSE(grader.grade(fx.set.scenarios[0], "Priya, I understand how frustrating this is.").key_points[0].covered);
    EXPECT_FALSE(grader.grade(fx.set.scenarios[1], "Sorry Priya, we'll rebook you.").key_points[0].covered);
}

TEST(Grading, UsesNameAndAvoidsReadTheCheck) {
    const Fixture fx({scenario("n", {point("name", KeyPointKind::uses_name)}),
                      scenario("p", {point("private", KeyPointKind::avoids, {}, "privacy.pii_public")})});
    EXPECT_TRUE(fx.covered("Sorry Priya, we'll look into it today.", 0));
    EXPECT_FALSE(fx.covered("Sorry about that, we'll look into it today.", 0));
    EXPECT_FALSE(fx.covered("Sorry Maria, we'll look into it today.", 0));  // the wrong name
    EXPECT_TRUE(fx.covered("Sorry Priya, please DM us and we'll look into it.", 1));
    EXPECT_FALSE(fx.covered("Sorry Priya, is your email priya.shah@example.com?", 1));
}

TEST(Grading, GradeAveragesScoreAndCoverage) {
    const Fixture fx({scenario("s", {point("sorry", KeyPointKind::apology), point("time", KeyPointKind::mentions, {"6pm"}),
                                     point("dm", KeyPointKind::dm_offer), point("name", KeyPointKind::uses_name)})});
    const Grade full = fx.grade("Sorry Priya, your flight now leaves at 6pm. DM us if you need a hotel.");
    ASSERT_TRUE(full.check.ok());
    EXPECT_EQ(full.covered, 4u);
    EXPECT_EQ(full.grade, static_cast<int>(std::lround((full.check.score + 100.0) / 2)));
    EXPECT_EQ(full.passed, full.check.ready);
    EXPECT_TRUE(full.passed);

    const Grade half = fx.grade("Sorry Priya, it is delayed.");
    ASSERT_TRUE(half.check.ok());
    EXPECT_EQ(half.covered, 2u);
    EXPECT_FALSE(half.passed);
    EXPECT_EQ(half.grade, static_cast<int>(std::lround((half.check.score + 50.0) / 2)));
    EXPECT_LT(half.grade, full.grade);

    // Every key point but an error-level finding (a card number in public): not passed.
    const Grade leaky = fx.grade("Sorry Priya, your flight now leaves at 6pm. DM us; is 4539 1488 0343 6467 your card?");
    ASSERT_TRUE(leaky.check.ok());
    EXPECT_EQ(leaky.covered, 4u);
    EXPECT_FALSE(leaky.check.ready);
    EXPECT_FALSE(leaky.passed);
}

TEST(Grading, RejectedReplyEarnsNothing) {
    const Fixture fx({scenario("s", {point("sorry", KeyPointKind::apology), point("name", KeyPointKind::uses_name)})});
    for (const std::string& reply : {std::string("   "), std::string("Sorry Priya \xFF")}) {
        const Grade g = fx.grade(reply);
        EXPECT_FALSE(g.check.ok());
        EXPECT_EQ(g.grade, 0);
        EXPECT_FALSE(g.passed);
        EXPECT_EQ(g.covered, 0u);
        ASSERT_EQ(g.key_points.size(), 2u);
        EXPECT_EQ(g.key_points[1].hint, "hint for name");
    }
}

TEST(Grading, OneGraderGradesManyRepliesAndScenarios) {
    std::vector<Scenario> scenarios;
    for (int i = 0; i < 30; ++i)
        scenarios.push_back(scenario("s" + std::to_string(i), {point("word", KeyPointKind::mentions, {"word" + std::to_string(i)})}));
    const Fixture fx(std::move(scenarios));
    for (int round = 0; round < 3; ++round)
        for (int i = 0; i < 30; ++i) {
            // Each scenario's list is its own: word7 covers s7 and nothing else.
            EXPECT_TRUE(fx.covered("Sorry Priya, word" + std::to_string(i) + ".", static_cast<std::size_t>(i)));
            EXPECT_FALSE(fx.covered("Sorry Priya, word" + std::to_string((i + 1) % 30) + ".", static_cast<std::size_t>(i)));
        }
}

TEST(Grading, ScenarioEditedAfterTheGraderWasBuiltUsesItsNewPhrases) {
    const Fixture fx({scenario("s", {point("time", KeyPointKind::mentions, {"6pm"})})});
    Scenario edited = fx.set.scenarios[0];
    edited.key_points[0].phrases = {"7pm"};
    EXPECT_TRUE(fx.grader->grade(edited, "Sorry Priya, it leaves at 7pm.").key_points[0].covered);
    EXPECT_FALSE(fx.grader->grade(edited, "Sorry Priya, it leaves at 6pm.").key_points[0].covered);
    Scenario stranger = scenario("other", {point("gate", KeyPointKind::mentions, {"gate 9"})});
    EXPECT_TRUE(fx.grader->grade(stranger, "Sorry Priya, go to gate 9.").key_points[0].covered);
}

TEST(Grading, TestScenarioSetReportsEachFailingModelAnswer) {
    Scenario s = scenario("late", {point("sorry", KeyPointKind::apology), point("time", KeyPointKind::mentions, {"6pm"})});
    s.model_answers = {"Sorry Priya, it now leaves at 6pm, and we'll keep you posted.", "Priya, it leaves soon.",
                       "Sorry Priya, it leaves at 6pm; is 4539 1488 0343 6467 your card?"};
    Fixture fx({s});
    const ScenarioSetTestReport report = test_scenario_set(fx.set, *fx.grader);
    EXPECT_EQ(report.passed, 1u);
    ASSERT_EQ(report.failures.size(), 3u);
    EXPECT_EQ(report.failures[0], "late: model answer 2 misses \"sorry\"");
    EXPECT_EQ(report.failures[1], "late: model answer 2 misses \"time\"");
    EXPECT_EQ(report.failures[2].rfind("late: model answer 3 is not ready: privacy.pii_public: ", 0), 0u)
        << report.failures[2];
}

}  // namespace
}  // namespace replycheck
