#include "training/scenario_set.h"

#include <gtest/gtest.h>

#include <string>

namespace replycheck {
namespace {

// One valid scenario as JSON text; tests splice changes into copies of it.
constexpr const char* kScenario = R"({
      "id": "late-flight",
      "title": "Late flight",
      "situation": "delay",
      "channel": "x",
      "visibility": "public",
      "customer_name": "Priya Shah",
      "customer_handle": "@priya",
      "customer_post": "My flight is late again and nobody tells us anything.",
      "facts": ["The new time is 6:40pm."],
      "key_points": [
        {"id": "new_time", "label": "Gives the new time", "kind": "mentions", "phrases": ["6:40pm"]},
        {"id": "sorry", "label": "Apologises", "kind": "apology"},
        {"id": "name", "label": "Uses the name", "kind": "uses_name"},
        {"id": "safe", "label": "No card numbers", "kind": "avoids", "rule": "privacy.pii_public"}
      ],
      "model_answers": ["Sorry Priya, the new time is 6:40pm."],
      "notes": "Delay basics."
    })";

std::string set_with(const std::string& scenarios) {
    return "{\"id\": \"demo\", \"scenarios\": [" + scenarios + "]}";
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

std::string first_error(const ScenarioSetLoadResult& r) {
    for (const DocumentIssue& i : r.issues)
        if (!i.warning) return i.to_string();
    return "(no error)";
}

TEST(ScenarioSetLoader, LoadsEveryField) {
    const auto r = load_scenario_set(set_with(kScenario));
    ASSERT_TRUE(r.ok()) << r.report();
    const ScenarioSet& set = *r.set;
    EXPECT_EQ(set.id, "demo");
    EXPECT_EQ(set.name, "demo");  // defaults to the id
    EXPECT_EQ(set.pack, "social-care");
    ASSERT_EQ(set.scenarios.size(), 1u);
    const Scenario& s = set.scenarios[0];
    EXPECT_EQ(s.situation, "delay");
    EXPECT_EQ(s.request.channel, "x");
    ASSERT_TRUE(s.request.visibility.has_value());
    EXPECT_EQ(*s.request.visibility, Visibility::public_reply);
    EXPECT_EQ(s.request.customer_name, "Priya Shah");
    EXPECT_EQ(s.request.customer_post, "My flight is late again and nobody tells us anything.");
    EXPECT_TRUE(s.request.draft.empty());
    ASSERT_EQ(s.key_points.size(), 4u);
    EXPECT_EQ(s.key_points[0].kind, KeyPointKind::mentions);
    EXPECT_EQ(s.key_points[0].phrases, std::vector<std::string>{"6:40pm"});
    EXPECT_EQ(s.key_points[3].kind, KeyPointKind::avoids);
    EXPECT_EQ(s.key_points[3].rule, "privacy.pii_public");
    EXPECT_EQ(s.model_answers.size(), 1u);
    EXPECT_EQ(set.find("late-flight"), &set.scenarios[0]);
    EXPECT_EQ(set.find("nope"), nullptr);
}

TEST(ScenarioSetLoader, KindNamesRoundTrip) {
    for (KeyPointKind k : {KeyPointKind::mentions, KeyPointKind::apology, KeyPointKind::empathy, KeyPointKind::next_step,
                           KeyPointKind::dm_offer, KeyPointKind::uses_name, KeyPointKind::avoids}) {
        KeyPointKind parsed = KeyPointKind::mentions;
        ASSERT_TRUE(parse_key_point_kind(to_string(k), parsed)) << to_string(k);
        EXPECT_EQ(parsed, k);
    }
    KeyPointKind out{};
    EXPECT_FALSE(parse_key_point_kind("mention", out));
}

TEST(ScenarioSetLoader, ErrorsGiveLineColumnAndPath) {
    const std::string text = "{\n  \"id\": \"demo\",\n  \"scenarios\": [{\"id\": \"a\", \"channel\": 7}]\n}";
    const auto r = load_scenario_set(text);
    ASSERT_FALSE(r.ok());
    // Missing keys are reported at the object, and the keys that are there are still checked.
    EXPECT_EQ(r.issues[0].to_string(), "3:17 $.scenarios[0]: missing required key \"title\"");
    const std::string report = r.report("set.json");
    EXPECT_NE(report.find("set.json:3:40 $.scenarios[0].channel: expected a string, got a number\n"), std::string::npos)
        << report;
}

TEST(ScenarioSetLoader, MalformedJsonPointsAtTheProblem) {
    const auto r = load_scenario_set("{\n  \"id\": \"demo\",\n  \"scenarios\": ]\n}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(first_error(r), "3:16 $: unexpected character, expected a value");
}

TEST(ScenarioSetLoader, UnknownKeysAreErrors) {
    const auto r = load_scenario_set(set_with(replaced(kScenario, "\"notes\"", "\"note\"")));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(first_error(r).find("$.scenarios[0].note: unknown key \"note\""), std::string::npos) << first_error(r);
    const auto top = load_scenario_set(R"({"id": "demo", "pak": "x", "scenarios": [)" + std::string(kScenario) + "]}");
    EXPECT_EQ(first_error(top), "1:16 $.pak: unknown key \"pak\" (expected one of schema_version, id, name, "
                                "description, pack, scenarios)");
}

TEST(ScenarioSetLoader, DuplicateScenarioIds) {
    const auto r = load_scenario_set(set_with(std::string(kScenario) + "," + kScenario));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(first_error(r).find("$.scenarios[1].id: duplicate scenario id \"late-flight\""), std::string::npos)
        << first_error(r);
}

TEST(ScenarioSetLoader, DuplicateKeyPointIds) {
    const auto r = load_scenario_set(set_with(replaced(kScenario, "\"id\": \"sorry\"", "\"id\": \"new_time\"")));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(first_error(r).find("$.scenarios[0].key_points[1].id: duplicate key point id \"new_time\""),
              std::string::npos)
        << first_error(r);
}

TEST(ScenarioSetLoader, SemanticRules) {
    struct Case {
        std::string from, to, expected;
    };
    const Case cases[] = {
        {"\"channel\": \"x\"", "\"channel\": \"myspace\"",
         "$.scenarios[0].channel: unknown channel \"myspace\" (expected one of x, x_dm, facebook"},
        {"\"rule\": \"privacy.pii_public\"", "\"rule\": \"privacy.pii\"",
         "$.scenarios[0].key_points[3].rule: unknown rule id \"privacy.pii\""},
        {", \"rule\": \"privacy.pii_public\"", "", "$.scenarios[0].key_points[3]: an avoids key point needs \"rule\""},
        {", \"phrases\": [\"6:40pm\"]", "", "$.scenarios[0].key_points[0]: a mentions key point needs \"phrases\""},
        {"[\"6:40pm\"]", "[]", "$.scenarios[0].key_points[0].phrases: needs at least one entry"},
        {"[\"6:40pm\"]", "[\" \"]", "$.scenarios[0].key_points[0].phrases[0]: must not be empty"},
        {"\"kind\": \"apology\"}", "\"kind\": \"empathy\", \"phrases\": [\"sorry\"]}",
         "$.scenarios[0].key_points[1].phrases: only mentions, apology and dm_offer key points take phrases"},
        {"\"kind\": \"apology\"}", "\"kind\": \"apology\", \"rule\": \"tone.defensive\"}",
         "$.scenarios[0].key_points[1].rule: only avoids key points take a rule"},
        {"[\"Sorry Priya, the new time is 6:40pm.\"]", "[]", "$.scenarios[0].model_answers: needs at least one entry"},
        {"\"My flight is late again and nobody tells us anything.\"", "\"  \"",
         "$.scenarios[0].customer_post: must not be empty"},
        {"\"situation\": \"delay\"", "\"situation\": \"late\"", "$.scenarios[0].situation: expected one of delay, refund"},
        {"\"kind\": \"apology\"", "\"kind\": \"sorry\"", "$.scenarios[0].key_points[1].kind: expected one of mentions"},
        {"\"id\": \"late-flight\"", "\"id\": \"Late Flight\"",
         "$.scenarios[0].id: ids are lower-case letters, digits, '-' and '_' (at most 64)"},
        {"\"visibility\": \"public\"", "\"visibility\": \"secret\"",
         "$.scenarios[0].visibility: expected one of public, private"},
    };
    for (const Case& c : cases) {
        const auto r = load_scenario_set(set_with(replaced(kScenario, c.from, c.to)));
        EXPECT_FALSE(r.ok()) << c.to;
        EXPECT_NE(first_error(r).find(c.expected), std::string::npos) << c.to << "\n" << r.report();
    }
}

TEST(ScenarioSetLoader, UsesNameNeedsANameWhereverItIsGiven) {
    std::string nameless = replaced(kScenario, "\"customer_name\": \"Priya Shah\",", "");
    nameless = replaced(nameless, "\"customer_handle\": \"@priya\",", "");
    const auto r = load_scenario_set(set_with(nameless));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(first_error(r).find("key_points[2].kind: uses_name needs the scenario's customer_name"),
              std::string::npos)
        << r.report();
    // The name may come after the key points in the object.
    const std::string name_last = replaced(nameless, "\"notes\": \"Delay basics.\"",
                                           "\"notes\": \"Delay basics.\", \"customer_name\": \"Priya\"");
    EXPECT_TRUE(load_scenario_set(set_with(name_last)).ok());
}

TEST(ScenarioSetLoader, LimitsAreEnforced) {
    std::string points;
    for (std::size_t i = 0; i <= ScenarioLimits::max_key_points; ++i)
        points += (i ? "," : "") + std::string(R"({"id": "k)") + std::to_string(i) +
                  R"(", "label": "x", "kind": "apology"})";
    const std::string many = replaced(kScenario, "\"key_points\": [", "\"key_points\": [" + points + ",");
    const auto r = load_scenario_set(set_with(many));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(first_error(r).find("$.scenarios[0].key_points: more than 20 entries"), std::string::npos) << r.report();

    const std::string long_phrase(ScenarioLimits::max_phrase_bytes + 1, 'a');
    const auto long_r = load_scenario_set(set_with(replaced(kScenario, "\"6:40pm\"", "\"" + long_phrase + "\"")));
    EXPECT_NE(first_error(long_r).find("phrases[0]: longer than 200 bytes"), std::string::npos) << long_r.report();

    const std::string huge(ScenarioLimits::max_document_bytes + 1, ' ');
    const auto huge_r = load_scenario_set(huge);
    ASSERT_FALSE(huge_r.ok());
    EXPECT_EQ(first_error(huge_r), "$: scenario set is 1048577 bytes; the limit is 1 MiB (1048576 bytes)");
}

TEST(ScenarioSetLoader, EmptyAndWrongTopLevel) {
    EXPECT_EQ(first_error(load_scenario_set("[]")), "1:1 $: expected an object, got an array");
    EXPECT_EQ(first_error(load_scenario_set(R"({"id": "demo", "scenarios": []})")),
              "1:29 $.scenarios: needs at least one entry");
    EXPECT_EQ(first_error(load_scenario_set(R"({"scenarios": [1]})")), "1:1 $: missing required key \"id\"");
    EXPECT_NE(first_error(load_scenario_set(R"({"id": "demo", "schema_version": 2, "scenarios": [1]})"))
                  .find("$.schema_version: expected a whole number from 1 to 1"),
              std::string::npos);
}

}  // namespace
}  // namespace replycheck
