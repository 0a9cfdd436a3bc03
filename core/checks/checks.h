#pragma once
// One function per rule, each in core/checks/<rule>.cpp, declared from core/rules/rule_list.h.
#include <span>

#include "check/check.h"
#include "rules/rule_list.h"

namespace replycheck::checks {

#define REPLYCHECK_DECLARE_CHECK(check, ...) void check(const CheckContext& ctx, Findings& out);
#define REPLYCHECK_IGNORE_PARAM(...)
REPLYCHECK_RULES(REPLYCHECK_DECLARE_CHECK, REPLYCHECK_IGNORE_PARAM, REPLYCHECK_IGNORE_PARAM)
#undef REPLYCHECK_DECLARE_CHECK
#undef REPLYCHECK_IGNORE_PARAM

}  // namespace replycheck::checks

namespace replycheck {

// The check of kRules[k] is all_checks()[k].
std::span<const CheckFn> all_checks();

// Index in kRules of the rule `check` implements, or kRuleCount for a function that is no check.
std::size_t rule_of_check(CheckFn check);

}  // namespace replycheck
