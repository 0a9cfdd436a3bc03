// Values that only a cue makes into data: "order #A12345", "account number 40118832", "sort code
// 20-45-77", "ending 4417", "your password is Harbour77". Each token is tested against the cue
// lists' filters, so most tokens cost a few bit tests.
#include "analysis/entity_finders.h"

namespace replycheck::entity_detail {
namespace {

bool touching(const std::vector<Token>& tokens, std::size_t a, std::size_t b) { return tokens[a].end == tokens[b].start; }

bool wordish(const Token& t) { return t.kind == TokenKind::word || t.kind == TokenKind::number; }

// The last token of a value starting at token `first`: touching word and number tokens, and '-'
// or '/' between two of them ("CW-88213", "20-45-77"), then groups of four after single spaces
// ("DE89 3704 0044").
std::size_t value_end(const AnalysedText& text, std::size_t first) {
    const auto& tokens = text.tokens();
    std::size_t last = first;
    for (;;) {
        const std::size_t next = last + 1;
        if (next < tokens.size() && touching(tokens, last, next) && wordish(tokens[next])) {
            last = next;
            continue;
        }
        if (next + 1 < tokens.size() && touching(tokens, last, next) && touching(tokens, next, next + 1) &&
            (text.slice(tokens[next]) == "-" || text.slice(tokens[next]) == "/") && wordish(tokens[next + 1])) {
            last = next + 1;
            continue;
        }
        if (next < tokens.size() && tokens[next].start == tokens[last].end + 1 && tokens[next].kind == TokenKind::number &&
            tokens[last].size() == 4 && text.text()[tokens[last].end] == ' ') {
            last = next;
            continue;
        }
        return last;
    }
}

struct Shape {
    std::size_t alnum = 0, digits = 0, upper = 0, lower = 0;
};

Shape shape_of(std::string_view v) {
    Shape s;
    for (char c : v) {
        s.alnum += is_alnum(c);
        s.digits += is_digit(c);
        s.upper += is_upper(c);
        s.lower += c >= 'a' && c <= 'z';
    }
    return s;
}

// An order or account value: has digits, or is an upper-case booking code ("QXPLLM").
bool code_like(std::string_view v, bool needs_digit) {
    const Shape s = shape_of(v);
    if (s.alnum < 4 || s.alnum > 34) return false;
    // "XXXXXX" or "000000" stands for a value not filled in: placeholder.unfilled's, not a reference.
    if (v.find_first_not_of(v.front()) == std::string_view::npos) return false;
    if (s.digits > 0) return true;
    return !needs_digit && s.lower == 0 && s.upper >= 5 && s.upper <= 10;
}

// A password: one word with a digit or an inner capital, not a plain word.
bool secret_like(std::string_view v) {
    const Shape s = shape_of(v);
    if (v.size() < 4 || s.alnum + 2 < v.size()) return false;
    return s.digits > 0 || (s.upper > 0 && !is_upper(v[0])) || s.upper > 1;
}

}  // namespace

void find_cued_values(Scan& s) {
    const auto& tokens = s.text.tokens();
    const auto& cues = s.cues;
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        if (!cues.cued_value_ends.may_contain(tokens[k].folded)) continue;
        const bool reference = cues.reference_cues.longest_ending_at(tokens, 0, k) > 0;
        const bool account = cues.account_cues.longest_ending_at(tokens, 0, k) > 0;
        if (reference || account) {
            std::size_t v = k + 1;
            for (std::size_t skipped = 0; v < tokens.size() && skipped < cues.max_fillers &&
                                          cues.reference_fillers.contains(tokens[v].folded);
                 ++v, ++skipped) {
            }
            if (v < tokens.size() && wordish(tokens[v])) {
                const std::size_t last = value_end(s.text, v);
                if (code_like(s.text.slice(tokens[v].start, tokens[last].end), account)) {
                    // A glued '#' belongs to the value, so "#A12345" is a reference, not a hashtag.
                    const bool hash = v > 0 && s.text.slice(tokens[v - 1]) == "#" && touching(tokens, v - 1, v);
                    s.add(account ? EntityKind::account : EntityKind::reference, tokens[v].start - (hash ? 1 : 0),
                          tokens[last].end);
                    k = last;
                    continue;
                }
            }
        }
        if (cues.card_tail_cues.longest_ending_at(tokens, 0, k) > 0) {
            const Token& n = tokens[k + 1];
            const std::string& t = s.text.text();
            const bool more = n.end + 1 < t.size() && (t[n.end] == ' ' || t[n.end] == '-') && is_digit(t[n.end + 1]);
            if (n.kind == TokenKind::number && n.size() >= 2 && n.size() <= 4 && !more) {
                s.add(EntityKind::card_tail, n.start, n.end);
                continue;
            }
        }
        if (cues.secret_cues.longest_ending_at(tokens, 0, k) > 0 && wordish(tokens[k + 1])) {
            const std::size_t last = value_end(s.text, k + 1);
            if (secret_like(s.text.slice(tokens[k + 1].start, tokens[last].end))) {
                s.add(EntityKind::secret, tokens[k + 1].start, tokens[last].end, EntityOwner::customer);
                k = last;
            }
        }
    }
}

}  // namespace replycheck::entity_detail
