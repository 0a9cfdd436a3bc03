// Casual wording in a brand whose voice is formal (voice.formality "formal"): "gonna", "thx",
// "yeah", "hey". The words and their formal replacements are the rule's phrase list in the pack;
// neutral and casual voices leave them to the agent.
#include <string>

#include "checks/checks.h"
#include "text/letter_case.h"

namespace replycheck::checks {
namespace {


// Capitals in a casual word are emphasis ("GONNA") or an abbreviation's habit ("TY", "ASAP"); a
// formal voice wants neither, so the formal form is written in sentence case.
std::string formal_form(const AnalysedText& text, std::string_view original, std::uint32_t start,
                        std::string_view replacement) {
    if (!in_capitals(original)) return match_case(original, replacement);
    const bool starts_sentence = text.sentences().empty() || text.sentences()[text.sentence_of(start)].start == start;
    return match_case(starts_sentence ? "X" : "x", replacement);
}

}  // namespace

void brand_formality(const CheckContext& ctx, Findings& out) {
    if (ctx.pack.voice.formality != "formal") return;
    for (const PhraseMatch& m : ctx.phrase_matches()) {
        if (m.entry == nullptr) continue;
        const std::string original(ctx.draft.slice(m.start, m.end));
        Finding f = make_finding(m.entry->reason.empty()
                                     ? "“" + original + "” is too casual for this brand's formal voice."
                                     : m.entry->reason,
                                 m.start, m.end);
        if (!m.entry->replacement.empty()) {
            const std::string formal = formal_form(ctx.draft, original, m.start, m.entry->replacement);
            f.suggestions.push_back(make_suggestion("Write “" + formal + "”", formal, m.start, m.end, true));
        }
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
