#pragma once
// A loaded pack made ready for checking: the Pack itself plus one phrase automaton over all of
// its phrase lists, built once when the pack loads. Immutable after compile(), so one instance is
// shared by every check and every thread.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "channel/channel_spec.h"
#include "match/token_phrases.h"
#include "pack/pack.h"
#include "rules/rules.h"
#include "text/analysed_text.h"

namespace replycheck {

// A phrase-list entry found in a draft, over folded tokens.
struct PhraseMatch {
    std::uint32_t start = 0;  // UTF-8 byte span in the draft
    std::uint32_t end = 0;
    std::size_t first_token = 0;  // index into the draft's tokens(), inclusive
    std::size_t last_token = 0;   // inclusive
    const PhraseEntry* entry = nullptr;
};

// The phrase matches of one draft, one list per phrase-list name (a rule id).
struct PhraseMatchSet {
    std::vector<std::vector<PhraseMatch>> by_list;
};

// What the pack makes of one rule of the catalogue (rules/rules.h). This is the one place where a
// rule's effective severity is decided: the pack's, or else the rule's default.
struct RuleSettings {
    bool enabled = true;
    Severity severity = Severity::warning;
    const RuleSpec* spec = nullptr;  // the pack's entry for the rule, or nullptr
    int phrase_list = -1;            // index in PhraseMatchSet::by_list, or -1 for none
    std::vector<double> params;      // by RuleInfo::params: the pack's value or the fallback

    // The severity of a finding of this rule with `certainty`: the pack's for a certain one, at
    // most a warning for a likely one, a suggestion for a possible one.
    Severity severity_of(Certainty certainty) const {
        switch (certainty) {
            case Certainty::certain: return severity;
            case Certainty::likely: return std::min(severity, Severity::warning);
            case Certainty::possible: return Severity::suggestion;
        }
        return severity;
    }
};

class CompiledPack {
public:
    // Phrase lists: each rule's `phrases` under its rule id, plus
    //   "brand.banned_phrase"   Pack::banned_phrases
    //   "brand.terminology"     terminology, as {match: avoid, replacement: prefer, reason}
    //   "brand.capitalization"  brand_names, as {match: name, replacement: name}: any casing
    // Phrases are analysed with the pack's locale, folded and normalised (token_normaliser.h);
    // a phrase that yields no tokens is skipped.
    static std::shared_ptr<const CompiledPack> compile(Pack pack);

    CompiledPack(const CompiledPack&) = delete;
    CompiledPack& operator=(const CompiledPack&) = delete;

    const Pack& pack() const { return pack_; }
    const char* locale() const { return pack_.locale.c_str(); }

    // Finds every phrase of every list in `draft` in one pass. Within a list, matches are
    // leftmost-longest and do not overlap: "so sorry" wins over "sorry" at the same place. Lists
    // are independent: one span may match in several lists.
    PhraseMatchSet match_phrases(const AnalysedText& draft) const;

    // Index of `list` in PhraseMatchSet::by_list, or -1 when the pack has no such list.
    int list_index(std::string_view list) const;

    std::size_t phrase_count() const { return phrase_count_; }

    // The channel `id` as this pack sets it (Pack::channels), else the built-in one; nullptr for an
    // id neither knows.
    const ChannelSpec* channel(std::string_view id) const;

    // The pack's settings for kRules[index] (index < kRuleCount), worked out once at compile time.
    const RuleSettings& rule(std::size_t index) const { return rules_[index]; }
    // By id; nullptr for an id outside the catalogue.
    const RuleSettings* rule(std::string_view id) const;

private:
    explicit CompiledPack(Pack pack) : pack_(std::move(pack)) {}
    void add_list(const std::string& name, const std::vector<PhraseEntry>& entries);

    struct Payload {
        std::uint32_t list;
        const PhraseEntry* entry;
    };
    Pack pack_;
    std::vector<PhraseEntry> term_phrases_;   // terminology as phrase entries (stable addresses)
    std::vector<PhraseEntry> brand_phrases_;  // brand names as phrase entries
    std::vector<std::string> list_names_;     // sorted; index = PhraseMatchSet list
    TokenPhrases phrases_;
    std::vector<std::vector<Payload>> payloads_;  // by pattern id
    std::size_t phrase_count_ = 0;
    std::vector<RuleSettings> rules_;  // by kRules index
};

}  // namespace replycheck
