// templates/scenarios.schema.json and the scenario loader must describe the same format: the
// shipped set passes both, and a corpus of broken sets fails both.
#include <gtest/gtest.h>

#include <algorithm>

#include "json/json_tree.h"
#include "json/schema_test_support.h"
#include "rules/rules.h"
#include "training/scenario_set.h"
#include "training/scenario_validation.h"

namespace replycheck {
namespace {

using testing::joined;

const testing::ShippedSchema& scenario_schema() {
    static const testing::ShippedSchema schema("scenarios.schema.json");
    return schema;
}

std::vector<DocumentIssue> scenario_schema_issues(std::string_view text) { return scenario_schema().issues(text); }

TEST(ScenarioSchema, UsesOnlySupportedKeywords) { scenario_schema().expect_usable(); }

std::vector<std::string> strings_at(const json::Value& v) {
    std::vector<std::string> out;
    for (const json::Value& item : v.items) out.push_back(item.string);
    return out;
}

TEST(ScenarioSchema, EnumsMatchTheCode) {
    const json::Value* defs = scenario_schema().root().find("$defs");
    ASSERT_NE(defs, nullptr);
    const json::Value& scenario = *defs->find("scenario")->find("properties");
    EXPECT_EQ(strings_at(*scenario.find("situation")->find("enum")),
              std::vector<std::string>(kScenarioSituations.begin(), kScenarioSituations.end()));
    // The avoids form names every rule id, in the same order as rules/rule_list.h.
    const json::Value& forms = *defs->find("key_point")->find("anyOf");
    const json::Value& avoids = forms.items.back();
    EXPECT_EQ(avoids.find("properties")->find("kind")->find("const")->string, "avoids");
    EXPECT_EQ(strings_at(*avoids.find("properties")->find("rule")->find("enum")),
              std::vector<std::string>(kRuleIds.begin(), kRuleIds.end()));
}

TEST(ScenarioSchema, ShippedSetValidates) {
    const std::string text = testing::read_text(testing::templates_dir() / "scenarios" / "social-care-basics.json");
    EXPECT_EQ(text, std::string(builtin_scenarios_json())) << "rebuild: the embedded set is stale";
    const auto schema = scenario_schema_issues(text);
    EXPECT_TRUE(schema.empty()) << joined(schema);
    const ScenarioSetValidation v = validate_scenario_set(text);
    EXPECT_TRUE(v.ok()) << joined(v.issues);
    EXPECT_TRUE(v.issues.empty()) << joined(v.issues);
}

constexpr const char* kGood = R"({"id": "s", "title": "t", "channel": "x", "customer_name": "Ana",
    "customer_post": "Late again.", "key_points": [{"id": "k", "label": "l", "kind": "apology"}],
    "model_answers": ["Sorry Ana."]})";

std::string set_of(const std::string& scenario) { return R"({"id": "demo", "scenarios": [)" + scenario + "]}"; }

std::string with(std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
}

TEST(ScenarioSchema, SchemaAndLoaderAcceptTheSameGoodSet) {
    const std::string good = set_of(kGood);
    EXPECT_TRUE(scenario_schema_issues(good).empty()) << joined(scenario_schema_issues(good));
    EXPECT_TRUE(load_scenario_set(good).ok());
}

TEST(ScenarioSchema, SchemaAndLoaderRejectTheSameBrokenSets) {
    const std::string broken[] = {
        R"({"scenarios": []})",
        R"({"id": "demo"})",
        R"({"id": "demo", "scenarios": []})",
        R"({"id": "demo", "schema_version": 2, "scenarios": [)" + std::string(kGood) + "]}",
        R"({"id": "demo", "packs": "x", "scenarios": [)" + std::string(kGood) + "]}",
        set_of(with(kGood, R"("channel": "x")", R"("channel": "myspace")")),
        set_of(with(kGood, R"("channel": "x",)", "")),
        set_of(with(kGood, R"("customer_post": "Late again.")", R"("customer_post": "")")),
        set_of(with(kGood, R"("model_answers": ["Sorry Ana."])", R"("model_answers": [])")),
        set_of(with(kGood, R"("model_answers": ["Sorry Ana."])", R"("model_answers": "Sorry Ana.")")),
        set_of(with(kGood, R"("title": "t")", R"("title": "t", "mood": "upset")")),
        set_of(with(kGood, R"("channel": "x")", R"("channel": "x", "visibility": "secret")")),
        set_of(with(kGood, R"("channel": "x")", R"("channel": "x", "situation": "late")")),
        set_of(with(kGood, R"("key_points": [{"id": "k", "label": "l", "kind": "apology"}])", R"("key_points": [])")),
        set_of(with(kGood, R"("kind": "apology")", R"("kind": "sorry")")),
        set_of(with(kGood, R"("kind": "apology")", R"("kind": "mentions")")),
        set_of(with(kGood, R"("kind": "apology")", R"("kind": "mentions", "phrases": [])")),
        set_of(with(kGood, R"("kind": "apology")", R"("kind": "mentions", "phrases": [""])")),
        set_of(with(kGood, R"("kind": "apology")", R"("kind": "avoids")")),
        set_of(with(kGood, R"("kind": "apology")", R"("kind": "avoids", "rule": "tone.rude")")),
        set_of(with(kGood, R"("kind": "apology")", R"("kind": "empathy", "phrases": ["sorry"])")),
        set_of(with(kGood, R"("kind": "apology")", R"("kind": "apology", "rule": "tone.defensive")")),
        set_of(with(kGood, R"("kind": "apology")", R"("kind": "apology", "weight": 2)")),
        set_of(with(kGood, R"("label": "l", )", "")),
        set_of(with(kGood, R"("title": "t")", R"("title": "t", "facts": [3])")),
    };
    for (const std::string& text : broken) {
        EXPECT_FALSE(scenario_schema_issues(text).empty()) << "schema accepts: " << text;
        EXPECT_FALSE(load_scenario_set(text).ok()) << "loader accepts: " << text;
        EXPECT_FALSE(validate_scenario_set(text).ok()) << text;
    }
}

TEST(ScenarioSchema, ValidationDoesNotRepeatTheLoadersIssues) {
    const std::string text = set_of(with(kGood, R"("kind": "apology")", R"("kind": "sorry")"));
    const ScenarioSetValidation v = validate_scenario_set(text);
    ASSERT_FALSE(v.ok());
    // The schema's "does not match any of the allowed forms" sits at the key point, the loader's
    // complaint at "kind": two places, two issues, each once.
    std::vector<std::string> places;
    for (const DocumentIssue& i : v.issues) places.push_back(std::to_string(i.line) + ":" + std::to_string(i.column));
    std::sort(places.begin(), places.end());
    EXPECT_EQ(std::adjacent_find(places.begin(), places.end()), places.end()) << joined(v.issues);
}

}  // namespace
}  // namespace replycheck
