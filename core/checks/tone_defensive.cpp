// tone.defensive: the reply argues in public — blames the customer ("you clearly entered it
// wrong"), denies any fault ("we did nothing wrong"), contradicts them ("that isn't what
// happened"), says it was already said, or closes the conversation. Read from the sentence
// analysis's stance cues and the pack's phrases (checks/stance.h), outside negation ("it's not
// your fault" is kind) and entities.
#include "checks/checks.h"
#include "checks/stance.h"

namespace replycheck::checks {
namespace {

// "you must have been so worried", "you should have received an email": empathy and what the
// customer was owed, not blame.
// "you must have access to", "you should have the refund by now" are requirements and
// expectations; blame is a past act: "you must have entered it wrong", "you should have read".
bool is_blame(const CheckContext& ctx, std::uint32_t, std::uint32_t last, std::string_view) {
    const auto& tokens = ctx.draft.tokens();
    if (tokens[last].folded != "have" || last + 1 >= tokens.size()) return true;
    const std::string& next = tokens[last + 1].folded;
    if (next == "been" || next == "felt" || next == "received" || next == "got" || next == "gotten" || next == "had" ||
        next == "heard" || next == "seen")
        return false;
    const bool participle = (next.size() > 3 && (next.ends_with("ed") || next.ends_with("en"))) || next == "read" ||
                            next == "put" || next == "set" || next == "done" || next == "made" || next == "sent" ||
                            next == "forgot" || next == "chosen" || next == "misread" || next == "misunderstood";
    return participle;
}

}  // namespace

void tone_defensive(const CheckContext& ctx, Findings& out) {
    report_stance(ctx, Cue::defensive, "“{}” argues with the customer in public; own the problem instead.", out, is_blame);
}

}  // namespace replycheck::checks
