#pragma once
// The sentiment lexicon as data (core/sentiment/lexicon.cpp) and the small word lists that steer
// scoring: boosters, dampeners and negators.
#include <span>
#include <string_view>

namespace replycheck::sentiment {

struct LexiconEntry {
    std::string_view key;  // NFKC_Casefold form; words of a phrase joined by one space
    double valence;        // -4 (most negative) .. +4 (most positive)
};

std::span<const LexiconEntry> lexicon();

}  // namespace replycheck::sentiment
