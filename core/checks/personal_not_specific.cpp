// A reply that could be pasted under any post ("Sorry for any inconvenience, DM us") tells the
// customer nobody read theirs. Conservative: only when the post names its issue clearly (at least
// two key terms from the engine), the reply has some length, and it shares no key term, not even
// by stem ("delayed" ~ "delay"). A happy customer ("Brilliant, it works now, cheers") needs no
// restating of their issue, so replies to them pass.
#include <algorithm>
#include <string>

#include "checks/checks.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

constexpr std::size_t kStem = 5;  // shared leading bytes that count as the same word

bool same_word(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const std::size_t n = std::min(a.size(), b.size());
    return n >= kStem && a.compare(0, kStem, b, 0, kStem) == 0;
}

}  // namespace

void personal_not_specific(const CheckContext& ctx, Findings& out) {
    const auto& terms = ctx.signals.key_terms;
    const auto min_terms = static_cast<std::size_t>(ctx.param("min_key_terms"));
    const auto min_words = static_cast<std::size_t>(ctx.param("min_reply_words"));
    if (terms.size() < min_terms || ctx.draft.word_count() < min_words) return;
    if (ctx.signals.mood == Mood::happy) return;
    for (const Token& t : ctx.draft.tokens()) {
        if (!is_wordish(t)) continue;
        for (const std::string& term : terms)
            if (same_word(t.folded, term)) return;
    }
    std::string listed;
    for (std::size_t i = 0; i < terms.size() && i < 3; ++i) listed += (i ? ", " : "") + terms[i];
    Finding f = make_finding("Nothing in the reply refers to the customer's issue (" + listed +
                                 "); mention it so the reply reads as written for them.",
                             0, 0);
    f.because = "the post is about " + listed + "; the reply names none of it";
    // A sentence naming the issue, after the reply's first sentence.
    const std::string& text = ctx.draft.text();
    const Segment first = sentence_span(ctx.draft, after_leading_mentions(text));
    std::uint32_t at = first.end;
    while (at > first.start && (text[at - 1] == ' ' || text[at - 1] == '\n')) --at;
    const bool closed = at > 0 && (text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?');
    f.suggestions.push_back(make_suggestion("Name the issue", std::string(closed ? "" : ".") + " Thanks for the details about the " + terms[0] + ".", at, at, false));
    out.push_back(std::move(f));
}

}  // namespace replycheck::checks
