// tone.defensive: driven by the pack's phrase list for this rule (see phrase_rule.h), with two
// readings the list cannot express: "you must have been so worried" and "you should have been
// told" are empathy and admission, not blame, and "it's not your fault" is kind.
#include "checks/checks.h"
#include "checks/phrase_rule.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

bool is_blame(const CheckContext& ctx, const PhraseMatch& m) {
    const auto& tokens = ctx.draft.tokens();
    if (tokens[m.last_token].folded == "have" && m.last_token + 1 < tokens.size()) {
        const std::string& next = tokens[m.last_token + 1].folded;
        if (next == "been" || next == "felt") return false;
    }
    return !negated_before(ctx.draft, m.first_token);
}

}  // namespace

void tone_defensive(const CheckContext& ctx, Findings& out) {
    report_phrase_matches(ctx, {"“{}” sounds like blaming the customer; in public, own the problem instead.", "Say “{}”", false, is_blame}, out);
}

}  // namespace replycheck::checks
