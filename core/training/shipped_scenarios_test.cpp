// The shipped scenario set (templates/scenarios/social-care-basics.json, built in): it loads, it
// covers the situations trainees meet most, and every model answer is one the engine calls
// ready with every key point covered.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "pack/pack_registry.h"
#include "training/grading.h"
#include "training/scenario_set.h"

namespace replycheck {
namespace {

const ScenarioSet& shipped() {
    static const ScenarioSetLoadResult loaded = load_scenario_set(builtin_scenarios_json());
    EXPECT_TRUE(loaded.ok()) << loaded.report("social-care-basics.json");
    static const ScenarioSet empty;
    return loaded.ok() ? *loaded.set : empty;
}

TEST(ShippedScenarios, LoadsWithAtLeastTwentyScenarios) {
    const ScenarioSet& set = shipped();
    EXPECT_EQ(set.id, "social-care-basics");
    EXPECT_EQ(set.pack, std::string(kDefaultPackId));
    EXPECT_GE(set.scenarios.size(), 20u);
}

TEST(ShippedScenarios, EveryModelAnswerIsReadyAndCoversEveryKeyPoint) {
    const ScenarioSet& set = shipped();
    ASSERT_FALSE(set.scenarios.empty());
    const Grader grader(set, builtin_pack());
    const ScenarioSetTestReport report = test_scenario_set(set, grader);
    std::string failures;
    for (const std::string& f : report.failures) failures += f + "\n";
    EXPECT_TRUE(report.ok()) << failures;
    std::size_t answers = 0;
    for (const Scenario& s : set.scenarios) answers += s.model_answers.size();
    EXPECT_EQ(report.passed, answers);
    // Passing means grade = (score + 100) / 2, so a model answer never grades below 50.
    for (const Scenario& s : set.scenarios)
        for (const std::string& answer : s.model_answers) {
            const Grade g = grader.grade(s, answer);
            EXPECT_TRUE(g.passed) << s.id;
            EXPECT_GE(g.grade, 80) << s.id << ": a model answer should read well too: " << answer;
        }
}

TEST(ShippedScenarios, CoversTheCommonSituations) {
    std::set<std::string> situations;
    for (const Scenario& s : shipped().scenarios) situations.insert(s.situation);
    for (const char* needed : {"delay", "refund", "outage", "wrong_order", "billing", "account_lockout", "praise",
                               "escalation", "privacy", "dm_needed", "cancellation", "damaged_item",
                               "missing_delivery", "price_change", "product_question", "staff_complaint",
                               "accessibility"})
        EXPECT_EQ(situations.count(needed), 1u) << "no scenario for " << needed;
}

TEST(ShippedScenarios, MixesChannelsVisibilityAndEveryKindOfKeyPoint) {
    std::set<std::string> channels;
    std::set<KeyPointKind> kinds;
    bool has_private = false;
    for (const Scenario& s : shipped().scenarios) {
        channels.insert(s.request.channel);
        has_private |= s.request.channel == "x_dm" || s.request.visibility == Visibility::private_reply;
        for (const KeyPoint& kp : s.key_points) kinds.insert(kp.kind);
        EXPECT_GE(s.facts.size(), 1u) << s.id;
        EXPECT_LE(s.facts.size(), 3u) << s.id;
        EXPECT_GE(s.key_points.size(), 3u) << s.id;
        EXPECT_LE(s.key_points.size(), 5u) << s.id;
        EXPECT_LE(s.model_answers.size(), 2u) << s.id;
        EXPECT_FALSE(s.notes.empty()) << s.id;
    }
    for (const char* channel : {"x", "x_dm", "facebook", "instagram", "threads", "linkedin"})
        EXPECT_EQ(channels.count(channel), 1u) << "no scenario on " << channel;
    EXPECT_TRUE(has_private);
    EXPECT_EQ(kinds.size(), 7u) << "every key point kind is used somewhere";
}

TEST(ShippedScenarios, AWeakReplyFailsTheDelayScenario) {
    const ScenarioSet& set = shipped();
    const Scenario* delay = set.find("flight-delay-late-inbound");
    ASSERT_NE(delay, nullptr);
    const Grader grader(set, builtin_pack());
    const Grade g = grader.grade(*delay, "We apologise for any inconvenience caused. Flights are sometimes delayed for operational reasons.");
    EXPECT_FALSE(g.passed);
    EXPECT_LT(g.covered, delay->key_points.size());
    EXPECT_LT(g.grade, 70);
}

}  // namespace
}  // namespace replycheck
