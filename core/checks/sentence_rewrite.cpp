#include "checks/sentence_rewrite.h"

#include <algorithm>

#include "checks/names.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

// How the sentence [start, end) addresses the customer: "Hi Owen" when a greeting and a name open
// it, "Jay" for a name anywhere else in it; empty when it names no one.
std::string address_in(const CheckContext& ctx, Segment sentence) {
    const SentenceAnalysis& a = ctx.sentences();
    const auto& tokens = ctx.draft.tokens();
    const std::vector<std::string>& names = customer_names(ctx);
    for (const Vocative& v : a.vocatives()) {
        const std::uint32_t from = tokens[v.first_token].start, to = tokens[v.last_token].end;
        if (from < sentence.start || to > sentence.end) continue;
        // "Relax," and "Chill," stand like a name but are the very words being removed.
        if (a.has_cue(v.first_token, Cue::dismissive) || a.has_cue(v.first_token, Cue::defensive)) continue;
        if (!names.empty() && !names_match(ctx.draft.slice(tokens[v.first_token]), names)) continue;
        const std::string name(ctx.draft.slice(from, to));
        // Only greeting words before the name: the greeting goes along ("Chill, Jonas" does not).
        std::uint32_t opening = v.first_token;
        while (opening > 0 && tokens[opening - 1].start >= sentence.start &&
               (a.has_cue(opening - 1, Cue::greeting) || tokens[opening - 1].kind != TokenKind::word))
            --opening;
        const bool greeted = opening < v.first_token && tokens[opening].start >= sentence.start &&
                             a.has_cue(opening, Cue::greeting);
        if (!greeted) return name;
        return std::string(ctx.draft.slice(tokens[opening].start, to));
    }
    // No vocative ("All sorted, Kat: …"): the customer's name wherever it stands.
    for (std::uint32_t k = 0; k < tokens.size(); ++k)
        if (tokens[k].start >= sentence.start && tokens[k].end <= sentence.end && tokens[k].kind == TokenKind::word &&
            a.capitalised_inside_sentence(ctx.draft, k) && names_match(ctx.draft.slice(tokens[k]), names))
            return std::string(ctx.draft.slice(tokens[k]));
    return {};
}

// "The fare rules…" after "Simon, ": the first letter goes small unless the word is "I", an
// acronym or a name (a capital it keeps inside sentences too).
std::string lead_with(std::string_view address, std::string_view sentence) {
    std::string out = std::string(address) + ", ";
    std::string rest(sentence);
    const std::size_t word_end = std::min(rest.find_first_of(" ,.'’!?"), rest.size());
    const std::string_view first(rest.data(), word_end);
    const bool keeps_capital = first == "I" || (first.size() > 1 && std::all_of(first.begin(), first.end(), [](char c) {
                                   return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                               }));
    if (!rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z' && !keeps_capital) rest[0] = static_cast<char>(rest[0] - 'A' + 'a');
    return out + rest;
}

}  // namespace

Segment whole_sentence(const CheckContext& ctx, std::uint32_t offset) {
    Segment s = sentence_span(ctx.draft, offset);
    const Entities& entities = ctx.draft_entities();
    const auto size = static_cast<std::uint32_t>(ctx.draft.text().size());
    // Bounded: each step takes in at least one more entity.
    for (int step = 0; step < 16; ++step) {
        const Entity* cut_start = s.start > 0 ? entities.at(s.start - 1) : nullptr;
        const Entity* cut_end = s.end < size ? entities.at(s.end) : nullptr;
        if (cut_start != nullptr && cut_start->start < s.start)
            s.start = sentence_span(ctx.draft, cut_start->start).start;
        else if (cut_end != nullptr && cut_end->start < s.end)
            s.end = std::max(cut_end->end, sentence_span(ctx.draft, cut_end->end - 1).end);
        else
            break;
    }
    return s;
}

Suggestion rewrite_sentence(const CheckContext& ctx, std::uint32_t offset, std::string label, std::string_view replacement) {
    const std::string& text = ctx.draft.text();
    const Segment sentence = whole_sentence(ctx, offset);
    const std::uint32_t start = std::max(sentence.start, std::min(after_leading_mentions(text), offset));
    const std::string address = address_in(ctx, {start, sentence.end});
    if (!replacement.empty()) {
        return make_suggestion(std::move(label), address.empty() ? std::string(replacement) : lead_with(address, replacement),
                               start, sentence.end, false);
    }
    std::uint32_t end = sentence.end;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\n')) ++end;
    if (address.empty() || end >= text.size()) return make_suggestion(std::move(label), "", start, end, false);
    // The name moves to the next sentence, which the fix then covers too.
    const Segment next = whole_sentence(ctx, end);
    return make_suggestion(std::move(label), lead_with(address, std::string_view(text).substr(end, next.end - end)), start,
                           next.end, false);
}

}  // namespace replycheck::checks
