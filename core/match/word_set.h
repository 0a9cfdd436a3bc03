#pragma once
// Fixed sets of folded words for the "is this token one of these words" tests that checks make on
// every token, with a small filter in front so that most tokens cost one bit test.
#include <array>
#include <cstdint>
#include <string_view>

namespace replycheck {

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

}  // namespace replycheck
