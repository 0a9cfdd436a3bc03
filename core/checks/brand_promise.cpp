// brand.promise: a promise the brand has not approved. Read from the sentence: a coming outcome
// stated as certain ("we will definitely refund you today", "it'll be back next week for sure")
// or a giveaway committed to ("we'll give you a free upgrade"), outside negation ("seats aren't
// guaranteed" declines to promise) and not hedged ("usually arrives", "can be returned for a full
// refund"). The pack's phrase list adds wordings of its own, under the same guards.
#include <algorithm>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "checks/phrase_rule.h"
#include "text/letter_case.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

// Whether a sentence speaks of what is to come, in the clause at hand or anywhere, and hedges.
struct Outlook {
    bool future_in_clause = false;
    bool future_in_sentence = false;
    bool hedged = false;
};

Outlook outlook_at(const CheckContext& ctx, std::uint32_t token) {
    const SentenceAnalysis& a = ctx.sentences();
    const std::uint32_t clause = a.clause_index(token), sentence = a.clause_of(token).sentence;
    Outlook o;
    for (const CueHit& h : a.cues()) {
        if (a.clause_of(h.first).sentence != sentence || a.negated(h.first)) continue;
        if (h.cue == Cue::future) {
            o.future_in_sentence = true;
            o.future_in_clause |= a.clause_index(h.first) == clause;
        }
        o.hedged |= h.cue == Cue::hedge;
    }
    return o;
}

}  // namespace

void brand_promise(const CheckContext& ctx, Findings& out) {
    const SentenceAnalysis& a = ctx.sentences();
    const auto& tokens = ctx.draft.tokens();
    // Each pack wording is reported; a cue once per sentence, and never on words a pack wording
    // already covers (its fix would leave "for sure" in the same sentence unflagged otherwise).
    std::vector<std::uint32_t> cue_sentences;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pack_tokens;
    auto report = [&](std::uint32_t first, std::uint32_t last, std::string because, Certainty certainty,
                      const PhraseEntry* entry) {
        const std::uint32_t sentence = a.clause_of(first).sentence;
        if (entry == nullptr) {
            const bool spoken_for = std::find(cue_sentences.begin(), cue_sentences.end(), sentence) != cue_sentences.end() ||
                                    std::any_of(pack_tokens.begin(), pack_tokens.end(), [&](const auto& p) {
                                        return p.first <= last && first <= p.second;
                                    });
            if (spoken_for) return;
            cue_sentences.push_back(sentence);
        } else {
            pack_tokens.emplace_back(first, last);
        }
        const std::uint32_t start = tokens[first].start, end = tokens[last].end;
        Finding f = make_finding(entry != nullptr && !entry->reason.empty()
                                     ? entry->reason
                                     : "“" + std::string(ctx.draft.slice(start, end)) +
                                           "” promises something the brand has not approved; say what you will do instead.",
                                 start, end);
        f.because = std::move(because);
        f.certainty = certainty;
        if (entry != nullptr && !entry->replacement.empty())
        {
            const std::string replacement = match_case(ctx.draft.slice(start, end), entry->replacement);
            f.suggestions.push_back(make_suggestion(fill("Say “{}”", replacement), replacement, start, end, false));
        }
        out.push_back(std::move(f));
    };
    // The pack's wordings first: they carry the brand's own rewrite.
    for (const PhraseMatch& m : ctx.phrase_matches()) {
        const auto first = static_cast<std::uint32_t>(m.first_token);
        // "our Guaranteed Delivery option" names a product.
        if (a.capitalised_inside_sentence(ctx.draft, first) || outlook_at(ctx, first).hedged) continue;
        report(first, static_cast<std::uint32_t>(m.last_token), "the pack lists “" + std::string(ctx.draft.slice(m.start, m.end)) + "”",
               Certainty::certain, m.entry);
    }
    for (const CueHit& h : a.cues()) {
        const bool promise_cue = h.cue == Cue::promise_certainty || h.cue == Cue::promise_pledge || h.cue == Cue::promise_giveaway;
        if (!promise_cue || a.negated(h.first) ||
            a.in_entity(h.first) || a.capitalised_inside_sentence(ctx.draft, h.first))
            continue;
        const Outlook o = outlook_at(ctx, h.first);
        if (o.hedged) continue;
        const std::string words(ctx.draft.slice(tokens[h.first].start, tokens[h.last].end));
        if ((h.cue == Cue::promise_certainty && o.future_in_clause) || h.cue == Cue::promise_pledge)
            report(h.first, h.last, "states a coming outcome as certain: “" + words + "”", Certainty::certain, nullptr);
        else if (h.cue == Cue::promise_giveaway && o.future_in_sentence)
            report(h.first, h.last, "commits to a giveaway: “" + words + "”", Certainty::likely, nullptr);
    }
}

}  // namespace replycheck::checks
