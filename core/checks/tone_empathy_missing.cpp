// An upset customer (PostSignals::mood) should hear that someone understands before they hear
// the fix. The pack's phrase list for this rule holds the empathy markers ("sorry", "apologise",
// "understand", "frustrating", "thanks for your patience"); when none appears, suggest an opener.
#include <string>

#include "checks/checks.h"
#include "rules/rules.h"
#include "text/letter_case.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

constexpr std::string_view kOpener = "I'm sorry about this. ";
constexpr int kSureDistress = 2;
constexpr double kSureSentiment = -0.5;

bool is_greeting(const std::string& w) { return w == "hi" || w == "hello" || w == "hey" || w == "dear" || w == "hiya"; }

// After "@handle Hi Ravi, " so the opener follows the greeting.
std::uint32_t opener_position(const AnalysedText& draft) {
    const std::uint32_t at = after_leading_mentions(draft.text());
    const auto& tokens = draft.tokens();
    std::size_t k = 0;
    while (k < tokens.size() && tokens[k].start < at) ++k;
    if (k >= tokens.size() || !is_greeting(tokens[k].folded)) return at;
    // Skip to the end of the greeting: the first ',' '!' or '.' within four tokens.
    for (std::size_t j = k + 1; j < tokens.size() && j <= k + 4; ++j) {
        const std::string_view s = draft.slice(tokens[j]);
        if (s == "," || s == "!" || s == "." || s == "-" || s == "—") {
            std::uint32_t end = tokens[j].end;
            while (end < draft.text().size() && draft.text()[end] == ' ') ++end;
            return end;
        }
    }
    return at;
}

// True when tone.defensive or tone.dismissive would report the reply: the same reading of the
// sentence, with their own guards ("see the FAQ here: <link>" is help, not a brush-off).
bool argues_with_customer(const CheckContext& ctx) {
    for (const std::string_view id : {std::string_view("tone.defensive"), std::string_view("tone.dismissive")}) {
        CheckContext as_rule = ctx;
        as_rule.rule = *rule_index(id);
        Findings found;
        (id == "tone.defensive" ? tone_defensive : tone_dismissive)(as_rule, found);
        if (!found.empty()) return true;
    }
    return false;
}

}  // namespace

void tone_empathy_missing(const CheckContext& ctx, Findings& out) {
    const PostSignals& post = ctx.signals;
    if (post.mood != Mood::upset) return;
    if (!ctx.phrase_matches().empty()) return;
    const std::uint32_t at = opener_position(ctx.draft);
    Finding f = make_finding("The customer is upset and the reply does not acknowledge it; start with a "
                             "short apology or acknowledgement.",
                             at, at);
    // A post can score negative for naming a fault ("error", "crash") without any feeling in it;
    // only signs of feeling make the customer surely upset.
    const bool sure = post.distress >= kSureDistress && post.sentiment <= kSureSentiment;
    // A reply that argues with an upset customer ("We did nothing wrong here") and never
    // acknowledges them is the public exchange the guidelines warn about, whatever the post scores.
    const bool argues = argues_with_customer(ctx);
    f.certainty = sure ? Certainty::certain : argues ? Certainty::likely : Certainty::possible;
    f.because = sure    ? "the post shows how the customer feels (" + std::to_string(post.distress) +
                           " signs of distress) and the reply has no apology or acknowledgement"
              : argues ? "the customer is upset and the reply argues with them without acknowledging it"
                       : "the post reads negative; the reply has no apology or acknowledgement";
    // The opener is a sentence of its own, so the word after it starts a new one: "@zoe your
    // card…" becomes "@zoe I'm sorry about this. Your card…". Words with capitals of their own
    // ("iPhone") and scripts without case stay as they are.
    std::string text(kOpener);
    std::uint32_t end = at;
    const auto& tokens = ctx.draft.tokens();
    for (const Token& t : tokens) {
        if (t.start < at) continue;
        if (t.start == at && t.kind == TokenKind::word) {
            const std::string_view word = ctx.draft.slice(t);
            const CaseShape shape = case_shape(word);
            // match_case gives a word the capital of an original that starts with one.
            const std::string capitalised = match_case("X", word);
            if (shape.upper == 0 && capitalised != word) {
                text += capitalised;
                end = t.end;
            }
        }
        break;
    }
    f.suggestions.push_back(make_suggestion("Add an apology", std::move(text), at, end, false));
    out.push_back(std::move(f));
}

}  // namespace replycheck::checks
