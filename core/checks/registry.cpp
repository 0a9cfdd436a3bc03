#include "checks/checks.h"

namespace replycheck {
namespace {

#define REPLYCHECK_CHECK_FUNCTION(check, ...) &checks::check,
#define REPLYCHECK_IGNORE_PARAM(...)
constexpr CheckFn kChecks[] = {
    REPLYCHECK_RULES(REPLYCHECK_CHECK_FUNCTION, REPLYCHECK_IGNORE_PARAM, REPLYCHECK_IGNORE_PARAM)};
#undef REPLYCHECK_CHECK_FUNCTION
#undef REPLYCHECK_IGNORE_PARAM
static_assert(std::size(kChecks) == kRuleCount);

}  // namespace

std::span<const CheckFn> all_checks() { return kChecks; }

std::size_t rule_of_check(CheckFn check) {
    std::size_t k = 0;
    while (k < kRuleCount && kChecks[k] != check) ++k;
    return k;
}

}  // namespace replycheck
