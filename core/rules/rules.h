#pragma once
// The rule catalogue, derived from core/rules/rule_list.h: what packs, the loader, the engine and
// the app know about each rule without knowing how it is checked.
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "base/enums.h"
#include "rules/rule_list.h"

namespace replycheck {

enum class ParamKind : std::uint8_t { integer, boolean };

// A numeric knob of one rule that a pack may set under rules.<id>.params.<name>.
struct ParamSpec {
    std::string_view name;
    ParamKind kind = ParamKind::integer;
    double minimum = 0;
    double maximum = 0;
    double fallback = 0;  // used when the pack does not set it
};

struct RuleInfo {
    std::string_view id;
    Severity default_severity = Severity::warning;
    std::span<const ParamSpec> params;

    const ParamSpec* find_param(std::string_view name) const {
        for (const ParamSpec& p : params)
            if (p.name == name) return &p;
        return nullptr;
    }
};

namespace rule_list_detail {
#define REPLYCHECK_PARAM_INT(name, minimum, maximum, fallback) \
    ParamSpec{#name, ParamKind::integer, minimum, maximum, fallback}
#define REPLYCHECK_PARAM_BOOL(name, fallback) ParamSpec{#name, ParamKind::boolean, 0, 1, (fallback) ? 1.0 : 0.0}
// One array per rule, closed by an unnamed entry so that a rule without params has a valid array.
#define REPLYCHECK_PARAMS_OF(check, id, severity, ...) \
    inline constexpr ParamSpec check##_params[] = {__VA_ARGS__ __VA_OPT__(, ) ParamSpec{}};
REPLYCHECK_RULES(REPLYCHECK_PARAMS_OF, REPLYCHECK_PARAM_INT, REPLYCHECK_PARAM_BOOL)
#undef REPLYCHECK_PARAMS_OF
#undef REPLYCHECK_PARAM_INT
#undef REPLYCHECK_PARAM_BOOL
}  // namespace rule_list_detail

#define REPLYCHECK_RULE_INFO(check, id, severity, ...)               \
    RuleInfo{id, Severity::severity,                                 \
             std::span<const ParamSpec>(rule_list_detail::check##_params, \
                                        std::size(rule_list_detail::check##_params) - 1)},
#define REPLYCHECK_IGNORE_PARAM(...)
inline constexpr RuleInfo kRules[] = {
    REPLYCHECK_RULES(REPLYCHECK_RULE_INFO, REPLYCHECK_IGNORE_PARAM, REPLYCHECK_IGNORE_PARAM)};
#undef REPLYCHECK_RULE_INFO

#define REPLYCHECK_RULE_ID(check, id, ...) id,
inline constexpr std::array kRuleIds = {
    REPLYCHECK_RULES(REPLYCHECK_RULE_ID, REPLYCHECK_IGNORE_PARAM, REPLYCHECK_IGNORE_PARAM)};
#undef REPLYCHECK_RULE_ID
#undef REPLYCHECK_IGNORE_PARAM

inline constexpr std::size_t kRuleCount = std::size(kRules);

constexpr std::optional<std::size_t> rule_index(std::string_view id) {
    for (std::size_t k = 0; k < kRuleCount; ++k)
        if (kRules[k].id == id) return k;
    return std::nullopt;
}

constexpr bool is_known_rule(std::string_view id) { return rule_index(id).has_value(); }

constexpr const RuleInfo* find_rule(std::string_view id) {
    const auto k = rule_index(id);
    return k ? &kRules[*k] : nullptr;
}

}  // namespace replycheck
