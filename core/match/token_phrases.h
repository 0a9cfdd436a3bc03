#pragma once
// Phrases over folded, normalised tokens (token_normaliser.h), found in a text in one pass: the
// one phrase matcher behind pack phrase lists (pack/compiled_pack.h) and locale cue lists
// (analysis/sentence_cues.h). "we're" matches "we are", "apologise" matches "apologize", and a
// phrase always covers whole tokens of the text.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "match/phrase_automaton.h"
#include "text/analysed_text.h"

namespace replycheck {

class TokenPhrases {
public:
    using PatternId = PhraseAutomaton::PatternId;
    static constexpr PatternId kNoPattern = 0xFFFFFFFFu;

    // Adds a phrase, analysed with `locale`; the same wording again gives the same id. A phrase
    // without tokens gives kNoPattern. Must come before build().
    PatternId add(std::string_view phrase, const char* locale);
    void build();

    std::size_t pattern_count() const { return automaton_.pattern_count(); }

    // Calls on_match(pattern, first_token, last_token) for every occurrence (token indexes into
    // text.tokens(), inclusive); occurrences may overlap, and come in order of their last token.
    template <class OnMatch>
    void scan(const AnalysedText& text, OnMatch&& on_match) const {
        if (automaton_.pattern_count() == 0) return;
        Encoded encoded;
        encode(text, encoded);
        automaton_.scan(encoded.stream, [&](PatternId pattern, std::size_t last) {
            const std::size_t first = last + 1 - automaton_.pattern_length(pattern);
            if ((encoded.edges[first] & 1) == 0 || (encoded.edges[last] & 2) == 0) return;
            on_match(pattern, static_cast<std::size_t>(encoded.origin[first]), static_cast<std::size_t>(encoded.origin[last]));
        });
    }

private:
    struct Vocab {
        PhraseAutomaton::TokenId ids[2] = {0, 0};
        std::uint8_t count = 1;
    };
    // The text as token ids: contractions expand to two ids; `origin` maps each id to its token,
    // `edges` says whether it starts (1) and ends (2) that token.
    struct Encoded {
        std::vector<PhraseAutomaton::TokenId> stream;
        std::vector<std::uint32_t> origin;
        std::vector<std::uint8_t> edges;
    };

    void encode(const AnalysedText& text, Encoded& out) const;
    PhraseAutomaton::TokenId intern(const std::string& canonical);
    // Maps each token that normalise_token rewrites to the ids of its rewrite, so that encode()
    // finds text tokens like "we're" and "apologise" with one lookup.
    void add_rewrites_to_vocabulary();

    std::unordered_map<std::string, Vocab> vocabulary_;
    PhraseAutomaton automaton_;
};

// Folded tokens of a phrase as `locale`'s analysis gives them.
std::vector<std::string> folded_tokens(std::string_view phrase, const char* locale);

}  // namespace replycheck
