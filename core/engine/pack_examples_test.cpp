// Every rule example in the shipped packs is a test: good drafts raise no finding of their rule,
// bad drafts at least one. The same runner backs `replycheck pack test`.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "engine/pack_examples.h"
#include "pack/compiled_pack.h"
#include "pack/pack_loader.h"

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

TEST(PackExamples, SocialCareCoversEveryRule) {
    const auto pack = load("social-care.json");
    ASSERT_NE(pack, nullptr);
    for (const CheckDef& def : all_checks()) {
        const auto it = pack->pack().rules.find(std::string(def.rule));
        ASSERT_NE(it, pack->pack().rules.end()) << def.rule;
        EXPECT_FALSE(it->second.why.empty()) << def.rule;
        EXPECT_FALSE(it->second.good.empty()) << def.rule;
    }
    EXPECT_GE(pack->pack().templates.size(), 10u);
}

}  // namespace
}  // namespace replycheck

namespace replycheck {
namespace {

TEST(PackExamples, SkyWayAirlinesExamplesPass) { expect_examples_pass("skyway-airlines.json"); }
TEST(PackExamples, BrightWaveTelecomExamplesPass) { expect_examples_pass("brightwave-telecom.json"); }

}  // namespace
}  // namespace replycheck
