#include "match/token_normaliser.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace replycheck {
namespace {

struct Rewrite {
    std::string_view from;
    std::string_view first;
    std::string_view second;  // empty: one word
};

// Sorted by `from` (checked by a test through normalise_token's behaviour and by the static
// assertion below). Contractions expand; British spellings map to American ones.
constexpr std::array kRewrites = std::to_array<Rewrite>({
    {"apologise", "apologize", ""},
    {"apologised", "apologized", ""},
    {"apologises", "apologizes", ""},
    {"apologising", "apologizing", ""},
    {"aren't", "are", "not"},
    {"behaviour", "behavior", ""},
    {"can't", "can", "not"},
    {"cancelled", "canceled", ""},
    {"cancelling", "canceling", ""},
    {"cannot", "can", "not"},
    {"centre", "center", ""},
    {"colour", "color", ""},
    {"couldn't", "could", "not"},
    {"didn't", "did", "not"},
    {"doesn't", "does", "not"},
    {"don't", "do", "not"},
    {"favour", "favor", ""},
    {"hadn't", "had", "not"},
    {"hasn't", "has", "not"},
    {"haven't", "have", "not"},
    {"he's", "he", "is"},
    {"here's", "here", "is"},
    {"honour", "honor", ""},
    {"i'd", "i", "would"},
    {"i'll", "i", "will"},
    {"i'm", "i", "am"},
    {"i've", "i", "have"},
    {"isn't", "is", "not"},
    {"it'll", "it", "will"},
    {"it's", "it", "is"},
    {"let's", "let", "us"},
    {"licence", "license", ""},
    {"organise", "organize", ""},
    {"prioritise", "prioritize", ""},
    {"realise", "realize", ""},
    {"realised", "realized", ""},
    {"recognise", "recognize", ""},
    {"she's", "she", "is"},
    {"shouldn't", "should", "not"},
    {"that's", "that", "is"},
    {"there's", "there", "is"},
    {"they'd", "they", "would"},
    {"they'll", "they", "will"},
    {"they're", "they", "are"},
    {"they've", "they", "have"},
    {"wasn't", "was", "not"},
    {"we'd", "we", "would"},
    {"we'll", "we", "will"},
    {"we're", "we", "are"},
    {"we've", "we", "have"},
    {"weren't", "were", "not"},
    {"what's", "what", "is"},
    {"who's", "who", "is"},
    {"won't", "will", "not"},
    {"wouldn't", "would", "not"},
    {"you'd", "you", "would"},
    {"you'll", "you", "will"},
    {"you're", "you", "are"},
    {"you've", "you", "have"},
});

constexpr bool sorted_by_from() {
    for (std::size_t i = 1; i < kRewrites.size(); ++i)
        if (!(kRewrites[i - 1].from < kRewrites[i].from)) return false;
    return true;
}
static_assert(sorted_by_from(), "kRewrites must stay sorted for binary search");

constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // U+2019, the usual typographic apostrophe

// `folded` with its typographic apostrophes made straight.
std::string straighten(std::string_view folded) {
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size();) {
        const bool quote = folded.substr(i, kRightQuote.size()) == kRightQuote;
        out += quote ? '\'' : folded[i];
        i += quote ? kRightQuote.size() : 1;
    }
    return out;
}

}  // namespace

std::vector<std::string_view> rewritten_tokens() {
    std::vector<std::string_view> tokens;
    tokens.reserve(kRewrites.size());
    for (const Rewrite& r : kRewrites) tokens.push_back(r.from);
    return tokens;
}

bool normalise_token(std::string_view folded, NormalisedToken& out) {
    std::string straightened;
    const bool curly = folded.find(kRightQuote) != std::string_view::npos;
    if (curly) {
        straightened = straighten(folded);
        folded = straightened;
    }
    const auto it = std::lower_bound(kRewrites.begin(), kRewrites.end(), folded,
                                     [](const Rewrite& r, std::string_view key) { return r.from < key; });
    if (it == kRewrites.end() || it->from != folded) {
        if (!curly) return false;
        out.parts[0] = std::move(straightened);
        out.count = 1;
        return true;
    }
    out.parts[0] = std::string(it->first);
    out.count = 1;
    if (!it->second.empty()) {
        out.parts[1] = std::string(it->second);
        out.count = 2;
    }
    return true;
}

namespace {

// The apostrophe contractions of kRewrites, in the same (sorted) order.
const std::vector<Contraction>& contractions() {
    static const std::vector<Contraction> table = [] {
        std::vector<Contraction> out;
        for (const Rewrite& r : kRewrites)
            if (r.from.find('\'') != std::string_view::npos && r.from != "let's")
                out.push_back({r.from, r.first, r.second});
        return out;
    }();
    return table;
}

}  // namespace

const Contraction* find_contraction(std::string_view folded) {
    std::string straightened;
    if (folded.find(kRightQuote) != std::string_view::npos) {
        straightened = straighten(folded);
        folded = straightened;
    }
    const auto& table = contractions();
    const auto it = std::lower_bound(table.begin(), table.end(), folded,
                                     [](const Contraction& c, std::string_view key) { return c.contracted < key; });
    return it != table.end() && it->contracted == folded ? &*it : nullptr;
}

const Contraction* contraction_of(std::string_view first, std::string_view second) {
    for (const Contraction& c : contractions())
        if (c.first == first && c.second == second) return &c;
    return nullptr;
}

}  // namespace replycheck
