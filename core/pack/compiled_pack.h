#pragma once
// A loaded pack made ready for checking: the Pack itself plus one phrase automaton over all of
// its phrase lists, built once when the pack loads. Immutable after compile(), so one instance is
// shared by every check and every thread.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "check/check.h"
#include "match/phrase_automaton.h"
#include "pack/pack.h"
#include "text/analysed_text.h"

namespace replycheck {

// The phrase matches of one draft, one list per phrase-list name (a rule id).
struct PhraseMatchSet {
    std::vector<std::vector<PhraseMatch>> by_list;
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

    // list_index of all_checks()[index]'s rule id, looked up once at compile time; -1 when the
    // pack has no list for it (or no such check).
    int check_list(std::size_t index) const {
        return index < check_lists_.size() ? check_lists_[index] : -1;
    }

    std::size_t phrase_count() const { return phrase_count_; }

    // The pack's settings for all_checks()[index], or nullptr when the pack does not mention the
    // rule. Looked up once here rather than by rule name in every check.
    const RuleSpec* check_rule(std::size_t index) const {
        return index < check_rules_.size() ? check_rules_[index] : nullptr;
    }

private:
    explicit CompiledPack(Pack pack) : pack_(std::move(pack)) {}
    void add_list(const std::string& name, const std::vector<PhraseEntry>& entries);

    struct Payload {
        std::uint32_t list;
        const PhraseEntry* entry;
    };
    // What a draft token stands for: one or two token ids (contractions expand to two). Interned
    // phrase tokens have one; rewritten forms ("we're" -> "we", "are") may have two.
    struct Vocab {
        PhraseAutomaton::TokenId ids[2] = {0, 0};
        std::uint8_t count = 1;
    };

    std::vector<PhraseAutomaton::TokenId> encode(const AnalysedText& text, std::vector<std::uint32_t>* origin,
                                                 std::vector<std::uint8_t>* edges) const;
    PhraseAutomaton::TokenId intern(const std::string& canonical);
    // Maps each token that normalise_token rewrites to the ids of its rewrite, so that encode()
    // finds draft tokens like "we're" and "apologise" with one lookup.
    void add_rewrites_to_vocabulary();

    Pack pack_;
    std::vector<PhraseEntry> term_phrases_;   // terminology as phrase entries (stable addresses)
    std::vector<PhraseEntry> brand_phrases_;  // brand names as phrase entries
    std::vector<std::string> list_names_;     // sorted; index = PhraseMatchSet list
    std::unordered_map<std::string, Vocab> vocabulary_;
    PhraseAutomaton automaton_;
    std::vector<std::vector<Payload>> payloads_;  // by pattern id
    std::size_t phrase_count_ = 0;
    std::vector<const RuleSpec*> check_rules_;  // by all_checks() index
    std::vector<int> check_lists_;              // by all_checks() index
};

}  // namespace replycheck
