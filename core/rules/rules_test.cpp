#include <gtest/gtest.h>

#include <set>
#include <string>

#include "checks/checks.h"
#include "rules/rules.h"

namespace replycheck {
namespace {

TEST(Rules, IdsAreUniqueAndDotted) {
    std::set<std::string_view> seen;
    for (const RuleInfo& rule : kRules) {
        EXPECT_TRUE(seen.insert(rule.id).second) << rule.id;
        EXPECT_NE(rule.id.find('.'), std::string_view::npos) << rule.id;
        EXPECT_EQ(rule.id, kRuleIds[static_cast<std::size_t>(&rule - kRules)]);
    }
}

TEST(Rules, ParamsHaveSaneRangesAndFallbacksInside) {
    for (const RuleInfo& rule : kRules)
        for (const ParamSpec& p : rule.params) {
            EXPECT_FALSE(p.name.empty()) << rule.id;
            EXPECT_LE(p.minimum, p.maximum) << rule.id << " " << p.name;
            EXPECT_GE(p.fallback, p.minimum) << rule.id << " " << p.name;
            EXPECT_LE(p.fallback, p.maximum) << rule.id << " " << p.name;
            EXPECT_EQ(rule.find_param(p.name), &p);
        }
    EXPECT_EQ(find_rule("tone.over_apology")->params.size(), 2u);
    EXPECT_TRUE(find_rule("tone.shouting")->params.empty());
    EXPECT_EQ(find_rule("tone.shouting")->find_param("max_apologies"), nullptr);
}

TEST(Rules, LookupsAgree) {
    EXPECT_EQ(rule_index("placeholder.unfilled"), 0u);
    EXPECT_FALSE(rule_index("tone.defensiv"));
    EXPECT_FALSE(is_known_rule(""));
    EXPECT_TRUE(is_known_rule("resolution.no_next_step"));
    EXPECT_EQ(find_rule("nope"), nullptr);
}

TEST(Rules, EveryRuleHasItsCheckAndEachCheckKnowsItsRule) {
    const auto checks = all_checks();
    ASSERT_EQ(checks.size(), kRuleCount);
    for (std::size_t k = 0; k < kRuleCount; ++k) {
        ASSERT_NE(checks[k], nullptr) << kRules[k].id;
        EXPECT_EQ(rule_of_check(checks[k]), k) << kRules[k].id;
    }
    EXPECT_EQ(rule_of_check(nullptr), kRuleCount);
}

}  // namespace
}  // namespace replycheck
