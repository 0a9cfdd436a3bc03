#include "engine/key_terms.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "analysis/locale_data.h"
#include "analysis/word_classes.h"
#include "sentiment/sentiment.h"

namespace replycheck {
namespace {

// What a word is to the issue: nothing (a function word, a contraction, a generic noun or a
// feeling), a noun that names it, or another content word (a verb or adjective: "charged",
// "cracked") that a reply naming the issue may use.
enum class TermKind { none, noun, other };

struct TermWords {
    const WordClasses& classes;
    std::unordered_set<std::string> listed;  // key_terms.json: contractions, generic words
};

const TermWords& term_words(std::string_view locale) {
    return per_language<TermWords>(locale, [](const std::string& language) {
        auto words = std::make_unique<TermWords>(TermWords{word_classes(language), {}});
        const nlohmann::json& doc = locale_json(language, "key_terms");
        for (const char* list : {"contractions", "generic_words"})
            for (const nlohmann::json& w : doc.value(list, nlohmann::json::array()))
                if (w.is_string()) words->listed.insert(w.get<std::string>());
        return words;
    });
}

TermKind kind_of(const Token& t, const TermWords& words) {
    if (t.folded.empty()) return TermKind::none;
    switch (t.kind) {
        case TokenKind::ideograph: return TermKind::noun;
        case TokenKind::number: return t.folded.size() >= 3 ? TermKind::noun : TermKind::none;
        case TokenKind::word: break;
        default: return TermKind::none;
    }
    if (t.folded.size() < 2 || words.listed.count(t.folded) != 0 || lexicon_valence(t.folded) != 0.0) return TermKind::none;
    const std::string_view tag = words.classes.usual_tag(t.folded);
    if (tag.empty()) return words.classes.names_a_thing(t.folded) ? TermKind::noun : TermKind::other;
    return tag == "VERB" || tag == "ADJ" ? TermKind::other : TermKind::none;
}

}  // namespace

std::vector<std::string> extract_key_terms(const AnalysedText& post, std::string_view locale, std::size_t max_terms) {
    const TermWords& words = term_words(locale);
    std::vector<std::string> nouns, others;
    const auto& tokens = post.tokens();
    for (std::size_t i = 0; i < tokens.size() && nouns.size() + others.size() < max_terms; ++i) {
        const Token& t = tokens[i];
        const TermKind kind = kind_of(t, words);
        if (kind == TermKind::none) continue;
        // "@SkyWayHelp" is the addressee, not the issue. ICU keeps the "@" inside the word; older
        // rules split it off, so both shapes are skipped.
        if (t.folded.front() == '@') continue;
        if (i > 0 && tokens[i - 1].end == t.start && post.slice(tokens[i - 1]) == "@") continue;
        std::vector<std::string>& list = kind == TermKind::noun ? nouns : others;
        if (std::find(list.begin(), list.end(), t.folded) == list.end()) list.push_back(t.folded);
    }
    // Nouns first: they are what a reply shows it read ("the parcel", "your router").
    nouns.insert(nouns.end(), others.begin(), others.end());
    return nouns;
}

}  // namespace replycheck
