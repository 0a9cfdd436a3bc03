#pragma once
// Small helpers shared by the checks in this folder: building findings with the pack's severity,
// reading tokens, and comparing names and words the way people read them.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "check/check.h"

namespace replycheck::checks {

// The pack's severity for `rule` when it sets one, else the check's default from the registry.
Severity severity_for(const CheckContext& ctx, std::string_view rule);

Finding make_finding(const CheckContext& ctx, std::string_view rule, std::string message,
                     std::uint32_t start, std::uint32_t end);

Suggestion make_suggestion(std::string label, std::string text, std::uint32_t start,
                           std::uint32_t end, bool safe);

// The pack's spec for `rule`, or nullptr.
const RuleSpec* rule_spec(const CheckContext& ctx, std::string_view rule);
double rule_param(const CheckContext& ctx, std::string_view rule, std::string_view name,
                  double fallback);

bool is_public(const CheckContext& ctx);

// A 256-bit filter over words' length, first and last byte: a word it rejects is certainly not
// among the words it was built from; a word it accepts may be.
class WordFilter {
public:
    constexpr void add(std::string_view w) { bits_[slot(w) >> 6] |= bit(slot(w)); }
    constexpr void add(const WordFilter& other) {
        for (std::size_t k = 0; k < 4; ++k) bits_[k] |= other.bits_[k];
    }
    constexpr bool may_contain(std::string_view w) const { return (bits_[slot(w) >> 6] & bit(slot(w))) != 0; }

private:
    static constexpr unsigned slot(std::string_view w) {
        if (w.empty()) return 0;
        const auto first = static_cast<unsigned char>(w.front());
        const auto last = static_cast<unsigned char>(w.back());
        return (static_cast<unsigned>(w.size()) * 31u + first * 7u + last) & 255u;
    }
    static constexpr std::uint64_t bit(unsigned slot) { return std::uint64_t{1} << (slot & 63); }

    std::uint64_t bits_[4] = {};
};

// A fixed set of folded words, for the "is this token one of these words" tests that checks make
// on every token. Nearly every token is in no set, and the filter turns almost all of those away
// before any string comparison.
template <std::size_t N>
class WordSet {
public:
    constexpr explicit WordSet(const std::array<std::string_view, N>& words) : words_(words) {
        for (std::string_view w : words_) filter_.add(w);
    }

    // The filter test is small enough to inline at every call; the scan behind it is not, and
    // clang (wasm) otherwise calls the whole function for every token.
    constexpr bool contains(std::string_view w) const { return filter_.may_contain(w) && in_list(w); }

    constexpr const WordFilter& filter() const { return filter_; }

private:
    [[gnu::noinline]] constexpr bool in_list(std::string_view w) const {
        for (std::string_view x : words_)
            if (x == w) return true;
        return false;
    }

    std::array<std::string_view, N> words_;
    WordFilter filter_;
};

// One filter for several sets, so that a token in none of them costs one test, not one per set.
template <typename... Sets>
constexpr WordFilter united_filter(const Sets&... sets) {
    WordFilter united;
    (united.add(sets.filter()), ...);
    return united;
}

inline bool is_wordish(const Token& t) {
    return t.kind == TokenKind::word || t.kind == TokenKind::number || t.kind == TokenKind::ideograph;
}

// Folded text without combining marks, so "Zoé", "ZOE" and "Zoe\u0301" compare equal.
std::string accent_key(std::string_view text);

// Two or more capitals and no small letter: "DM", "NOT", "TY" (emphasis or an abbreviation).
bool in_capitals(std::string_view text);

// `replacement` with the capitalisation of `original`: kept as written when it has capitals of
// its own ("Wi-Fi"); otherwise capitalised when the original starts with a capital, upper-cased
// when the original is all capitals ("LOGIN" -> "SIGN IN").
std::string match_case(std::string_view original, std::string_view replacement);

// Letter counts of a token's original text, for caps decisions.
struct CaseShape {
    int upper = 0;
    int lower = 0;
    int digits = 0;
};
CaseShape case_shape(std::string_view text);

// True when one of the two words right before token `i`, with no punctuation between, negates it: "not", "never", "no", "isn't".
bool negated_before(const AnalysedText& text, std::size_t i);

// True when the token right before token `i` ends exactly where it starts and is `c` (e.g. '@').
bool glued_after(const AnalysedText& text, std::size_t i, char c);

// [start, end) of the sentence holding `offset`, with trailing white space left out.
Segment sentence_span(const AnalysedText& text, std::uint32_t offset);

// Byte offset just past the last non-space character of the text.
std::uint32_t trimmed_end(std::string_view text);

// Where a greeting can be inserted: after leading @mentions and white space.
std::uint32_t after_leading_mentions(std::string_view text);

// The text of the canonical DM hand-off sentence used by privacy rules.
inline constexpr std::string_view kDmHandoff = "I've sent you a DM with the details.";

}  // namespace replycheck::checks
