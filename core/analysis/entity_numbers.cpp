// Numbers that mean something: phone and card numbers, dates, times, prices and US ZIP codes.
// One left-to-right walk over the bytes; each digit run is read once, by the first reader that
// claims it. Digits glued to letters or to a link ("v2.3.1", "1Z999AA", "WS-37368") are codes,
// not any of these.
#include <array>

#include "analysis/entity_finders.h"

namespace replycheck::entity_detail {
namespace {

std::size_t digit_run(const std::string& t, std::size_t i) {
    while (i < t.size() && is_digit(t[i])) ++i;
    return i;
}

unsigned value_of(const std::string& t, std::size_t from, std::size_t to) {
    unsigned v = 0;
    for (std::size_t k = from; k < to && k < from + 9; ++k) v = v * 10 + static_cast<unsigned>(t[k] - '0');
    return v;
}

// A digit at `i` that continues a word, a code or a value rather than starting a number.
bool glued_before(const std::string& t, std::size_t i) {
    if (i == 0) return false;
    const char p = t[i - 1];
    if (is_alnum(p) || p == '_' || p == '/' || p == '.' || p == '#' || p == '@' || p == '=' || p == '&' || p == '%')
        return true;
    if (i < 2) return false;
    // "WS-37368", "16:9", "1,000": an upper-case code or a number goes on; "8am-8pm" does not.
    if (p == '-') return is_upper(t[i - 2]) || is_digit(t[i - 2]);
    return (p == ':' || p == ',' || p == '\'') && is_digit(t[i - 2]);
}

// The folded word token that starts at `at`, or null.
const Token* word_at(const AnalysedText& text, std::size_t at) {
    const auto& tokens = text.tokens();
    const std::size_t k = token_at_or_after(tokens, static_cast<std::uint32_t>(at));
    return k < tokens.size() && tokens[k].start == at && tokens[k].kind == TokenKind::word ? &tokens[k] : nullptr;
}

// The end of the ASCII letters (with inner full stops: "p.m") at `at` if, lower-cased, they are in
// `words` and no letter or digit follows; 0 otherwise. Word tokens do not help here: ICU keeps
// "40pm", "50p" and "3rd" as one token.
std::size_t letters_in(const std::string& t, std::size_t at, const WordList& words) {
    if (at >= t.size() || !is_alpha(t[at])) return 0;
    std::size_t end = at;
    char lower[12];
    std::size_t n = 0;
    while (end < t.size() && (is_alpha(t[end]) || (t[end] == '.' && end > at && end + 1 < t.size() && is_alpha(t[end + 1])))) {
        if (n == sizeof lower) return 0;
        lower[n++] = static_cast<char>(is_upper(t[end]) ? t[end] - 'A' + 'a' : t[end]);
        ++end;
    }
    if ((end < t.size() && is_digit(t[end])) || !words.contains(std::string_view(lower, n))) return 0;
    return end;
}

// "am"/"pm" right after `at` (one space allowed): the end of it, or 0.
std::size_t day_half_after(const Scan& s, std::size_t at) {
    const std::string& t = s.text.text();
    if (at < t.size() && t[at] == ' ') ++at;
    std::size_t end = letters_in(t, at, s.cues.day_halves);
    if (end != 0 && end < t.size() && t[end] == '.' && t.compare(at + 1, 1, ".") == 0) ++end;  // "p.m."
    return end;
}

// "10:30", "6:40pm", "6pm", "8 AM".
std::size_t time_at(const Scan& s, std::size_t i) {
    const std::string& t = s.text.text();
    const std::size_t h_end = digit_run(t, i);
    if (h_end - i > 2) return 0;
    const unsigned hour = value_of(t, i, h_end);
    std::size_t end = h_end;
    bool minutes = false;
    if (end + 2 < t.size() && (t[end] == ':' || t[end] == '.') && is_digit(t[end + 1]) && is_digit(t[end + 2]) &&
        (end + 3 == t.size() || !is_digit(t[end + 3]))) {
        if (value_of(t, end + 1, end + 3) > 59) return 0;
        minutes = t[end] == ':';
        const std::size_t after_minutes = end + 3;
        if (t[end] == '.' && day_half_after(s, after_minutes) == 0) return 0;  // "3.50" is a price or decimal
        end = after_minutes;
        if (end + 2 < t.size() && t[end] == ':' && is_digit(t[end + 1]) && is_digit(t[end + 2])) end += 3;
    }
    if (const std::size_t half = day_half_after(s, end); half != 0 && hour >= 1 && hour <= 12) return half;
    if (!minutes || hour > 23) return 0;
    if (end < t.size() && (is_alnum(t[end]) || (t[end] == ':' && end + 1 < t.size() && is_digit(t[end + 1]))))
        return 0;
    return end;
}

// "14/03/2025", "2025-03-14", "14/03", "12.03.2025"; not versions ("2.3.1") or "24/7", "1/2".
std::size_t numeric_date_at(const std::string& t, std::size_t i) {
    const std::size_t a_end = digit_run(t, i);
    const std::size_t a_len = a_end - i;
    if (a_end + 1 >= t.size() || a_len > 4 || a_len == 3) return 0;
    const char sep = t[a_end];
    if (sep != '/' && sep != '-' && sep != '.') return 0;
    const std::size_t b_end = digit_run(t, a_end + 1);
    const std::size_t b_len = b_end - a_end - 1;
    if (b_len < 1 || b_len > 2) return 0;
    std::size_t end = b_end;
    std::size_t c_len = 0;
    if (b_end + 1 < t.size() && t[b_end] == sep && is_digit(t[b_end + 1])) {
        const std::size_t c_end = digit_run(t, b_end + 1);
        c_len = c_end - b_end - 1;
        end = c_end;
    }
    if (end < t.size() && (is_alnum(t[end]) || ((t[end] == sep || t[end] == '.') && end + 1 < t.size() && is_digit(t[end + 1]))))
        return 0;
    const unsigned a = value_of(t, i, a_end), b = value_of(t, a_end + 1, b_end);
    if (a_len == 4) {  // year first
        if (sep == '.' || (c_len != 1 && c_len != 2)) return 0;
        const unsigned c = value_of(t, b_end + 1, end);
        return b >= 1 && b <= 12 && c >= 1 && c <= 31 ? end : 0;
    }
    const bool day_month = (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
    if (!day_month) return 0;
    if (c_len == 0) return sep == '/' && a_len == 2 && b_len == 2 ? end : 0;
    if (c_len != 2 && c_len != 4) return 0;
    return sep == '.' && c_len != 4 ? 0 : end;
}

// "22 August 1979", "1st of May", "12 March": the day's digits end at `day_end`.
std::size_t day_month_at(const Scan& s, std::size_t i, std::size_t day_end) {
    const std::string& t = s.text.text();
    if (day_end - i > 2 || value_of(t, i, day_end) < 1 || value_of(t, i, day_end) > 31) return 0;
    std::size_t at = day_end;
    if (const std::size_t suffix = letters_in(t, at, s.cues.ordinal_suffixes); suffix != 0) at = suffix;
    if (at + 1 >= t.size() || t[at] != ' ' || !is_alpha(t[at + 1])) return 0;
    ++at;
    const Token* w = word_at(s.text, at);
    if (w != nullptr && s.cues.day_month_joiners.contains(w->folded) && w->end < t.size() && t[w->end] == ' ')
        w = word_at(s.text, w->end + 1);
    if (w == nullptr || !is_upper(t[w->start]) || !s.cues.months.contains(w->folded)) return 0;
    std::size_t end = w->end;
    std::size_t y = end;
    if (y < t.size() && t[y] == ',') ++y;
    if (y < t.size() && t[y] == ' ' && digit_run(t, y + 1) - (y + 1) == 4 &&
        (digit_run(t, y + 1) == t.size() || !is_alnum(t[digit_run(t, y + 1)])))
        end = digit_run(t, y + 1);
    return end;
}

// A run of digit groups joined by single spaces, dashes or dots, with an optional leading '+'
// and one bracketed group: "+44 20 7946 0123", "(416) 555-0187", "4111-1111-1111-1111".
struct Groups {
    std::size_t end = 0;
    std::array<std::uint8_t, 8> sizes{};
    std::size_t count = 0;
    char digits[24] = {};
    std::size_t digit_count = 0;
    bool plus = false;
    bool bracket = false;
    bool dot = false;
    bool too_long = false;
};

Groups read_groups(const std::string& t, std::size_t i) {
    Groups g;
    std::size_t k = i;
    if (t[k] == '+') {
        g.plus = true;
        ++k;
    }
    bool open = false;
    while (k < t.size()) {
        if (t[k] == '(' && !g.bracket && k + 1 < t.size() && is_digit(t[k + 1])) {
            g.bracket = open = true;
            ++k;
        }
        const std::size_t run_end = digit_run(t, k);
        if (run_end == k) break;
        if (g.count == g.sizes.size()) {
            g.too_long = true;
            break;
        }
        g.sizes[g.count++] = static_cast<std::uint8_t>(std::min<std::size_t>(run_end - k, 255));
        for (std::size_t d = k; d < run_end; ++d) {
            if (g.digit_count < sizeof g.digits) g.digits[g.digit_count] = t[d];
            ++g.digit_count;
        }
        g.end = k = run_end;
        if (open && k < t.size() && t[k] == ')') {
            open = false;
            ++k;
            if (k < t.size() && (t[k] == ' ' || t[k] == '-')) ++k;
            if (k < t.size() && is_digit(t[k])) continue;
            break;
        }
        if (k + 1 < t.size() && (t[k] == ' ' || t[k] == '-' || t[k] == '.') &&
            (is_digit(t[k + 1]) || (t[k + 1] == '(' && !g.bracket))) {
            g.dot |= t[k] == '.';
            ++k;
            continue;
        }
        break;
    }
    if (open) g.bracket = false;  // an unclosed bracket is prose: "(1 in 3"
    g.too_long |= g.digit_count > sizeof g.digits;
    return g;
}

bool luhn_valid(const Groups& g) {
    unsigned sum = 0;
    bool twice = false;
    for (std::size_t k = g.digit_count; k-- > 0;) {
        unsigned d = static_cast<unsigned>(g.digits[k] - '0');
        if (twice && (d *= 2) > 9) d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

bool issuer_known(const Scan& s, const Groups& g) {
    for (const PrefixRange& r : s.cues.issuer_prefixes) {
        if (r.digits > g.digit_count) continue;
        unsigned lead = 0;
        for (std::size_t k = 0; k < r.digits; ++k) lead = lead * 10 + static_cast<unsigned>(g.digits[k] - '0');
        if (lead >= r.low && lead <= r.high) return true;
    }
    return false;
}

bool is_card(const Scan& s, const Groups& g, std::size_t start) {
    if (g.digit_count < 13 || g.digit_count > 19 || g.plus || g.bracket || g.dot || !issuer_known(s, g)) return false;
    // Cards are written whole or in groups of four (Amex 4-6-5); every group but the last has 4+.
    for (std::size_t k = 0; k + 1 < g.count; ++k)
        if (g.sizes[k] < 4) return false;
    if (luhn_valid(g)) return true;
    // A mistyped card is still a card when the text calls it one and it is grouped like one.
    return g.count == 4 && g.digit_count == 16 && cue_before(s.text, s.cues.card_cues, 4, static_cast<std::uint32_t>(start));
}

bool is_phone(const Groups& g) {
    const std::size_t n = g.digit_count;
    const auto shape = [&](std::initializer_list<int> want) {
        if (g.count != want.size()) return false;
        std::size_t k = 0;
        for (int w : want)
            if (g.sizes[k++] != w) return false;
        return true;
    };
    if (g.plus) return n >= 8 && n <= 15 && g.sizes[0] <= 4;
    if (g.digits[0] == '0' && g.digits[1] == '0') return n >= 10 && n <= 15 && g.count >= 2;
    if (g.digits[0] == '0') return n >= 10 && n <= 11 && (g.count >= 2 || !g.dot);
    if (g.dot && g.count != 3) return false;
    return shape({3, 3, 4}) || shape({1, 3, 3, 4});  // North American: 555-123-4567, 1-800-555-0199
}

EntityOwner phone_owner(const Scan& s, const Groups& g, std::size_t start) {
    std::string_view digits(g.digits, g.digit_count);
    if (digits.substr(0, 2) == "00") digits.remove_prefix(2);
    for (const std::string& prefix : s.cues.phone_brand_prefixes)
        if (digits.substr(0, prefix.size()) == prefix && digits.size() >= prefix.size() + 5) return EntityOwner::brand;
    return owner_by_cues(s.text, s.cues.phone, s.cues.window, static_cast<std::uint32_t>(start));
}

// A US ZIP: five digits (ZIP+4 allowed) after a state's code or a "zip" cue.
bool is_zip(const Scan& s, const Groups& g, std::size_t start) {
    const bool shape = (g.count == 1 && g.sizes[0] == 5) || (g.count == 2 && g.sizes[0] == 5 && g.sizes[1] == 4);
    if (!shape || g.plus || g.bracket || g.dot) return false;
    const std::string& t = s.text.text();
    if (start >= 3 && t[start - 1] == ' ') {
        const std::size_t back = t[start - 2] == ',' ? 4 : 3;  // "CA 90210", "CA, 90210"
        const std::size_t code = start >= back ? start - back : 0;
        if (code + 2 < start && (code == 0 || !is_alnum(t[code - 1])))
            for (const std::string& state : s.cues.us_states)
                if (t.compare(code, 2, state) == 0) return true;
    }
    return cue_before(s.text, s.cues.zip_cues, 3, static_cast<std::uint32_t>(start));
}

// The currency symbol that ends right at `i` (its start), or npos.
std::size_t symbol_before(const Scan& s, std::size_t i) {
    const std::string& t = s.text.text();
    // Every symbol ends in a byte that is not a letter, digit or space: "$", "£" (C2 A3), "US$".
    if (i == 0 || is_alnum(t[i - 1]) || t[i - 1] == ' ') return std::string::npos;
    std::size_t best = std::string::npos;
    for (const std::string& sym : s.cues.price_symbols)
        if (sym.size() <= i && t.compare(i - sym.size(), sym.size(), sym) == 0 && (best == std::string::npos || i - sym.size() < best))
            best = i - sym.size();
    return best;
}

// "42.99", "1,250.00": the end of an amount starting at `i`.
std::size_t amount_end(const std::string& t, std::size_t i) {
    std::size_t k = digit_run(t, i);
    while (k < t.size() && t[k] == ',' && digit_run(t, k + 1) == k + 4) k += 4;
    if (k + 1 < t.size() && t[k] == '.' && is_digit(t[k + 1]) && digit_run(t, k + 1) - (k + 1) <= 2) k = digit_run(t, k + 1);
    return k;
}

// A currency word or code right after an amount ("42.99 GBP", "50p"): its end, or 0.
std::size_t currency_after(const Scan& s, std::size_t end) {
    const std::string& t = s.text.text();
    std::size_t at = end;
    if (at < t.size() && t[at] == ' ') ++at;
    const std::size_t code = letters_in(t, at, s.cues.price_codes);
    if (code == 0 || (code - at == 1 && at != end)) return 0;  // "50p", not "50 p"
    return code;
}

}  // namespace

void find_numbers(Scan& s) {
    const std::string& t = s.text.text();
    std::size_t i = 0;
    while (i < t.size()) {
        const char c = t[i];
        const bool starts = is_digit(c) || ((c == '+' || c == '(') && i + 1 < t.size() && is_digit(t[i + 1]));
        if (!starts) {
            ++i;
            continue;
        }
        if (glued_before(t, i)) {
            ++i;  // the run may start with '+' or '(', which the loop below does not step over
            while (i < t.size() && (is_alnum(t[i]) || t[i] == '.' || t[i] == '-' || t[i] == '_' || t[i] == '/')) ++i;
            continue;
        }
        if (is_digit(c)) {
            if (const std::size_t sym = symbol_before(s, i); sym != std::string::npos) {
                const std::size_t end = amount_end(t, i);
                s.add(EntityKind::price, sym, end);
                i = end;
                continue;
            }
            if (const std::size_t end = time_at(s, i); end != 0) {
                s.add(EntityKind::time, i, end);
                i = end;
                continue;
            }
            std::size_t end = numeric_date_at(t, i);
            if (end == 0) end = day_month_at(s, i, digit_run(t, i));
            if (end != 0) {
                const bool birth = cue_before(s.text, s.cues.birth_cues, s.cues.window, static_cast<std::uint32_t>(i));
                s.add(EntityKind::date, i, end, birth ? EntityOwner::customer : EntityOwner::unknown);
                i = end;
                continue;
            }
        }
        const Groups g = read_groups(t, i);
        const std::size_t end = std::max(g.end, i + 1);
        if (g.count == 1 && !g.plus && !g.bracket) {
            if (const std::size_t code = currency_after(s, amount_end(t, i)); code != 0) {
                s.add(EntityKind::price, i, code);
                i = code;
                continue;
            }
        }
        const bool glued_after = end < t.size() && (is_alpha(t[end]) || t[end] == '_');
        if (g.too_long || g.digit_count == 0 || glued_after) {
            i = end;
            while (i < t.size() && (is_alnum(t[i]) || t[i] == '_')) ++i;
            continue;
        }
        if (is_card(s, g, i)) {
            s.add(EntityKind::card, i, end);
        } else if (is_zip(s, g, i)) {
            s.add(EntityKind::postcode, i, end);
        } else if (is_phone(g)) {
            s.add(EntityKind::phone, i, end, phone_owner(s, g, i));
        }
        i = end;
    }
}

void find_month_dates(Scan& s) {
    const std::string& t = s.text.text();
    const auto& tokens = s.text.tokens();
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        const Token& w = tokens[k];
        if (w.kind != TokenKind::word || !is_upper(t[w.start]) || !s.cues.months.contains(w.folded)) continue;
        std::size_t at = w.end;
        if (at < t.size() && t[at] == '.') ++at;  // "Mar. 12"
        if (at + 1 >= t.size() || t[at] != ' ' || !is_digit(t[at + 1])) continue;
        const std::size_t day_end = digit_run(t, at + 1);
        if (day_end - at - 1 > 2 || value_of(t, at + 1, day_end) < 1 || value_of(t, at + 1, day_end) > 31) continue;
        std::size_t end = day_end;
        if (const std::size_t suffix = letters_in(t, end, s.cues.ordinal_suffixes); suffix != 0)
            end = suffix;
        else if (end < t.size() && is_alnum(t[end]))
            continue;
        std::size_t y = end;
        if (y < t.size() && t[y] == ',') ++y;
        if (y + 1 < t.size() && t[y] == ' ' && digit_run(t, y + 1) - (y + 1) == 4) end = digit_run(t, y + 1);
        const bool birth = cue_before(s.text, s.cues.birth_cues, s.cues.window, w.start);
        s.add(EntityKind::date, w.start, end, birth ? EntityOwner::customer : EntityOwner::unknown);
    }
}

}  // namespace replycheck::entity_detail
