// Brand names spelled the brand's way: "Skyway", "sky way" and "SKY-WAY" become "SkyWay". A name
// is matched by its letters and digits, so spaces, hyphens and case inside it do not hide it;
// @handles, #hashtags and domains are left alone because they have their own spelling rules.
#include <string>

#include "checks/checks.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

constexpr std::size_t kMaxNameTokens = 4;

// Folded letters and digits only: "Wi-Fi" -> "wifi".
std::string compact(std::string_view folded) {
    std::string out;
    for (char c : folded)
        if (c != ' ' && c != '-' && c != '.' && c != '\'' && c != '_') out += c;
    return out;
}

std::string_view without_possessive(std::string_view s) {
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix)
            return s.substr(0, s.size() - suffix.size());
    return s;
}

bool joinable_gap(const AnalysedText& text, const Token& a, const Token& b) {
    if (a.end == b.start) return true;
    const std::string_view gap = text.slice(a.end, b.start);
    return gap == " " || gap == "-";
}

bool part_of_link_or_handle(const AnalysedText& text, std::size_t first, std::size_t last) {
    if (glued_after(text, first, '@') || glued_after(text, first, '#')) return true;
    const auto& tokens = text.tokens();
    if (first > 0 && tokens[first - 1].end == tokens[first].start && text.slice(tokens[first - 1]) == ".")
        return true;
    if (last + 1 < tokens.size() && tokens[last + 1].start == tokens[last].end) {
        const std::string_view next = text.slice(tokens[last + 1]);
        if (next == "." || next == "/") return last + 2 < tokens.size() && tokens[last + 2].start == tokens[last + 1].end;
    }
    return false;
}

}  // namespace

void brand_capitalization(const CheckContext& ctx, Findings& out) {
    const auto& tokens = ctx.draft.tokens();
    for (const std::string& brand : ctx.pack.brand_names) {
        const std::string key = compact(fold(brand));
        if (key.empty()) continue;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i].kind != TokenKind::word && tokens[i].kind != TokenKind::number) continue;
            std::string joined;
            std::size_t j = i;
            std::uint32_t end = 0;
            bool matched = false;
            for (; j < tokens.size() && j - i < kMaxNameTokens * 2; ++j) {
                const Token& t = tokens[j];
                if (j > i && !joinable_gap(ctx.draft, tokens[j - 1], t)) break;
                if (t.kind == TokenKind::punctuation) {
                    if (ctx.draft.slice(t) != "-" && ctx.draft.slice(t) != ".") break;
                    continue;
                }
                const std::string_view original = without_possessive(ctx.draft.slice(t));
                joined += compact(fold(original));
                if (key.compare(0, joined.size(), joined) != 0) break;
                if (joined == key) {
                    end = t.start + static_cast<std::uint32_t>(original.size());
                    matched = true;
                    break;
                }
            }
            if (!matched) continue;
            const std::uint32_t start = tokens[i].start;
            const std::string_view written = ctx.draft.slice(start, end);
            if (written != brand && !part_of_link_or_handle(ctx.draft, i, j)) {
                Finding f = make_finding("The brand name is spelled “" + brand + "”.", start, end);
                f.suggestions.push_back(make_suggestion("Use “" + brand + "”", brand, start, end, true));
                out.push_back(std::move(f));
            }
            i = j;
        }
    }
}

}  // namespace replycheck::checks
