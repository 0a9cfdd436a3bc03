#include "match/token_phrases.h"

#include <algorithm>

#include "match/token_normaliser.h"

namespace replycheck {
namespace {

bool is_plain_ascii_phrase(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
    });
}

}  // namespace

// Letters-digits-spaces phrases (most terminology) split on spaces and lower-case, which is
// exactly what ICU's word breaks and NFKC_Casefold give for them but far cheaper when a pack has
// 20,000 terms; anything else goes through the real analysis.
std::vector<std::string> folded_tokens(std::string_view phrase, const char* locale) {
    std::vector<std::string> out;
    if (is_plain_ascii_phrase(phrase)) {
        std::string word;
        for (char c : phrase) {
            if (c == ' ') {
                if (!word.empty()) out.push_back(std::move(word));
                word.clear();
            } else {
                word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            }
        }
        if (!word.empty()) out.push_back(std::move(word));
        return out;
    }
    const AnalysedText analysed{std::string(phrase), locale};
    for (const Token& t : analysed.tokens()) out.push_back(t.folded);
    return out;
}

PhraseAutomaton::TokenId TokenPhrases::intern(const std::string& canonical) {
    const auto next = static_cast<PhraseAutomaton::TokenId>(vocabulary_.size() + 1);
    const auto [it, added] = vocabulary_.try_emplace(canonical);
    if (added) it->second.ids[0] = next;
    return it->second.ids[0];
}

TokenPhrases::PatternId TokenPhrases::add(std::string_view phrase, const char* locale) {
    std::vector<PhraseAutomaton::TokenId> ids;
    NormalisedToken normalised;
    for (const std::string& folded : folded_tokens(phrase, locale)) {
        if (normalise_token(folded, normalised)) {
            for (std::size_t k = 0; k < normalised.count; ++k) ids.push_back(intern(normalised.parts[k]));
        } else {
            ids.push_back(intern(folded));
        }
    }
    if (ids.empty()) return kNoPattern;
    return automaton_.add(ids);
}

void TokenPhrases::build() {
    add_rewrites_to_vocabulary();
    automaton_.build();
}

void TokenPhrases::add_rewrites_to_vocabulary() {
    // Every phrase is interned by now, so each rewrite's parts resolve to their final ids (or to
    // "no phrase uses it"). The rewritten forms themselves are never interned: phrases are
    // normalised before interning, so these keys are new.
    std::vector<std::pair<std::string_view, Vocab>> rewrites;
    NormalisedToken normalised;
    for (std::string_view from : rewritten_tokens()) {
        if (!normalise_token(from, normalised)) continue;
        Vocab vocab;
        vocab.count = static_cast<std::uint8_t>(normalised.count);
        for (std::size_t k = 0; k < normalised.count; ++k) {
            const auto it = vocabulary_.find(normalised.parts[k]);
            vocab.ids[k] = it == vocabulary_.end() ? PhraseAutomaton::kOtherToken : it->second.ids[0];
        }
        rewrites.emplace_back(from, vocab);
    }
    for (const auto& rewrite : rewrites) vocabulary_.try_emplace(std::string(rewrite.first), rewrite.second);
}

void TokenPhrases::encode(const AnalysedText& text, Encoded& out) const {
    const auto& tokens = text.tokens();
    out.stream.reserve(tokens.size() + 8);
    out.origin.reserve(tokens.size() + 8);
    out.edges.reserve(tokens.size() + 8);
    NormalisedToken normalised;
    auto push = [&](PhraseAutomaton::TokenId id, std::size_t token, std::uint8_t edge) {
        out.stream.push_back(id);
        out.origin.push_back(static_cast<std::uint32_t>(token));
        out.edges.push_back(edge);
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& folded = tokens[i].folded;
        if (const auto it = vocabulary_.find(folded); it != vocabulary_.end()) {
            const Vocab& vocab = it->second;
            if (vocab.count == 1) {
                push(vocab.ids[0], i, 3);
            } else {
                push(vocab.ids[0], i, 1);
                push(vocab.ids[1], i, 2);
            }
            continue;
        }
        // The vocabulary holds every rewrite (add_rewrites_to_vocabulary), so only a token with a
        // typographic apostrophe (U+2019, lead byte E2) can still need normalising.
        if (folded.find('\xE2') == std::string::npos || !normalise_token(folded, normalised)) {
            push(PhraseAutomaton::kOtherToken, i, 3);
            continue;
        }
        for (std::size_t k = 0; k < normalised.count; ++k) {
            const auto it = vocabulary_.find(normalised.parts[k]);
            const auto id = it == vocabulary_.end() ? PhraseAutomaton::kOtherToken : it->second.ids[0];
            const std::uint8_t edge = static_cast<std::uint8_t>((k == 0 ? 1 : 0) | (k + 1 == normalised.count ? 2 : 0));
            push(id, i, edge);
        }
    }
}

}  // namespace replycheck
