#include "engine/key_terms.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "sentiment/sentiment.h"

namespace replycheck {
namespace {

// Function words and customer-service filler.
constexpr auto kStopwords = std::to_array<std::string_view>({
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "anyone", "are", "as", "at",
    "be", "because", "been", "before", "being", "but", "by", "can", "could", "day", "days", "did", "do",
    "does", "doing", "don't", "done", "even", "ever", "every", "for", "from", "get", "getting", "got",
    "had", "has", "have", "having", "he", "her", "here", "hey", "hi", "him", "his", "how", "i", "i'm",
    "if", "in", "into", "is", "it", "it's", "its", "just", "know", "let", "like", "me", "more", "my",
    "need", "no", "not", "now", "of", "on", "one", "only", "or", "our", "out", "over", "please", "really",
    "so", "some", "still", "than", "thanks", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "to", "today", "too", "up", "us", "very", "want", "was", "we", "week",
    "were", "what", "when", "where", "which", "who", "why", "will", "with", "would", "yet", "you",
    "your",
});

}  // namespace

bool is_stopword(std::string_view folded) {
    // Hashed: a binary search costs seven string comparisons per word, and every word of every
    // customer post asks.
    static const std::unordered_set<std::string_view> set(kStopwords.begin(), kStopwords.end());
    return set.count(folded) != 0;
}

std::vector<std::string> extract_key_terms(const AnalysedText& post, std::size_t max_terms) {
    std::vector<std::string> terms;
    const auto& tokens = post.tokens();
    terms.reserve(std::min(max_terms, tokens.size()));
    for (std::size_t i = 0; i < tokens.size() && terms.size() < max_terms; ++i) {
        const Token& t = tokens[i];
        if (t.kind != TokenKind::word && t.kind != TokenKind::number && t.kind != TokenKind::ideograph) continue;
        // "@SkyWayHelp" is the addressee, not the issue. ICU keeps the "@" inside the word; older
        // rules split it off, so both shapes are skipped.
        if (!t.folded.empty() && t.folded.front() == '@') continue;
        if (i > 0 && tokens[i - 1].end == t.start && post.slice(tokens[i - 1]) == "@") continue;
        if (t.kind == TokenKind::word && t.folded.size() < 2) continue;
        if (is_stopword(t.folded) || lexicon_valence(t.folded) != 0.0) continue;
        if (std::find(terms.begin(), terms.end(), t.folded) != terms.end()) continue;
        terms.push_back(t.folded);
    }
    return terms;
}

}  // namespace replycheck
