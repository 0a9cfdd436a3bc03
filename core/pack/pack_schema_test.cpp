// templates/pack.schema.json and the loader must describe the same format: every shipped pack
// passes both, and a corpus of broken packs fails both.
#include <gtest/gtest.h>

#include <filesystem>

#include "json/json_tree.h"
#include "json/schema_test_support.h"
#include "json/schema_validator.h"
#include "pack/pack_registry.h"
#include "pack/pack_validation.h"
#include "rules/rules.h"

namespace replycheck {
namespace {

using testing::joined;

const testing::ShippedSchema& pack_schema() {
    static const testing::ShippedSchema schema("pack.schema.json");
    return schema;
}

std::vector<DocumentIssue> schema_issues(std::string_view text) { return pack_schema().issues(text); }

TEST(PackSchema, UsesOnlySupportedKeywords) { pack_schema().expect_usable(); }

// The schema is written by hand for editors; the rule list (rules/rule_list.h) is the truth.
TEST(PackSchema, NamesEveryRuleAndItsParamsAsTheCodeDeclaresThem) {
    const json::Value& root = pack_schema().root();
    const json::Value& rules = *root.find("properties")->find("rules")->find("properties");
    std::vector<std::string> listed;
    for (const json::Member& m : rules.members) listed.push_back(m.key);
    EXPECT_EQ(listed, std::vector<std::string>(kRuleIds.begin(), kRuleIds.end()));

    const json::Value& defs = *root.find("$defs");
    for (const RuleInfo& info : kRules) {
        const json::Value* rule = rules.find(info.id);
        ASSERT_NE(rule, nullptr) << info.id;
        const std::string ref = rule->find("$ref")->string;
        const json::Value* def = defs.find(ref.substr(std::string("#/$defs/").size()));
        ASSERT_NE(def, nullptr) << ref;
        const json::Value* params = def->find("properties")->find("params");
        if (info.params.empty()) {
            EXPECT_EQ(params, nullptr) << info.id << " takes no params, but its schema allows some";
            continue;
        }
        ASSERT_NE(params, nullptr) << info.id;
        const json::Value* no_others = params->find("additionalProperties");
        EXPECT_TRUE(no_others != nullptr && no_others->is(json::Kind::boolean) && !no_others->boolean) << info.id;
        const json::Value& props = *params->find("properties");
        ASSERT_EQ(props.members.size(), info.params.size()) << info.id;
        for (std::size_t k = 0; k < info.params.size(); ++k) {
            const ParamSpec& p = info.params[k];
            const json::Member& m = props.members[k];
            EXPECT_EQ(m.key, p.name) << info.id;
            const bool boolean = p.kind == ParamKind::boolean;
            EXPECT_EQ(m.value.find("type")->string, boolean ? "boolean" : "integer") << info.id << " " << p.name;
            const json::Value* fallback = m.value.find("default");
            ASSERT_NE(fallback, nullptr) << info.id << " " << p.name;
            if (boolean) {
                EXPECT_EQ(fallback->boolean, p.fallback != 0) << info.id << " " << p.name;
                continue;
            }
            EXPECT_EQ(fallback->number, p.fallback) << info.id << " " << p.name;
            EXPECT_EQ(m.value.find("minimum")->number, p.minimum) << info.id << " " << p.name;
            EXPECT_EQ(m.value.find("maximum")->number, p.maximum) << info.id << " " << p.name;
        }
    }
}

TEST(PackSchema, EveryShippedPackValidates) {
    PackRegistry registry;
    std::vector<std::filesystem::path> packs;
    for (const auto& entry : std::filesystem::directory_iterator(testing::templates_dir())) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".json" || name.find(".schema.") != std::string::npos ||
            name.find("scenario") != std::string::npos)
            continue;
        packs.push_back(entry.path());
    }
    ASSERT_FALSE(packs.empty());
    // Parents first: social-care is the built-in pack, brand packs extend it.
    for (const auto& path : packs) {
        const std::string text = testing::read_text(path);
        const auto schema = schema_issues(text);
        EXPECT_TRUE(schema.empty()) << path << "\n" << joined(schema);
        const PackValidation v = validate_pack_document(text, registry);
        EXPECT_TRUE(v.ok()) << path << "\n" << joined(v.issues);
    }
}

TEST(PackSchema, SchemaAndLoaderRejectTheSameBrokenPacks) {
    const char* broken[] = {
        R"({"name": "no id"})",
        R"({"id": "p", "schema_version": 2})",
        R"({"id": "p", "severty": "error"})",
        R"({"id": "p", "rules": {"tone.defensiv": {}}})",
        R"({"id": "p", "rules": {"tone.defensive": {"severity": "loud"}}})",
        R"({"id": "p", "rules": {"tone.defensive": {"phrases": [""]}}})",
        R"({"id": "p", "rules": {"tone.defensive": {"phrases": [{"replacement": "x"}]}}})",
        R"({"id": "p", "rules": {"tone.defensive": {"good": [{"note": "no draft"}]}}})",
        R"({"id": "p", "rules": {"tone.defensive": {"bad": [{"draft": "x", "visibility": "secret"}]}}})",
        R"({"id": "p", "rules": {"tone.defensive": {"params": {"max": "two"}}}})",
        R"({"id": "p", "rules": {"tone.defensive": {"params": {"max_apologies": 2}}}})",
        R"({"id": "p", "rules": {"tone.over_apology": {"params": {"max_apology": 2}}}})",
        R"({"id": "p", "rules": {"tone.over_apology": {"params": {"max_apologies": 1e38}}}})",
        R"({"id": "p", "rules": {"tone.over_apology": {"params": {"max_apologies": 0}}}})",
        R"({"id": "p", "rules": {"tone.over_apology": {"params": {"max_apologies": 1.5}}}})",
        R"({"id": "p", "rules": {"personal.not_specific": {"params": {"min_key_terms": -1}}}})",
        R"({"id": "p", "rules": {"brand.signoff": {"params": {"private": 1}}}})",
        R"({"id": "p", "rules": {"tone.defensive": {"bad": [{"draft": "x", "fixed": 3}]}}})",
        R"({"id": "p", "voice": {"emoji": "lots"}})",
        R"({"id": "p", "voice": {"max_emoji": 1.5}})",
        R"({"id": "p", "voice": {"max_exclamations": -1}})",
        R"({"id": "p", "terminology": [{"avoid": "wifi"}]})",
        R"({"id": "p", "terminology": [{"avoid": "wifi", "prefer": "Wi-Fi", "why": "x"}]})",
        R"({"id": "p", "templates": [{"id": "a"}]})",
        R"({"id": "p", "templates": [{"id": "a", "text": "t", "keywords": "late"}]})",
        R"({"id": "p", "brand_names": [3]})",
        R"({"id": "p", "channels": {"x": {"limit": 0}}})",
        R"({"id": "p", "channels": {"x": {"counting": "bytes"}}})",
        R"({"id": "p", "remove": {"rules": ["x"]}})",
        R"({"id": "p", "locale": ""})",
        R"(["not", "an", "object"])",
    };
    for (const char* text : broken) {
        EXPECT_FALSE(schema_issues(text).empty()) << "schema accepts: " << text;
        EXPECT_FALSE(load_pack(text, nullptr).ok()) << "loader accepts: " << text;
    }
}

TEST(PackSchema, ValidateReportsEachProblemOnceWithPosition) {
    PackRegistry registry;
    const PackValidation v = validate_pack_document("{\"id\": \"p\",\n \"voice\": {\"emoji\": \"lots\"}}", registry);
    ASSERT_FALSE(v.ok());
    ASSERT_EQ(v.issues.size(), 1u) << joined(v.issues);
    EXPECT_EQ(v.issues[0].to_string(), "2:21 $.voice.emoji: expected one of allow, limit, none");
}

TEST(SchemaValidator, SupportsItsKeywords) {
    const auto schema = json::parse(R"({
      "$defs": {"small": {"type": "integer", "minimum": 1, "maximum": 3}},
      "type": "object", "required": ["a"], "additionalProperties": false,
      "properties": {"a": {"$ref": "#/$defs/small"}, "b": {"type": "array", "items": {"enum": ["x", "y"]}, "maxItems": 2},
                     "c": {"anyOf": [{"type": "string", "minLength": 2}, {"type": "boolean"}]}}})");
    ASSERT_TRUE(schema.value);
    const SchemaValidator v(*schema.value);
    ASSERT_TRUE(v.schema_problems().empty());
    auto count = [&](const char* doc) { return v.validate(*json::parse(doc).value).size(); };
    EXPECT_EQ(count(R"({"a": 2, "b": ["x"], "c": true})"), 0u);
    EXPECT_EQ(count(R"({"a": 4})"), 1u);
    EXPECT_EQ(count(R"({"a": 1.5})"), 1u);
    EXPECT_EQ(count(R"({"b": ["z", "x", "y"]})"), 3u);  // missing a, bad item, too many
    EXPECT_EQ(count(R"({"a": 1, "c": "x"})"), 1u);
    EXPECT_EQ(count(R"({"a": 1, "d": 0})"), 1u);

    const auto unsupported = json::parse(R"({"type": "string", "pattern": "^a"})");
    EXPECT_EQ(SchemaValidator(*unsupported.value).schema_problems().size(), 1u);
}

}  // namespace
}  // namespace replycheck
