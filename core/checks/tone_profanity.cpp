// tone.profanity: driven by the pack's phrase list for this rule (see phrase_rule.h). A one-word
// match that is the customer's own name ("Hi Dick") is a greeting, not an insult.
#include <algorithm>

#include "checks/checks.h"
#include "checks/names.h"
#include "checks/phrase_rule.h"
#include "text/letter_case.h"

namespace replycheck::checks {
namespace {

bool is_profane(const CheckContext& ctx, const PhraseMatch& m) {
    if (m.first_token != m.last_token) return true;
    const std::vector<std::string> names = acceptable_names(ctx.request);
    const std::string word = accent_key(ctx.draft.slice(m.start, m.end));
    return std::find(names.begin(), names.end(), word) == names.end();
}

}  // namespace

void tone_profanity(const CheckContext& ctx, Findings& out) {
    report_phrase_matches(ctx, {"“{}” is profanity or an insult, which a brand must never post.", "Use “{}”", false, is_profane}, out);
}

}  // namespace replycheck::checks
