#include "pack/pack_loader.h"

#include <gtest/gtest.h>

#include "pack/pack_registry.h"

namespace replycheck {
namespace {

PackLoadResult load(std::string_view json, const PackLookup& lookup = nullptr) { return load_pack(json, lookup); }

// The first error as "line:col path: message".
std::string first_error(const PackLoadResult& r) {
    for (const DocumentIssue& i : r.issues)
        if (!i.warning) return i.to_string();
    return "(no error)";
}

TEST(PackLoader, LoadsAMinimalPack) {
    const auto r = load(R"({"id": "mini"})");
    ASSERT_TRUE(r.ok()) << r.report();
    EXPECT_EQ(r.pack->id, "mini");
    EXPECT_EQ(r.pack->name, "mini");
    EXPECT_EQ(r.pack->locale, "en");
}

TEST(PackLoader, BadSeverityNamesLineColumnAndPath) {
    const auto r = load("{\n  \"id\": \"p\",\n  \"rules\": {\"tone.defensive\": {\"severity\": \"loud\"}}\n}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(first_error(r),
              "3:44 $.rules[\"tone.defensive\"].severity: expected one of error, warning, suggestion, off");
}

TEST(PackLoader, PhraseConditionsAreReadAndCheckedByName) {
    const auto r = load(R"({"id": "p", "rules": {"brand.promise": {"phrases": [
        {"match": "we guarantee", "when": "statement"}, {"match": "free", "negated": "match"}]}}})");
    ASSERT_TRUE(r.ok()) << r.report();
    const auto& phrases = r.pack->rules.at("brand.promise").phrases;
    EXPECT_EQ(phrases[0].when, PhraseWhen::statement);
    EXPECT_FALSE(phrases[0].match_negated);
    EXPECT_TRUE(phrases[1].match_negated);
    const auto bad = load(R"({"id": "p", "rules": {"brand.promise": {"phrases": [{"match": "x", "when": "sometimes"}]}}})");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(first_error(bad).find("$.rules[\"brand.promise\"].phrases[0].when: expected \"any\", \"request\" or \"statement\""),
              std::string::npos)
        << first_error(bad);
}

TEST(PackLoader, MalformedJsonPointsAtTheProblem) {
    const auto r = load("{\n  \"id\": \"p\",\n  \"name\": }\n");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(first_error(r), "3:11 $: unexpected character, expected a value");
}

TEST(PackLoader, ColumnsCountCodePoints) {
    // "é" is two bytes but one column.
    const auto r = load("{\"name\": \"é\", \"id\": 5}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(first_error(r), "1:21 $.id: expected a string, got a number");
}

TEST(PackLoader, InvalidUtf8IsReportedAtItsByte) {
    const auto r = load("{\"id\": \"p\",\n \"name\": \"a\xFF\"}");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(first_error(r), "2:12 $: invalid UTF-8: byte 0xFF cannot start a UTF-8 sequence");
}

TEST(PackLoader, WrongTypesAndUnknownKeys) {
    const auto r = load(R"({"id": "p", "voice": {"max_emoji": "two", "colour": "red"}, "brand_names": "SkyWay"})");
    ASSERT_FALSE(r.ok());
    const std::string report = r.report();
    EXPECT_NE(report.find("$.voice.max_emoji: expected a number, got a string"), std::string::npos) << report;
    EXPECT_NE(report.find("$.voice.colour: unknown key \"colour\""), std::string::npos) << report;
    EXPECT_NE(report.find("$.brand_names: expected an array, got a string"), std::string::npos) << report;
}

TEST(PackLoader, UnknownRuleId) {
    const auto r = load(R"({"id": "p", "rules": {"tone.defensiv": {}}})");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(first_error(r), "1:23 $.rules[\"tone.defensiv\"]: unknown rule id \"tone.defensiv\"");
}

TEST(PackLoader, DuplicatesAreErrors) {
    EXPECT_EQ(first_error(load(R"({"id": "p", "templates": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]})")),
              "1:60 $.templates[1].id: duplicate template id \"a\"");
    EXPECT_EQ(first_error(load(R"({"id": "p", "terminology": [{"avoid": "WiFi", "prefer": "Wi-Fi"},
                                   {"avoid": "wifi", "prefer": "Wi-Fi"}]})")),
              "2:46 $.terminology[1].avoid: duplicate avoid term \"wifi\"");
    EXPECT_EQ(first_error(load(R"({"id": "p", "brand_names": ["SkyWay", "skyway"]})")),
              "1:39 $.brand_names[1]: duplicate brand name \"skyway\"");
    EXPECT_EQ(first_error(load(R"({"id": "p", "id": "q"})")), "1:13 $: duplicate key \"id\"");
}

TEST(PackLoader, LimitsAreEnforced) {
    const std::string long_phrase(201, 'a');
    EXPECT_EQ(first_error(load(R"({"id": "p", "banned_phrases": [")" + long_phrase + R"("]})")),
              "1:32 $.banned_phrases[0]: longer than 200 bytes");

    std::string many = R"({"id": "p", "terminology": [)";
    for (std::size_t i = 0; i <= PackLimits::max_terminology; ++i)
        many += (i ? "," : "") + std::string(R"({"avoid": "t)") + std::to_string(i) + R"(", "prefer": "x"})";
    many += "]}";
    EXPECT_NE(first_error(load(many)).find("$.terminology: more than 20000 entries"), std::string::npos);

    const std::string huge(PackLimits::max_document_bytes + 1, ' ');
    EXPECT_NE(first_error(load(huge)).find("the limit is 4 MiB"), std::string::npos);

    const std::string deep = "{\"id\": \"p\", \"x\": " + std::string(100, '[') + std::string(100, ']') + "}";
    EXPECT_NE(first_error(load(deep)).find("nesting deeper than 64 levels"), std::string::npos);
}

TEST(PackLoader, ExtendsNeedsALoadedParentAndNoCycle) {
    EXPECT_EQ(first_error(load(R"({"id": "brand", "extends": "nowhere"})")),
              "1:28 $.extends: no pack with id \"nowhere\" is loaded");
    EXPECT_EQ(first_error(load(R"({"id": "brand", "extends": "brand"})")), "1:28 $.extends: pack \"brand\" extends itself");

    Pack a;
    a.id = "a";
    a.extends = "b";
    Pack b;
    b.id = "b";
    const auto lookup = [&](std::string_view id) -> const Pack* { return id == "a" ? &a : id == "b" ? &b : nullptr; };
    // Reloading "b" on top of "a", which already extends the old "b", would close a loop.
    EXPECT_EQ(first_error(load(R"({"id": "b", "extends": "a"})", lookup)),
              "1:24 $.extends: cycle: \"a\" already extends \"b\"");
}

TEST(PackLoader, ExtendsMergesOntoTheParent) {
    const auto parent = load(R"({
      "id": "base", "name": "Base", "locale": "en-GB",
      "voice": {"emoji": "limit", "max_emoji": 2, "signoff": "^{initials}"},
      "terminology": [{"avoid": "wifi", "prefer": "Wi-Fi"}, {"avoid": "e-mail", "prefer": "email"}],
      "banned_phrases": ["calm down", "as per"],
      "brand_names": ["Acme"],
      "templates": [{"id": "delay", "text": "Sorry {name}"}],
      "rules": {"tone.defensive": {"severity": "warning", "why": "base why", "phrases": ["per our policy", "you should"],
                                   "good": [{"draft": "ok"}]}},
      "channels": {"x": {"display_name": "X", "limit": 280, "counting": "x_weighted"}}
    })");
    ASSERT_TRUE(parent.ok()) << parent.report();
    const auto lookup = [&](std::string_view id) -> const Pack* { return id == "base" ? &*parent.pack : nullptr; };
    const auto child = load(R"({
      "id": "brand", "extends": "base",
      "voice": {"max_emoji": 0},
      "terminology": [{"avoid": "WIFI", "prefer": "WiFi+"}, {"avoid": "login", "prefer": "sign in"}],
      "banned_phrases": ["no worries"],
      "remove": {"banned_phrases": ["As per"], "templates": ["missing"]},
      "templates": [{"id": "delay", "text": "Brand sorry"}, {"id": "refund", "text": "Refund"}],
      "rules": {"tone.defensive": {"severity": "error", "remove_phrases": ["you should"], "phrases": ["rules are rules"],
                                   "good": [{"draft": "fine"}]},
                "tone.profanity": {"severity": "off"}},
      "channels": {"x": {"limit": 200}}
    })", lookup);
    ASSERT_TRUE(child.ok()) << child.report();
    const Pack& p = *child.pack;
    EXPECT_EQ(p.id, "brand");
    EXPECT_EQ(p.extends, "base");
    EXPECT_EQ(p.locale, "en-GB");             // inherited scalar
    EXPECT_EQ(p.voice.emoji, "limit");        // inherited field of an object
    EXPECT_EQ(p.voice.max_emoji, 0);          // overridden field
    EXPECT_EQ(p.voice.signoff, "^{initials}");
    ASSERT_EQ(p.terminology.size(), 3u);      // replaced in place, then appended
    EXPECT_EQ(p.terminology[0].prefer, "WiFi+");
    EXPECT_EQ(p.terminology[2].avoid, "login");
    ASSERT_EQ(p.banned_phrases.size(), 2u);
    EXPECT_EQ(p.banned_phrases[0].match, "calm down");
    EXPECT_EQ(p.banned_phrases[1].match, "no worries");
    ASSERT_EQ(p.templates.size(), 2u);
    EXPECT_EQ(p.templates[0].text, "Brand sorry");
    const RuleSpec& defensive = p.rules.at("tone.defensive");
    EXPECT_EQ(defensive.severity, Severity::error);
    EXPECT_EQ(defensive.why, "base why");
    ASSERT_EQ(defensive.phrases.size(), 2u);
    EXPECT_EQ(defensive.phrases[1].match, "rules are rules");
    EXPECT_EQ(defensive.good.size(), 2u);
    EXPECT_FALSE(p.rules.at("tone.profanity").enabled);
    EXPECT_EQ(p.channels.at("x").limit, 200u);
    EXPECT_EQ(p.channels.at("x").display_name, "X");
    EXPECT_EQ(p.channels.at("x").counting, LengthCounting::x_weighted);
    // Removing what the parent lacks is only a warning.
    const std::string report = child.report();
    EXPECT_NE(report.find("$.remove.templates[0]: warning: \"missing\" is not in the parent pack"), std::string::npos)
        << report;
}

TEST(PackRegistry, HoldsTheBuiltInPackAndKeepsStateOnError) {
    PackRegistry registry;
    ASSERT_NE(registry.default_pack(), nullptr) << [] {
        std::string s;
        for (const auto& i : builtin_pack_issues()) s += i.to_string() + "\n";
        return s;
    }();
    EXPECT_EQ(registry.default_pack()->pack().id, "social-care");

    ASSERT_TRUE(registry.load(R"({"id": "brand", "extends": "social-care", "name": "One"})").ok());
    EXPECT_EQ(registry.find("brand")->pack().name, "One");
    const auto bad = registry.load(R"({"id": "brand", "extends": "social-care", "name": 3})");
    EXPECT_FALSE(bad.ok());
    EXPECT_EQ(registry.find("brand")->pack().name, "One");
    EXPECT_EQ(registry.ids().size(), 2u);
}

TEST(PackRegistry, LoadAllOrdersParentsFirstAndReportsCycles) {
    PackRegistry registry;
    const auto results = registry.load_all({
        {"child.json", R"({"id": "child", "extends": "mid"})"},
        {"mid.json", R"({"id": "mid", "extends": "social-care", "brand_names": ["Mid"]})"},
        {"x.json", R"({"id": "x", "extends": "y"})"},
        {"y.json", R"({"id": "y", "extends": "x"})"},
    });
    ASSERT_EQ(results.size(), 4u);
    EXPECT_TRUE(results[0].ok()) << results[0].report();
    EXPECT_TRUE(results[1].ok()) << results[1].report();
    EXPECT_EQ(registry.find("child")->pack().brand_names.back(), "Mid");
    EXPECT_FALSE(results[2].ok());
    EXPECT_NE(results[2].report().find("extends cycle"), std::string::npos) << results[2].report();
    EXPECT_FALSE(results[3].ok());
    EXPECT_EQ(registry.find("x"), nullptr);
}

TEST(PackLoader, HeaderIsReadWithoutLoading) {
    const PackHeader h = read_pack_header(R"({"id": "a", "extends": "b", "rules": {"nope": 1}})");
    EXPECT_EQ(h.id, "a");
    EXPECT_EQ(h.extends, "b");
}

}  // namespace
}  // namespace replycheck
