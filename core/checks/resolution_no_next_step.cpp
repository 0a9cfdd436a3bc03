// A reply should leave the customer knowing what happens next (../shared/rule-rubric.md): an
// action for them (a request or question back, read from the sentence analysis), a route (a DM,
// a link, the brand's number), a time ("by Thursday"), or the brand's own coming action ("we'll
// refund it", "it should arrive Monday"), none of them negated. The pack's phrase list adds
// markers of its own. Sympathy, thanks or a denial alone is not a step.
#include <string>

#include <unicode/uchar.h>

#include "checks/checks.h"
#include "text/token_queries.h"
#include "text/utf8.h"

namespace replycheck::checks {
namespace {

// The first words of the reply's step, or an empty string when it has none.
std::string find_step(const CheckContext& ctx) {
    const SentenceAnalysis& a = ctx.sentences();
    const auto& tokens = ctx.draft.tokens();
    auto words = [&](std::uint32_t first, std::uint32_t last) {
        return std::string(ctx.draft.slice(tokens[first].start, tokens[last].end));
    };
    for (std::uint32_t k = 0; k < a.clauses().size(); ++k) {
        const Clause& c = a.clauses()[k];
        if (c.mood == ClauseMood::statement) continue;
        // "Why would you do that??" asks nothing of the customer: it argues.
        if (a.cue_in_clause(k, Cue::defensive) != nullptr || a.cue_in_clause(k, Cue::dismissive) != nullptr) continue;
        std::uint32_t first = c.first_token;
        while (first < c.end_token && tokens[first].kind == TokenKind::punctuation) ++first;
        if (first < c.end_token && !a.negated(first)) return words(first, c.end_token - 1);
    }
    for (const RouteMention& r : a.routes())
        if (r.route == Route::private_message || r.strong) return words(r.first_token, r.last_token);
    for (const Entity& e : ctx.draft_entities().all())
        if (e.kind == EntityKind::date || e.kind == EntityKind::time || e.kind == EntityKind::url ||
            (e.kind == EntityKind::phone && e.owner == EntityOwner::brand))
            return std::string(ctx.draft.slice(e.start, e.end));
    for (const CueHit& h : a.cues()) {
        if (h.cue != Cue::step_time && h.cue != Cue::brand_action) continue;
        if (a.negated(h.first) || (h.last + 1 < tokens.size() && tokens[h.last + 1].folded == "not")) continue;
        return words(h.first, h.last);
    }
    for (const PhraseMatch& m : ctx.phrase_matches()) return std::string(ctx.draft.slice(m.start, m.end));
    return {};
}

}  // namespace

void resolution_no_next_step(const CheckContext& ctx, Findings& out) {
    // A reply that answers a question ("Yes, it works on PS5") needs no step; one to a customer
    // whose post reads as a problem does.
    if (ctx.signals.mood != Mood::upset && ctx.signals.distress == 0) return;
    if (!find_step(ctx).empty()) return;
    const std::string& text = ctx.draft.text();
    const std::uint32_t end = trimmed_end(text);
    Finding f = make_finding("The reply offers no next step; say what you will do, by when, or what the customer "
                             "can do next.",
                             end, end);
    f.because = "no request, question, route, time or action of ours in the reply";
    // Signs of feeling make it sure; a post that only reads negative may have wanted an answer.
    f.certainty = ctx.signals.distress > 0 ? Certainty::certain : Certainty::possible;
    // A reply that stops mid-sentence ("So sorry, Zoé") needs a full stop before the new one.
    bool ends_mid_sentence = false;
    if (end > 0) {
        std::size_t last = end - 1;  // back to the lead byte of the last character
        while (last > 0 && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
        ends_mid_sentence = u_isalnum(static_cast<UChar32>(next_code_point(text, last)));
    }
    std::string step = std::string(ends_mid_sentence ? "." : "") + " Please send us a DM and we'll look into it for you.";
    f.suggestions.push_back(make_suggestion("Add a next step", std::move(step), end, end, false));
    out.push_back(std::move(f));
}

}  // namespace replycheck::checks
