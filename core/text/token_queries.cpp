#include "text/token_queries.h"

#include <cctype>

namespace replycheck {

bool negated_before(const AnalysedText& text, std::size_t i) {
    const auto& tokens = text.tokens();
    std::size_t words = 0;
    for (std::size_t k = i; k > 0 && words < 2;) {
        const Token& t = tokens[--k];
        if (!is_wordish(t)) break;  // "No, you must have…" is not a negated "you must have"
        ++words;
        const std::string& w = t.folded;
        if (w == "not" || w == "never" || w == "no" || w == "cannot") return true;
        const auto ends_with = [&w](std::string_view tail) {
            return w.size() > tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0;
        };
        if (ends_with("n't") || ends_with("n\u2019t")) return true;
    }
    return false;
}

bool glued_after(const AnalysedText& text, std::size_t i, char c) {
    if (i == 0) return false;
    const Token& prev = text.tokens()[i - 1];
    const Token& cur = text.tokens()[i];
    return prev.end == cur.start && prev.size() == 1 && text.text()[prev.start] == c;
}

Segment sentence_span(const AnalysedText& text, std::uint32_t offset) {
    if (text.sentences().empty()) return {0, 0};
    Segment s = text.sentences()[text.sentence_of(offset)];
    while (s.end > s.start) {
        const char c = text.text()[s.end - 1];
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') break;
        --s.end;
    }
    return s;
}

std::uint32_t trimmed_end(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t' ||
                       text[end - 1] == '\r'))
        --end;
    return static_cast<std::uint32_t>(end);
}

std::uint32_t after_leading_mentions(std::string_view text) {
    std::size_t i = 0;
    for (;;) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
        if (i >= text.size() || text[i] != '@') break;
        std::size_t j = i + 1;
        while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
        if (j == i + 1) break;
        i = j;
    }
    return static_cast<std::uint32_t>(i);
}

}  // namespace replycheck
