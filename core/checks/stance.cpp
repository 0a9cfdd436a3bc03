#include "checks/stance.h"

#include <algorithm>
#include <string>

#include "checks/phrase_rule.h"
#include "checks/sentence_rewrite.h"
#include "text/letter_case.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

bool covered_by_friendly_idiom(const SentenceAnalysis& a, std::uint32_t first, std::uint32_t last) {
    for (const CueHit& h : a.cues())
        if (h.cue == Cue::friendly_idiom && h.first <= first && last <= h.last) return true;
    return false;
}

// Pack phrases arrive already outside entities and (unless the entry says otherwise) negation.
bool usable(const CheckContext& ctx, std::uint32_t first, std::uint32_t last, bool pack_phrase = false) {
    const SentenceAnalysis& a = ctx.sentences();
    for (std::uint32_t t = first; t <= last; ++t)
        if (a.in_entity(t)) return false;
    // "Our Chill Vibes playlist": one capitalised word inside a sentence is a name, not a stance.
    const bool a_name = first == last && a.capitalised_inside_sentence(ctx.draft, first);
    return (pack_phrase || !a.negated(first)) && !covered_by_friendly_idiom(a, first, last) && !a_name;
}

// Removing a sentence that blames or belittles keeps the rest of the reply; a one-sentence reply
// has nothing left, so it gets no fix.
void add_removal(const CheckContext& ctx, Finding& f) {
    const Segment sentence = whole_sentence(ctx, f.start);
    const bool alone = sentence.start <= after_leading_mentions(ctx.draft.text()) && sentence.end >= ctx.draft.text().size();
    if (!alone) f.suggestions.push_back(rewrite_sentence(ctx, f.start, "Remove this sentence", ""));
}

}  // namespace

void report_stance(const CheckContext& ctx, Cue cue, std::string_view message, Findings& out, StanceFilter keep) {
    const SentenceAnalysis& a = ctx.sentences();
    const auto& tokens = ctx.draft.tokens();
    std::uint32_t covered_until = 0;
    for (const CueHit& h : a.cues()) {
        if (h.cue != cue || h.first < covered_until || !usable(ctx, h.first, h.last)) continue;
        if (keep != nullptr && !keep(ctx, h.first, h.last, a.cue_data().stance_kinds()[h.detail])) continue;
        const std::uint32_t start = tokens[h.first].start, end = tokens[h.last].end;
        Finding f = make_finding(fill(message, ctx.draft.slice(start, end)), start, end);
        f.because = a.cue_data().stance_kinds()[h.detail] + ": “" + std::string(ctx.draft.slice(start, end)) + "”";
        // The pack's rewrite of the same words ("as I said" -> "to recap") beats removing them.
        const auto rewrite = std::find_if(ctx.phrase_matches().begin(), ctx.phrase_matches().end(), [&](const PhraseMatch& m) {
            return m.start < end && start < m.end && m.entry != nullptr && !m.entry->replacement.empty();
        });
        if (rewrite != ctx.phrase_matches().end()) {
            const std::string replacement = match_case(ctx.draft.slice(rewrite->start, rewrite->end), rewrite->entry->replacement);
            f.start = std::min(f.start, rewrite->start);
            f.end = std::max(f.end, rewrite->end);
            f.suggestions.push_back(make_suggestion(fill("Say “{}”", replacement), replacement, rewrite->start, rewrite->end, false));
        } else {
            add_removal(ctx, f);
        }
        out.push_back(std::move(f));
        covered_until = h.last + 1;
    }
    // The pack's own wordings, under the same guards, where no stance cue already spoke.
    for (const PhraseMatch& m : ctx.phrase_matches()) {
        const auto first = static_cast<std::uint32_t>(m.first_token), last = static_cast<std::uint32_t>(m.last_token);
        if (!usable(ctx, first, last, true) || (keep != nullptr && !keep(ctx, first, last, {}))) continue;
        const bool overlaps = std::any_of(out.begin(), out.end(), [&](const Finding& f) { return f.start < m.end && m.start < f.end; });
        if (overlaps) continue;
        Finding f = make_finding(m.entry != nullptr && !m.entry->reason.empty() ? m.entry->reason
                                                                               : fill(message, ctx.draft.slice(m.start, m.end)),
                                 m.start, m.end);
        f.because = "the pack lists “" + std::string(ctx.draft.slice(m.start, m.end)) + "”";
        if (m.entry != nullptr && !m.entry->replacement.empty())
        {
            const std::string replacement = match_case(ctx.draft.slice(m.start, m.end), m.entry->replacement);
            f.suggestions.push_back(make_suggestion(fill("Say “{}”", replacement), replacement, m.start, m.end, false));
        }
        else
            add_removal(ctx, f);
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
