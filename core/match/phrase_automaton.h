#pragma once
// Aho–Corasick over token ids: every phrase of a pack in one automaton, so a draft is scanned
// once in time linear in its tokens plus matches, whatever the number of phrases (Aho & Corasick
// 1975, with dictionary-suffix links so that reporting never revisits states without output).
#include <cstdint>
#include <span>
#include <vector>

namespace replycheck {

class PhraseAutomaton {
public:
    using TokenId = std::uint32_t;   // 0 is reserved for tokens no phrase uses
    using PatternId = std::uint32_t;
    static constexpr TokenId kOtherToken = 0;

    // Adds a token sequence (no kOtherToken, not empty) and returns its id; adding the same
    // sequence again returns the same id. Must come before build().
    PatternId add(std::span<const TokenId> tokens);
    void build();

    std::size_t pattern_count() const { return pattern_lengths_.size(); }
    std::size_t state_count() const { return states_.size(); }
    std::size_t pattern_length(PatternId p) const { return pattern_lengths_[p]; }

    // Calls on_match(pattern, last) for every occurrence, where `last` is the index in `stream`
    // of the occurrence's last token; occurrences may overlap.
    template <class OnMatch>
    void scan(std::span<const TokenId> stream, OnMatch&& on_match) const {
        std::uint32_t state = 0;
        for (std::size_t i = 0; i < stream.size(); ++i) {
            state = step(state, stream[i]);
            for (std::uint32_t s = states_[state].output_state; s != kNone; s = states_[s].next_output)
                on_match(states_[s].pattern, i);
        }
    }

private:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    struct State {
        std::uint32_t fail = 0;
        PatternId pattern = kNone;            // pattern ending exactly here
        std::uint32_t output_state = kNone;   // this state or the nearest suffix state with a pattern
        std::uint32_t next_output = kNone;    // the next suffix state with a pattern, from output_state
    };

    std::uint32_t step(std::uint32_t state, TokenId token) const {
        if (token == kOtherToken) return 0;
        for (;;) {
            const std::uint32_t next = find(state, token);
            if (next != kNone) return next;
            if (state == 0) return 0;
            state = states_[state].fail;
        }
    }
    std::uint32_t find(std::uint32_t state, TokenId token) const;
    std::uint32_t insert(std::uint32_t state, TokenId token);  // returns the child, creating it
    void grow_table();

    // Open-addressing hash of (state, token) -> child state. Key 0 never occurs because token 0
    // is never inserted, so it marks empty slots.
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t child = 0;
    };
    std::vector<Slot> table_ = std::vector<Slot>(16);
    std::size_t used_ = 0;

    std::vector<State> states_ = std::vector<State>(1);
    std::vector<std::vector<std::uint32_t>> children_ = std::vector<std::vector<std::uint32_t>>(1);  // for build()
    std::vector<std::uint32_t> pattern_lengths_;
};

}  // namespace replycheck
