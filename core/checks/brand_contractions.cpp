// Contractions against the brand's voice (voice.contractions). "avoid" (formal brands) flags each
// contraction and offers the two words; "prefer" (friendly brands) flags the two words where the
// contraction reads naturally and offers it. "allow" leaves both alone.
//
// "prefer" stays quiet where a contraction would read wrong: at the end of a clause ("that's where
// it is."), before punctuation ("that is, ..."), on stressed capitals ("we do NOT share") and on
// "have" as a main verb ("the time we have is 15:30").
#include <array>
#include <string>

#include "checks/checks.h"
#include "match/token_normaliser.h"
#include "match/word_set.h"
#include "text/letter_case.h"

namespace replycheck::checks {
namespace {

constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

bool is_word(const Token& t) { return t.kind == TokenKind::word; }

// "we have a flight" keeps its "have": only the auxiliary before a past participle contracts
// ("we've sent", "we've been"). Irregular participles are listed; regular ones end in "ed".
constexpr WordSet kParticiples(std::to_array<std::string_view>(
    {"been", "got", "had", "seen", "done", "sent", "made", "found", "taken", "given", "heard", "spoken",
     "put", "set", "reset", "paid", "left", "lost", "told", "known", "written", "fixed"}));

bool contracts_before(std::string_view second, const Token& next) {
    if (second != "have") return true;
    const std::string& w = next.folded;
    return kParticiples.contains(w) || (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0);
}

// The two words a contraction stands for, in the reading its next word calls for: "it's been"
// is "it has been", "we'd been" is "we had been"; "can't" is written "cannot".
std::string expansion(const Contraction& c, const Token* next) {
    if (c.first == "can" && c.second == "not") return "cannot";
    std::string_view second = c.second;
    if (next != nullptr && (next->folded == "been" || next->folded == "got")) {
        if (second == "is") second = "has";
        if (second == "would") second = "had";
    }
    return std::string(c.first) + " " + std::string(second);
}

void flag_contractions(const CheckContext& ctx, Findings& out) {
    const auto& tokens = ctx.draft.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Contraction* c = is_word(tokens[i]) ? find_contraction(tokens[i].folded) : nullptr;
        if (c == nullptr) continue;
        const Token* next = i + 1 < tokens.size() && is_word(tokens[i + 1]) ? &tokens[i + 1] : nullptr;
        const std::string_view original = ctx.draft.slice(tokens[i]);
        const std::string full = match_case(original, expansion(*c, next));
        Finding f = make_finding("This brand's voice avoids contractions: “" + full + "” rather than “" +
                                     std::string(original) + "”.",
                                 tokens[i].start, tokens[i].end);
        f.suggestions.push_back(make_suggestion("Write “" + full + "”", full, tokens[i].start, tokens[i].end, true));
        out.push_back(std::move(f));
    }
}

void flag_full_forms(const CheckContext& ctx, Findings& out) {
    const auto& tokens = ctx.draft.tokens();
    const std::string& text = ctx.draft.text();
    // Written the way the draft writes its apostrophes.
    const bool curly = text.find(kCurlyApostrophe) != std::string::npos;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& a = tokens[i];
        if (!is_word(a)) continue;
        const bool cannot = a.folded == "cannot";
        const std::size_t last = cannot ? i : i + 1;
        // A word must follow: "that's where it is." and "that is, ..." keep their full form.
        if (last + 1 >= tokens.size() || !is_word(tokens[last]) || !is_word(tokens[last + 1])) continue;
        const Token& b = tokens[last];
        const Contraction* c = cannot ? find_contraction("can't") : contraction_of(a.folded, b.folded);
        if (c == nullptr || !contracts_before(c->second, tokens[last + 1])) continue;
        if (!cannot && text.compare(a.end, b.start - a.end, " ") != 0) continue;  // "we, are" is no pair
        if (in_capitals(ctx.draft.slice(a)) || in_capitals(ctx.draft.slice(b))) continue;  // stressed
        const std::string_view original = ctx.draft.slice(a.start, b.end);
        std::string contracted(c->contracted);
        if (curly) contracted.replace(contracted.find('\''), 1, kCurlyApostrophe);
        contracted = match_case(original, contracted);
        Finding f = make_finding("This brand's voice uses contractions: “" + contracted + "” reads warmer than “" +
                                     std::string(original) + "”.",
                                 a.start, b.end);
        f.suggestions.push_back(make_suggestion("Write “" + contracted + "”", contracted, a.start, b.end, true));
        out.push_back(std::move(f));
        i = last;
    }
}

}  // namespace

void brand_contractions(const CheckContext& ctx, Findings& out) {
    if (ctx.pack.voice.contractions == "avoid") flag_contractions(ctx, out);
    if (ctx.pack.voice.contractions == "prefer") flag_full_forms(ctx, out);
}

}  // namespace replycheck::checks
