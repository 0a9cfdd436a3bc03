#include "check/check.h"
#include "pack/compiled_pack.h"

namespace replycheck {

std::span<const PhraseMatch> CheckContext::phrase_matches(std::string_view rule) const {
    const PhraseMatchSet* set = phrase_match_set;
    if (set == nullptr) {
        if (!computed_phrase_matches)
            computed_phrase_matches = std::make_shared<const PhraseMatchSet>(compiled.match_phrases(draft));
        set = computed_phrase_matches.get();
    }
    const std::span<const CheckDef> checks = all_checks();
    const bool own_rule = running_check < checks.size() && checks[running_check].rule == rule;
    const int list = own_rule ? compiled.check_list(running_check) : compiled.list_index(rule);
    if (list < 0) return {};
    return set->by_list[static_cast<std::size_t>(list)];
}

const LengthReport& CheckContext::draft_length() const {
    if (length != nullptr) return *length;
    if (!computed_length) computed_length = measure_length(draft.text(), channel);
    return *computed_length;
}

}  // namespace replycheck
