#include <stdexcept>

#include "check/check.h"

namespace replycheck {

std::span<const PhraseMatch> CheckContext::phrase_matches() const {
    const PhraseMatchSet* set = phrase_match_set;
    if (set == nullptr) {
        if (!computed_phrase_matches)
            computed_phrase_matches = std::make_shared<const PhraseMatchSet>(compiled.match_phrases(draft));
        set = computed_phrase_matches.get();
    }
    if (rule >= kRuleCount) return {};
    const int list = compiled.rule(rule).phrase_list;
    if (list < 0) return {};
    const std::vector<PhraseMatch>& all = set->by_list[static_cast<std::size_t>(list)];
    if (all.empty()) return all;
    if (conditioned_matches.size() < kRuleCount) conditioned_matches.resize(kRuleCount);
    auto& kept = conditioned_matches[rule];
    if (!kept) {
        kept.emplace();
        const SentenceAnalysis& a = sentences();
        for (const PhraseMatch& m : all) {
            const PhraseEntry* e = m.entry;
            bool in_entity = false;
            for (std::size_t t = m.first_token; t <= m.last_token; ++t) in_entity |= a.in_entity(t);
            if (in_entity) continue;
            if (e != nullptr && !e->match_negated && a.negated(m.first_token)) continue;
            if (e != nullptr && e->when != PhraseWhen::any) {
                const bool asks = a.clause_of(m.first_token).mood != ClauseMood::statement;
                if ((e->when == PhraseWhen::request) != asks) continue;
            }
            kept->push_back(m);
        }
    }
    return *kept;
}

double CheckContext::param(std::string_view name) const {
    if (rule < kRuleCount) {
        const auto& declared = kRules[rule].params;
        for (std::size_t k = 0; k < declared.size(); ++k)
            if (declared[k].name == name) return compiled.rule(rule).params[k];
    }
    throw std::logic_error("rule param \"" + std::string(name) + "\" is not declared in rules/rule_list.h");
}

const LengthReport& CheckContext::draft_length() const {
    if (length != nullptr) return *length;
    if (!computed_length) computed_length = measure_length(draft.text(), channel);
    return *computed_length;
}

const Entities& CheckContext::draft_entities() const {
    if (entities != nullptr) return *entities;
    if (!computed_entities) computed_entities = find_entities(draft, compiled.locale());
    return *computed_entities;
}

const SentenceAnalysis& CheckContext::sentences() const {
    if (analysis != nullptr) return *analysis;
    if (!computed_analysis) computed_analysis.emplace(draft, draft_entities(), sentence_cues(compiled.locale()));
    return *computed_analysis;
}

}  // namespace replycheck
