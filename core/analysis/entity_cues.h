#pragma once
// The entity finder's locale data (templates/locales/<locale>/entities.json) compiled once per
// locale into token tables, so that finding entities does no JSON or string work per draft.
#include <cstdint>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/entities.h"
#include "match/word_set.h"
#include "text/analysed_text.h"

namespace replycheck::entity_detail {

// A filter over whole words: a word it rejects is in none of the lists it was built from. The
// length-and-ends test (match/word_set.h) costs a few instructions and turns most words away; a
// 4096-bit FNV-1a test behind it catches the common short words that share a slot with a cue.
class WordBloom {
public:
    void add(std::string_view w) {
        quick_.add(w);
        bits_[hash(w) >> 6 & 63] |= std::uint64_t{1} << (hash(w) & 63);
    }
    void add(const WordBloom& other) {
        quick_.add(other.quick_);
        for (std::size_t k = 0; k < 64; ++k) bits_[k] |= other.bits_[k];
    }
    bool may_contain(std::string_view w) const {
        if (!quick_.may_contain(w)) return false;
        const std::uint32_t h = hash(w);
        return (bits_[h >> 6 & 63] >> (h & 63) & 1) != 0;
    }

private:
    static std::uint32_t hash(std::string_view w) {
        std::uint32_t h = 2166136261u;
        for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        return h ^ (h >> 12);
    }
    WordFilter quick_;
    std::uint64_t bits_[64] = {};
};

// Phrases of folded tokens, looked up by the token a phrase ends with.
// A phrase written with a leading '^' ("^email") counts only when it opens its sentence (after any
// @mentions): an imperative, "Email help@...", rather than "the email".
class CueList {
public:
    void add(const AnalysedText& phrase, bool opens_sentence = false);
    // Tokens in the longest phrase of the list that ends at token `last` and starts at or after
    // token `first`; 0 when none does. `opener` is the index of the sentence's first token, for
    // phrases that must open it.
    std::size_t longest_ending_at(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                                  std::size_t opener = SIZE_MAX) const;
    bool empty() const { return phrases_.empty(); }
    const WordBloom& last_words() const { return filter_; }

private:
    std::vector<std::vector<std::string>> phrases_;
    std::vector<bool> opens_sentence_;
    std::map<std::string, std::vector<std::uint32_t>, std::less<>> by_last_;
    WordBloom filter_;  // over every phrase's last token
};

// A set of single folded words (street types, months, state codes).
class WordList {
public:
    void add(std::string word);
    bool contains(std::string_view folded) const;

private:
    std::vector<std::string> words_;  // sorted
    WordBloom filter_;
};

struct OwnerCues {
    CueList brand;
    CueList customer;
};

// An issuer's range of leading digits, e.g. 51-55 or 2221-2720 (same number of digits each end).
struct PrefixRange {
    std::uint32_t low = 0;
    std::uint32_t high = 0;
    std::uint32_t digits = 0;
};

struct EntityCues {
    std::size_t window = 8;
    OwnerCues phone;
    std::vector<std::string> phone_brand_prefixes;  // digit strings
    OwnerCues email;
    WordList spelled_at;    // "jay dot patel at outlook dot com"
    WordList spelled_dot;
    std::vector<std::string> spelled_dot_spaced;  // " dot ": a text without one has no spelt address
    WordList spelled_tlds;
    OwnerCues place;
    WordList street_words;
    WordList street_words_first;
    WordList unit_words;  // "Flat 3, 22 Harbour Lane": what a flat or unit number before an address is called
    CueList zip_cues;
    std::vector<std::string> us_states;  // as written: "CA"
    CueList card_cues;
    CueList card_tail_cues;
    std::vector<PrefixRange> issuer_prefixes;
    WordList months;
    WordList ordinal_suffixes;
    WordList day_month_joiners;  // "1st of May"
    CueList birth_cues;
    WordList day_halves;
    std::vector<std::string> price_symbols;  // UTF-8, as written
    WordList price_codes;
    CueList reference_cues;
    CueList account_cues;
    WordList reference_fillers;
    std::size_t max_fillers = 3;
    CueList secret_cues;
    // The last words of the reference, account, card-tail and secret cues together, so that the
    // cued-value walk turns most tokens away with one test.
    WordBloom cued_value_ends;
};

// Compiled on first use and kept for the life of the program. Throws std::runtime_error naming
// the file and field when the data is malformed.
const EntityCues& entity_cues(std::string_view locale);

// Index of the first token that starts at or after `offset` (tokens.size() when none does).
std::size_t token_at_or_after(const std::vector<Token>& tokens, std::uint32_t offset);

// Whose an entity starting at byte `start` is, by the nearest cue of `cues` in the `window`
// tokens before it, within its sentence; at the same place the longer cue wins.
EntityOwner owner_by_cues(const AnalysedText& text, const OwnerCues& cues, std::size_t window, std::uint32_t start);

// True when a phrase of `cues` ends within `window` tokens before byte `start`, in its sentence.
bool cue_before(const AnalysedText& text, const CueList& cues, std::size_t window, std::uint32_t start);

}  // namespace replycheck::entity_detail
