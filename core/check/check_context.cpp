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
    const int list = compiled.list_index(rule);
    if (list < 0) return {};
    return set->by_list[static_cast<std::size_t>(list)];
}

const LengthReport& CheckContext::draft_length() const {
    if (length != nullptr) return *length;
    if (!computed_length) computed_length = measure_length(draft.text(), channel);
    return *computed_length;
}

}  // namespace replycheck
