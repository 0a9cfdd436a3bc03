// Personal data in a public reply: email addresses, phone numbers, card numbers, labelled
// order/account/booking numbers and street addresses. Each scanner walks the text once.
//
// A brand's own contact details ("call us on 0800 123 4567", "email help@brand.com") are not
// the customer's data, so emails and phone numbers only count when they are in the customer's
// post or are not introduced as ours. Card numbers always count (Luhn-valid, 13–19 digits).
#include <algorithm>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "match/word_set.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

// The hand-off that replaces personal details in a public reply.
constexpr std::string_view kDmHandoff = "I've sent you a DM with the details.";


bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
bool is_local_char(char c) {
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain_char(char c) { return is_alnum(c) || c == '.' || c == '-'; }

struct Span {
    std::uint32_t start;
    std::uint32_t end;
    const char* what;
};

std::string digits_of(std::string_view s) {
    std::string d;
    for (char c : s)
        if (is_digit(c)) d += c;
    return d;
}

bool luhn_valid(const std::string& digits) {
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (twice) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

constexpr WordSet kCustomerWords(std::to_array<std::string_view>({"your", "you", "yours"}));
constexpr WordSet kOurContactWords(std::to_array<std::string_view>(
    {"us", "our", "contact", "call", "ring", "dial", "helpline", "hotline", "team", "reach", "whatsapp"}));

// Words that name a number as an order, account or booking reference, and the filler that may
// stand between such a word and the number ("order number: 1234").
constexpr WordSet kNumberLabels(std::to_array<std::string_view>(
    {"order", "account", "acct", "booking", "reservation", "confirmation", "membership", "policy", "pnr", "tracking",
     "ref", "reference", "iban", "passport"}));
constexpr WordSet kLabelFiller(std::to_array<std::string_view>(
    {"number", "no", "num", "ref", "reference", "code", "id", "is", "#", ":", ".", "nr"}));

constexpr WordSet kStreetWords(std::to_array<std::string_view>(
    {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "boulevard", "blvd", "close", "court",
     "ct", "crescent", "terrace", "square", "sq", "place", "way", "highway", "hwy", "parkway", "pkwy", "gardens",
     "grove", "mews", "row"}));

// Words in the few tokens before a contact detail that show it is the brand's own.
bool introduced_as_ours(const AnalysedText& text, std::uint32_t at) {
    constexpr std::size_t kWindow = 8;
    const auto& tokens = text.tokens();
    std::size_t i = 0;
    while (i < tokens.size() && tokens[i].end <= at) ++i;
    bool ours = false;
    for (std::size_t k = 0; k < kWindow && k < i; ++k) {
        const std::string& w = tokens[i - 1 - k].folded;
        if (kCustomerWords.contains(w)) return false;
        if (kOurContactWords.contains(w)) ours = true;
    }
    return ours;
}

bool in_post(const CheckContext& ctx, std::string_view needle_digits_or_text, bool digits) {
    if (digits) return digits_of(ctx.post.text()).find(needle_digits_or_text) != std::string::npos;
    return fold(ctx.post.text()).find(fold(needle_digits_or_text)) != std::string::npos;
}

void scan_emails(const CheckContext& ctx, std::vector<Span>& found) {
    const std::string& t = ctx.draft.text();
    std::size_t consumed = 0;  // keeps the scan linear when '@' repeats
    for (std::size_t at = t.find('@'); at != std::string::npos; at = t.find('@', at + 1)) {
        std::size_t start = at;
        while (start > consumed && is_local_char(t[start - 1])) --start;
        if (start == at) continue;  // "@handle" has no local part
        std::size_t end = at + 1;
        while (end < t.size() && is_domain_char(t[end])) ++end;
        while (end > at + 1 && (t[end - 1] == '.' || t[end - 1] == '-')) --end;  // sentence full stop
        consumed = end;
        std::size_t last_dot = 0;
        for (std::size_t k = at + 1; k < end; ++k)
            if (t[k] == '.') last_dot = k;
        if (last_dot == 0 || last_dot + 2 > end || last_dot <= at + 1) continue;
        const std::string_view address(t.data() + start, end - start);
        if (!in_post(ctx, address, false) && introduced_as_ours(ctx.draft, static_cast<std::uint32_t>(start)))
            continue;
        found.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), "an email address"});
    }
}

// Digit groups joined by single spaces, dashes, dots or brackets, with an optional leading '+'.
void scan_numbers(const CheckContext& ctx, std::vector<Span>& found) {
    const std::string& t = ctx.draft.text();
    std::size_t i = 0;
    while (i < t.size()) {
        const bool plus = t[i] == '+' && i + 1 < t.size() && is_digit(t[i + 1]);
        const bool bracket = t[i] == '(' && i + 1 < t.size() && is_digit(t[i + 1]);
        if (!is_digit(t[i]) && !plus && !bracket) {
            ++i;
            continue;
        }
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '/' || t[i - 1] == '#' || t[i - 1] == '@' ||
                      t[i - 1] == '=' || t[i - 1] == '.')) {
            // Part of a word, link, handle, decimal or label value: skip the whole run. The first
            // step is unconditional because the run may start with '+' or '('.
            ++i;
            while (i < t.size() && (is_alnum(t[i]) || t[i] == '/' || t[i] == '.')) ++i;
            continue;
        }
        const std::size_t start = i;
        std::size_t end = i + (plus || bracket ? 1 : 0);
        std::size_t digit_count = 0;
        std::size_t j = end;
        while (j < t.size()) {
            if (is_digit(t[j])) {
                ++digit_count;
                end = ++j;
            } else if ((t[j] == ' ' || t[j] == '-' || t[j] == '.' || t[j] == '(' || t[j] == ')') &&
                       j + 1 < t.size() && (is_digit(t[j + 1]) || (t[j] == ')' && t[j + 1] == ' '))) {
                ++j;
            } else {
                break;
            }
        }
        i = std::max(j, start + 1);
        if (end < t.size() && is_alpha(t[end])) continue;  // "3pm", "2nd"
        const std::string digits = digits_of(std::string_view(t).substr(start, end - start));
        const auto s = static_cast<std::uint32_t>(start);
        const auto e = static_cast<std::uint32_t>(end);
        if (digits.size() >= 13 && digits.size() <= 19 && luhn_valid(digits)) {
            found.push_back({s, e, "a card number"});
        } else if (digits.size() >= 10 && digits.size() <= 15) {
            if (in_post(ctx, digits, true) || !introduced_as_ours(ctx.draft, s))
                found.push_back({s, e, "a phone number"});
        }
    }
}

// "order #A12345", "booking ref XK92JD", "account number: 12345678".
void scan_labelled_numbers(const CheckContext& ctx, std::vector<Span>& found) {
    const auto& tokens = ctx.draft.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!kNumberLabels.contains(tokens[i].folded)) continue;
        // Skip filler such as "number", "no", "ref", "#", ":" (at most three tokens).
        std::size_t j = i + 1;
        for (std::size_t skipped = 0; j < tokens.size() && skipped < 3; ++j, ++skipped)
            if (!kLabelFiller.contains(tokens[j].folded)) break;
        if (j >= tokens.size()) continue;
        // The value may be split by ICU ("#A12345" -> "#", "A12345"); join touching tokens.
        std::size_t last = j;
        while (last + 1 < tokens.size() && tokens[last + 1].start == tokens[last].end &&
               tokens[last + 1].kind != TokenKind::punctuation)
            ++last;
        const std::string_view value = ctx.draft.slice(tokens[j].start, tokens[last].end);
        std::size_t digits = 0, letters = 0, upper = 0;
        for (char c : value) {
            digits += is_digit(c);
            letters += is_alpha(c);
            upper += c >= 'A' && c <= 'Z';
        }
        const bool code_like = value.size() >= 4 &&
                               ((digits >= 3) || (digits >= 1 && letters == upper) ||
                                (letters >= 5 && letters == upper && letters == value.size()));
        if (!code_like) continue;
        found.push_back({tokens[i].start, tokens[last].end, "an order, account or booking number"});
        i = last;
    }
}

// "221B Baker Street", "12 Rue de la Paix" is left out: only English street-type words.
void scan_street_addresses(const CheckContext& ctx, std::vector<Span>& found) {
    const auto& tokens = ctx.draft.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& number = tokens[i];
        const std::string_view n = ctx.draft.slice(number);
        if (n.empty() || !is_digit(n[0]) || n.size() > 5) continue;
        // One to three capitalised name words, then the street type.
        std::size_t j = i + 1;
        std::size_t names = 0;
        for (; j < tokens.size() && names <= 3; ++j) {
            const Token& w = tokens[j];
            if (w.kind != TokenKind::word) break;
            const std::string_view original = ctx.draft.slice(w);
            const bool capital = original[0] >= 'A' && original[0] <= 'Z';
            if (!capital) break;
            if (names >= 1 && kStreetWords.contains(w.folded)) {
                found.push_back({number.start, w.end, "a street address"});
                i = j;
                break;
            }
            ++names;
        }
    }
}

}  // namespace

void privacy_pii_public(const CheckContext& ctx, Findings& out) {
    if (!ctx.is_public()) return;
    std::vector<Span> found;
    scan_emails(ctx, found);
    scan_numbers(ctx, found);
    scan_labelled_numbers(ctx, found);
    scan_street_addresses(ctx, found);
    std::sort(found.begin(), found.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    std::uint32_t covered = 0;
    for (const Span& s : found) {
        if (s.start < covered) continue;  // a card number is not also a phone number
        covered = s.end;
        Finding f = make_finding(std::string("This public reply shows ") + s.what +
                                     "; move personal details to a private message.",
                                 s.start, s.end);
        // Replace the whole sentence: the hand-off reads badly spliced into the middle of one.
        const Segment sentence = sentence_span(ctx.draft, s.start);
        const std::uint32_t from =
            std::min(std::max(sentence.start, after_leading_mentions(ctx.draft.text())), s.start);
        f.suggestions.push_back(make_suggestion("Move the details to a DM", std::string(kDmHandoff),
                                                from, std::max(sentence.end, s.end), false));
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
