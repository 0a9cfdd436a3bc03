// UK postcodes and street addresses. An address is a house number, capitalised name words and a
// street word ("221B Baker Street"), or a number and a street word that comes first ("27 Rue des
// Lilas"); "12 months" and "3 Big Problems" are not, having no street word.
#include "analysis/entity_finders.h"

namespace replycheck::entity_detail {
namespace {

// "SW1A 1AA", "BS1 4QT", "W1C 2EY": outward code, one space, inward code. The end, or 0.
std::size_t uk_postcode_at(const std::string& t, std::size_t i) {
    std::size_t k = i;
    while (k < t.size() && k - i < 2 && is_upper(t[k])) ++k;
    if (k == i || k >= t.size() || !is_digit(t[k])) return 0;
    ++k;
    if (k < t.size() && (is_digit(t[k]) || is_upper(t[k]))) ++k;
    if (k + 4 > t.size() || t[k] != ' ' || !is_digit(t[k + 1]) || !is_upper(t[k + 2]) || !is_upper(t[k + 3])) return 0;
    const std::size_t end = k + 4;
    return end < t.size() && is_alnum(t[end]) ? 0 : end;
}

bool capitalised(const AnalysedText& text, const Token& w) {
    return w.kind == TokenKind::word && is_upper(text.text()[w.start]);
}

// A house number: 1-5 digits and at most one letter ("221B", "14a").
bool house_number(std::string_view s) {
    std::size_t digits = 0;
    while (digits < s.size() && is_digit(s[digits])) ++digits;
    return digits >= 1 && digits <= 5 && s.size() - digits <= 1 && (s.size() == digits || is_alpha(s.back()));
}

// The last token of an address whose number is token `n`, or 0.
std::size_t street_end(const Scan& s, std::size_t n) {
    const auto& tokens = s.text.tokens();
    const auto& cues = s.cues;
    if (n + 1 < tokens.size() && capitalised(s.text, tokens[n + 1]) && cues.street_words_first.contains(tokens[n + 1].folded)) {
        // "Rue des Lilas": lower-case particles may stand between; the name ends capitalised.
        std::size_t last = 0;
        for (std::size_t k = n + 2; k < tokens.size() && k <= n + 5 && tokens[k].kind == TokenKind::word; ++k) {
            if (capitalised(s.text, tokens[k])) last = k;
            else if (tokens[k].size() > 3) break;
        }
        if (last != 0) return last;
    }
    std::size_t names = 0;
    for (std::size_t k = n + 1; k < tokens.size() && names <= 3; ++k) {
        const Token& w = tokens[k];
        if (!capitalised(s.text, w)) return 0;
        if (names >= 1 && cues.street_words.contains(w.folded)) return k;
        ++names;
    }
    return 0;
}

}  // namespace

void find_places(Scan& s) {
    const std::string& t = s.text.text();
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_upper(t[i]) || (i > 0 && is_alnum(t[i - 1]))) continue;
        if (const std::size_t end = uk_postcode_at(t, i); end != 0) {
            s.add(EntityKind::postcode, i, end,
                  owner_by_cues(s.text, s.cues.place, s.cues.window, static_cast<std::uint32_t>(i)));
            i = end;
        }
    }
    const auto& tokens = s.text.tokens();
    for (std::size_t n = 0; n + 2 < tokens.size(); ++n) {
        const Token& number = tokens[n];
        if (!is_digit(t[number.start]) || !capitalised(s.text, tokens[n + 1]) || !house_number(s.text.slice(number)))
            continue;
        if (n > 0 && tokens[n - 1].end == number.start) continue;  // "#12", "-3"
        if (const std::size_t last = street_end(s, n); last != 0) {
            // "Flat 3, 22 Harbour Lane": the flat is part of the address.
            std::uint32_t start = number.start;
            if (n >= 3 && s.text.slice(tokens[n - 1]) == "," && house_number(s.text.slice(tokens[n - 2])) &&
                s.cues.unit_words.contains(tokens[n - 3].folded))
                start = tokens[n - 3].start;
            s.add(EntityKind::address, start, tokens[last].end, owner_by_cues(s.text, s.cues.place, s.cues.window, start));
            n = last;
        }
    }
}

}  // namespace replycheck::entity_detail
