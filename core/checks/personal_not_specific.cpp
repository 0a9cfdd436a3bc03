// A reply that could be pasted under any post ("Sorry for any inconvenience, DM us") tells the
// customer nobody read theirs. Conservative: only when the post names its issue clearly (at least
// two key terms from the engine), the reply has some length, and it shares no key term, not even
// by stem ("delayed" ~ "delay"). A happy customer ("Brilliant, it works now, cheers") needs no
// restating of their issue, so replies to them pass.
#include <algorithm>
#include <string>

#include "checks/checks.h"
#include "analysis/word_classes.h"
#include "checks/sentence_rewrite.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

constexpr std::size_t kStem = 5;  // shared leading bytes that count as the same word

bool same_word(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const std::size_t n = std::min(a.size(), b.size());
    return n >= kStem && a.compare(0, kStem, b, 0, kStem) == 0;
}

// What the suggestion thanks the customer for: a key term the post uses as the head of a noun
// phrase, right after a determiner or possessive ("my PS4", "the parcel"), as the customer wrote
// it; empty when none is.
std::string subject_of(const CheckContext& ctx, const std::vector<std::string>& terms) {
    const WordClasses& classes = word_classes(ctx.compiled.locale());
    const auto& tokens = ctx.post.tokens();
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        const std::string_view before = classes.usual_tag(tokens[k - 1].folded);
        if (before != "DET" && before != "PRON") continue;
        if (std::find(terms.begin(), terms.end(), tokens[k].folded) == terms.end() || !classes.names_a_thing(tokens[k].folded))
            continue;
        // "a dumb thing", "my phone bill": a noun after it makes the word a modifier, not the thing.
        if (k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::word && classes.names_a_thing(tokens[k + 1].folded))
            continue;
        return std::string(ctx.post.slice(tokens[k]));
    }
    return {};
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
    const Segment first = whole_sentence(ctx, after_leading_mentions(text));
    std::uint32_t at = first.end;
    while (at > first.start && (text[at - 1] == ' ' || text[at - 1] == '\n')) --at;
    const bool closed = at > 0 && (text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?');
    // Only a noun fits "the details about the …": "the router", never "the charged".
    if (const std::string subject = subject_of(ctx, terms); !subject.empty())
        f.suggestions.push_back(make_suggestion("Name the issue", std::string(closed ? "" : ".") + " Thanks for the details about the " + subject + ".", at, at, false));
    out.push_back(std::move(f));
}

}  // namespace replycheck::checks
