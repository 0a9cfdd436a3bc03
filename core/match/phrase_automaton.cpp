#include "match/phrase_automaton.h"

#include <stdexcept>

namespace replycheck {
namespace {

std::uint64_t key_of(std::uint32_t state, PhraseAutomaton::TokenId token) {
    return (static_cast<std::uint64_t>(state) << 32) | token;
}

std::size_t hash_of(std::uint64_t key) {
    // splitmix64's finaliser: cheap and spreads sequential ids across the table.
    key ^= key >> 30;
    key *= 0xbf58476d1ce4e5b9ull;
    key ^= key >> 27;
    key *= 0x94d049bb133111ebull;
    key ^= key >> 31;
    return static_cast<std::size_t>(key);
}

}  // namespace

std::uint32_t PhraseAutomaton::find(std::uint32_t state, TokenId token) const {
    const std::uint64_t key = key_of(state, token);
    const std::size_t mask = table_.size() - 1;
    for (std::size_t i = hash_of(key) & mask;; i = (i + 1) & mask) {
        const Slot& slot = table_[i];
        if (slot.key == key) return slot.child;
        if (slot.key == 0) return kNone;
    }
}

void PhraseAutomaton::grow_table() {
    std::vector<Slot> old = std::move(table_);
    table_.assign(old.size() * 2, Slot{});
    const std::size_t mask = table_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.key == 0) continue;
        std::size_t i = hash_of(slot.key) & mask;
        while (table_[i].key != 0) i = (i + 1) & mask;
        table_[i] = slot;
    }
}

std::uint32_t PhraseAutomaton::insert(std::uint32_t state, TokenId token) {
    const std::uint32_t existing = find(state, token);
    if (existing != kNone) return existing;
    if ((used_ + 1) * 2 > table_.size()) grow_table();  // load factor <= 1/2 keeps probes short
    const auto child = static_cast<std::uint32_t>(states_.size());
    states_.push_back({});
    children_.emplace_back();
    children_[state].push_back(child);
    const std::uint64_t key = key_of(state, token);
    const std::size_t mask = table_.size() - 1;
    std::size_t i = hash_of(key) & mask;
    while (table_[i].key != 0) i = (i + 1) & mask;
    table_[i] = {key, child};
    ++used_;
    return child;
}

PhraseAutomaton::PatternId PhraseAutomaton::add(std::span<const TokenId> tokens) {
    if (tokens.empty()) throw std::invalid_argument("PhraseAutomaton::add: empty phrase");
    std::uint32_t state = 0;
    for (TokenId t : tokens) {
        if (t == kOtherToken) throw std::invalid_argument("PhraseAutomaton::add: reserved token id");
        state = insert(state, t);
    }
    if (states_[state].pattern == kNone) {
        states_[state].pattern = static_cast<PatternId>(pattern_lengths_.size());
        pattern_lengths_.push_back(static_cast<std::uint32_t>(tokens.size()));
    }
    return states_[state].pattern;
}

void PhraseAutomaton::build() {
    // Breadth-first, so a state's failure target (a shorter suffix) is final before its children.
    // The token of each edge is recovered from the child's key in the table; record it instead.
    std::vector<TokenId> edge_token(states_.size(), kOtherToken);
    for (const Slot& slot : table_)
        if (slot.key != 0) edge_token[slot.child] = static_cast<TokenId>(slot.key & 0xFFFFFFFFu);

    std::vector<std::uint32_t> queue;
    queue.reserve(states_.size());
    states_[0].output_state = states_[0].pattern != kNone ? 0 : kNone;
    for (std::uint32_t child : children_[0]) {
        states_[child].fail = 0;
        queue.push_back(child);
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t s = queue[head];
        State& st = states_[s];
        const std::uint32_t suffix_output = states_[st.fail].output_state;
        if (st.pattern != kNone) {
            st.output_state = s;
            st.next_output = suffix_output;
        } else {
            st.output_state = suffix_output;
            st.next_output = suffix_output == kNone ? kNone : states_[suffix_output].next_output;
        }
        for (std::uint32_t child : children_[s]) {
            const TokenId t = edge_token[child];
            std::uint32_t f = st.fail;
            std::uint32_t target = kNone;
            for (;;) {
                target = find(f, t);
                if (target != kNone || f == 0) break;
                f = states_[f].fail;
            }
            states_[child].fail = target == kNone ? 0 : target;
            queue.push_back(child);
        }
    }
    children_.clear();
    children_.shrink_to_fit();
}

}  // namespace replycheck
