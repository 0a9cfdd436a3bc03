// brand.banned_phrase: driven by the pack's phrase list for this rule (see phrase_rule.h).
#include "checks/checks.h"
#include "checks/phrase_rule.h"

namespace replycheck::checks {

void brand_banned_phrase(const CheckContext& ctx, Findings& out) {
    report_phrase_matches(ctx, {"“{}” is on this brand's list of phrases not to use.", "Use “{}”", false}, out);
}

}  // namespace replycheck::checks
