// Every rule example in the shipped packs is a test: good drafts raise no finding of their rule,
// bad drafts at least one. The same runner backs `replycheck pack test`.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "engine/pack_examples.h"
#include "pack/compiled_pack.h"
#include "pack/pack_loader.h"
#include "rules/rules.h"

namespace replycheck {
namespace {

std::string read_template(const std::string& name) {
    std::ifstream in(std::string(REPLYCHECK_SOURCE_DIR) + "/templates/" + name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Loads the default pack and, when given, one brand pack on top of it.
std::shared_ptr<const CompiledPack> load(const std::string& file) {
    static std::map<std::string, Pack> loaded;
    auto lookup = [](std::string_view id) -> const Pack* {
        const auto it = loaded.find(std::string(id));
        return it == loaded.end() ? nullptr : &it->second;
    };
    if (loaded.count("social-care") == 0) {
        auto base = load_pack(read_template("social-care.json"), lookup);
        EXPECT_TRUE(base.ok()) << base.report("social-care.json");
        if (!base.ok()) return nullptr;
        loaded["social-care"] = *base.pack;
    }
    if (file == "social-care.json") return CompiledPack::compile(loaded["social-care"]);
    auto result = load_pack(read_template(file), lookup);
    EXPECT_TRUE(result.ok()) << result.report(file);
    if (!result.ok()) return nullptr;
    return CompiledPack::compile(*result.pack);
}

void expect_examples_pass(const std::string& file) {
    const auto pack = load(file);
    ASSERT_NE(pack, nullptr);
    const PackExamplesReport report = run_pack_examples(*pack);
    for (const ExampleFailure& f : report.failures)
        ADD_FAILURE() << file << " " << f.rule << (f.good ? " good[" : " bad[") << f.index << "] \"" << f.draft
                      << "\": " << f.problem;
    EXPECT_GT(report.passed, 20u);
}

TEST(PackExamples, SocialCarePackExamplesPass) { expect_examples_pass("social-care.json"); }

// Rules whose check offers no wording yet, so no bad example can check a fix. Each is a gap: a
// finding should always come with concrete wording.
// Rules whose bad examples may go without a checked fix; none today. A new rule without a fix goes here,
// with the reason in its note.
constexpr std::string_view kRulesWithoutAFix[] = {""};

// Every rule is taught by the shipped packs: why it exists, a good example, two bad ones, and the
// fix of at least one of them checked. Voice rules (contractions, formality, sign-off, brand names,
// link domains) fire only in a brand pack that sets the voice, so the packs are counted together.
TEST(PackExamples, ShippedPacksCoverEveryRule) {
    const auto base = load("social-care.json");
    ASSERT_NE(base, nullptr);
    std::vector<std::shared_ptr<const CompiledPack>> packs = {base, load("skyway-airlines.json"),
                                                              load("brightwave-telecom.json")};
    for (const RuleInfo& rule : kRules) {
        const auto it = base->pack().rules.find(std::string(rule.id));
        ASSERT_NE(it, base->pack().rules.end()) << rule.id;
        EXPECT_FALSE(it->second.why.empty()) << rule.id;
        EXPECT_FALSE(it->second.good.empty()) << rule.id;
        std::size_t bad = 0, fixed = 0;
        for (const auto& pack : packs) {
            ASSERT_NE(pack, nullptr);
            // A brand pack's entry repeats its parent's examples (extends appends), so only the
            // examples it adds are counted for it.
            const auto own = pack->pack().rules.find(std::string(rule.id));
            if (own == pack->pack().rules.end()) continue;
            const std::size_t inherited = pack == base ? 0 : it->second.bad.size();
            for (std::size_t i = inherited; i < own->second.bad.size(); ++i) {
                ++bad;
                fixed += own->second.bad[i].fixed.has_value();
            }
        }
        EXPECT_GE(bad, 2u) << rule.id;
        const bool has_no_fix = std::find(std::begin(kRulesWithoutAFix), std::end(kRulesWithoutAFix), rule.id) !=
                                std::end(kRulesWithoutAFix);
        if (has_no_fix) EXPECT_EQ(fixed, 0u) << rule.id << " now has a checked fix: take it off kRulesWithoutAFix";
        else EXPECT_GE(fixed, 1u) << rule.id << " has no bad example with \"fixed\"";
    }
    EXPECT_GE(base->pack().templates.size(), 10u);
}

TEST(PackExamples, AWrongFixedDraftFails) {
    const auto loaded = load_pack(R"({"id": "p", "rules": {"brand.capitalization": {"bad": [
        {"draft": "Welcome to skyway.", "fixed": "Welcome to Skyway."},
        {"draft": "Welcome to skyway.", "fixed": "Welcome to SkyWay."}]}}, "brand_names": ["SkyWay"]})",
                                  nullptr);
    ASSERT_TRUE(loaded.ok()) << loaded.report();
    const PackExamplesReport report = run_pack_examples(*CompiledPack::compile(*loaded.pack));
    EXPECT_EQ(report.passed, 1u);
    ASSERT_EQ(report.failures.size(), 1u);
    EXPECT_EQ(report.failures[0].index, 0u);
    EXPECT_NE(report.failures[0].problem.find("Welcome to SkyWay."), std::string::npos) << report.failures[0].problem;
}

TEST(PackExamples, OnlyBadExamplesHaveAFix) {
    const auto loaded = load_pack(R"({"id": "p", "rules": {"tone.shouting": {"good": [{"draft": "Hi", "fixed": "x"}]}}})",
                                  nullptr);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.report().find("$.rules[\"tone.shouting\"].good[0].fixed"), std::string::npos) << loaded.report();
}

}  // namespace
}  // namespace replycheck

namespace replycheck {
namespace {

TEST(PackExamples, SkyWayAirlinesExamplesPass) { expect_examples_pass("skyway-airlines.json"); }
TEST(PackExamples, BrightWaveTelecomExamplesPass) { expect_examples_pass("brightwave-telecom.json"); }

}  // namespace
}  // namespace replycheck
