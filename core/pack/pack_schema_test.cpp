// templates/pack.schema.json and the loader must describe the same format: every shipped pack
// passes both, and a corpus of broken packs fails both.
#include <gtest/gtest.h>

#include <filesystem>

#include "pack/json_tree.h"
#include "pack/pack_validation.h"
#include "pack/schema_validator.h"
#include "pack/schema_test_support.h"

namespace replycheck {
namespace {

using testing::joined;

TEST(PackSchema, IsTheShippedFileAndUsesOnlySupportedKeywords) {
    testing::expect_shipped_schema("pack.schema.json", builtin_pack_schema());
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
