#pragma once
// A small backtracking matcher with the semantics of a JavaScript RegExp without the `u` flag:
// it works on UTF-16 code units, tries alternatives left to right, quantifiers are greedy, and
// with ignore_case it compares units after JavaScript's Canonicalize (upper-casing).
// It exists because the X count must find URLs exactly where twitter-text's regex does, and
// the wasm build has no ICU regex; patterns are built in code (see x_url.cpp), not parsed.
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace replycheck::js_regex {

// JavaScript's Canonicalize(ch) for ignoreCase without unicode: full upper-casing when it yields
// one unit, but never mapping a non-ASCII unit to ASCII.
char16_t canonicalize(char16_t unit);

// A character class: which code units match, after canonicalising when case-insensitive.
class UnitSet {
public:
    UnitSet& add(char16_t unit) { return add(unit, unit); }
    UnitSet& add(char16_t first, char16_t last);
    UnitSet& add(std::u16string_view units);
    UnitSet& add(const UnitSet& other);
    // Freezes the set (add no more): afterwards contains() answers for every unit that matches
    // the class, case-insensitively when ignore_case, and the complement when negated.
    void finish(bool ignore_case, bool negated);
    bool contains(char16_t unit) const { return (bits_[unit >> 6] >> (unit & 63)) & 1; }

private:
    std::vector<std::uint64_t> raw_ = std::vector<std::uint64_t>(1024);  // members as added
    std::vector<std::uint64_t> bits_;                                    // units that match
};

// A list of literal alternatives (a|b|c...) matched through a trie, tried in list order.
class LiteralList {
public:
    LiteralList(const std::vector<std::u16string>& literals, bool ignore_case);
    // The longest literal has at most this many units (so at most this many can match at once).
    static constexpr std::size_t max_length = 64;
    // Writes the lengths of the literals found at text[pos...] in the order the alternation tries
    // them, and returns how many there are (at most max_length).
    std::size_t find(std::u16string_view text, std::size_t pos, std::uint32_t* lengths) const;

private:
    struct Node {
        std::vector<std::pair<char16_t, std::uint32_t>> children;  // sorted by unit
        std::uint32_t first_index = UINT32_MAX;  // earliest literal ending here
    };
    std::vector<Node> nodes_;
    bool ignore_case_;
};

struct Node {
    enum class Kind : std::uint8_t {
        unit_set,       // one code unit from *set
        unit,           // the code unit `unit` (compared canonicalised when ignore_case)
        sequence,       // children in order
        alternation,    // first child that lets the rest match
        repeat,         // children[0] between min and max times, greedy
        capture,        // children[0], recording its span as group `group`
        input_start,    // ^ without the m flag
        input_end,      // $ without the m flag
        lookahead,      // (?=children[0])
        literal_list,   // *literals
    };
    Kind kind = Kind::sequence;
    const UnitSet* set = nullptr;
    const LiteralList* literals = nullptr;
    std::vector<const Node*> children;
    std::uint32_t min = 0;
    std::uint32_t max = UINT32_MAX;
    int group = 0;
    char16_t unit = 0;
    bool ignore_case = false;
};

// Owns the nodes of one or more patterns and builds them.
class Builder {
public:
    const UnitSet* set(UnitSet s);
    const Node* unit(const UnitSet* s);
    const Node* unit(char16_t u, bool ignore_case);
    const Node* literal(std::u16string_view text, bool ignore_case);
    const Node* seq(std::initializer_list<const Node*> items);
    const Node* alt(std::initializer_list<const Node*> items);
    const Node* repeat(const Node* item, std::uint32_t min, std::uint32_t max = UINT32_MAX);
    const Node* star(const Node* item) { return repeat(item, 0); }
    const Node* plus(const Node* item) { return repeat(item, 1); }
    const Node* optional(const Node* item) { return repeat(item, 0, 1); }
    const Node* capture(int group, const Node* item);
    const Node* input_start();
    const Node* input_end();
    const Node* lookahead(const Node* item);
    const Node* literals(const std::vector<std::u16string>& list, bool ignore_case);

private:
    const Node* add(Node n);
    std::deque<Node> nodes_;
    std::deque<UnitSet> sets_;
    std::deque<LiteralList> lists_;
};

struct Span {
    std::int32_t start = -1;  // -1: the group did not take part in the match
    std::int32_t end = -1;
    bool matched() const { return start >= 0; }
    std::size_t size() const { return matched() ? static_cast<std::size_t>(end - start) : 0; }
};

// How much work matching may do. JavaScript engines backtrack on a heap stack and give up with an
// exception on pathological input; this matcher recurses, so it stops instead when the nesting
// gets deep enough to threaten the (wasm) stack or the total work gets large, and reports that.
struct Budget {
    std::size_t max_depth = 1500;         // nested match steps: ~400 stack bytes each natively
    std::size_t steps_left = 1'000'000;   // match steps in total (~25 ms native)
    bool exhausted = false;               // set once either limit was hit; later calls fail at once
};

// Like RegExp.prototype.exec with lastIndex = from: the leftmost match starting at or after
// `from`. captures[0] is the whole match; captures must have room for every group used.
// `may_start`, when given, has one entry per position of text (plus one): zero where the caller
// knows no match can start, so the search skips it.
bool search(const Node* pattern, std::u16string_view text, std::size_t from, std::vector<Span>& captures,
            Budget& budget, const std::vector<std::uint8_t>* may_start = nullptr);
// A match starting exactly at `pos` (captures[0] is its span).
bool match_at(const Node* pattern, std::u16string_view text, std::size_t pos, std::vector<Span>& captures,
              Budget& budget);

}  // namespace replycheck::js_regex
