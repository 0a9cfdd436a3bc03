// brand.promise: driven by the pack's phrase list for this rule (see phrase_rule.h). A negated
// match ("seats aren't guaranteed") declines to promise, which is what the rule asks for.
#include "checks/checks.h"
#include "checks/phrase_rule.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

bool is_promise(const CheckContext& ctx, const PhraseMatch& m) { return !negated_before(ctx.draft, m.first_token); }

}  // namespace

void brand_promise(const CheckContext& ctx, Findings& out) {
    report_phrase_matches(ctx, {"“{}” promises something the brand has not approved; say what you will do instead.", "Say “{}”", false, is_promise}, out);
}

}  // namespace replycheck::checks
