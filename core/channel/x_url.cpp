#include "channel/x_url.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "channel/js_regex.h"
#include "channel/x_text_data.h"
#include "text/utf8.h"

namespace replycheck::x_url {
namespace {

using js_regex::Builder;
using js_regex::Node;
using js_regex::Span;
using js_regex::UnitSet;

// Capture groups of extractUrl, numbered as twitter-text reads them (RegExp.$n).
enum Group { whole_match = 1, before = 2, url = 3, protocol = 4, domain = 5, port = 6, path = 7, query = 8 };
constexpr int group_count = 9;

constexpr std::size_t max_url_length = 4096;
constexpr std::size_t max_tco_slug_length = 40;
constexpr std::size_t max_domain_label_length = 63;

// The character groups twitter-text splices into its regexes (dist/regexp/*.js), as sets.
UnitSet spaces() {
    UnitSet s;
    s.add(0x09, 0x0D).add(0x20).add(0x85).add(0xA0).add(0x1680).add(0x180E).add(0x2000, 0x200A);
    s.add(0x2028).add(0x2029).add(0x202F).add(0x205F).add(0x3000);
    return s;
}
UnitSet invalid_chars() {
    UnitSet s;
    s.add(0xFFFE).add(0xFEFF).add(0xFFFF);
    return s;
}
UnitSet directional_marks() {
    UnitSet s;
    s.add(0x202A, 0x202E).add(0x061C).add(0x200E).add(0x200F).add(0x2066, 0x2069);
    return s;
}
constexpr std::u16string_view punctuation_units = u"!'#%&()*+,\\-./:;<=>?@[]^_{|}~$";
UnitSet punctuation_except(std::u16string_view kept) {
    UnitSet s;
    for (char16_t u : punctuation_units)
        if (kept.find(u) == std::u16string_view::npos) s.add(u);
    return s;
}
UnitSet punctuation() { return punctuation_except(u""); }
UnitSet latin_accents() {
    UnitSet s;
    s.add(0xC0, 0xD6).add(0xD8, 0xF6).add(0xF8, 0xFF).add(0x0100, 0x024F).add(0x0253).add(0x0254);
    s.add(0x0256).add(0x0257).add(0x0259).add(0x025B).add(0x0263).add(0x0268).add(0x026F).add(0x0272);
    s.add(0x0289).add(0x028B).add(0x02BB).add(0x0300, 0x036F).add(0x1E00, 0x1EFF);
    return s;
}
UnitSet cyrillic() {
    UnitSet s;
    s.add(0x0400, 0x04FF);
    return s;
}
UnitSet ascii_alnum() {
    UnitSet s;
    s.add(u'a', u'z').add(u'0', u'9');
    return s;
}

// All regexes involved carry the i flag (extractUrl 'gi', validAsciiDomain 'gi', validTcoUrl 'i').
constexpr bool ci = true;

struct Patterns {
    Builder b;
    const UnitSet* domain_char = nullptr;  // validDomainChars
    const Node* extract_url = nullptr;
    const Node* ascii_domain = nullptr;
    const Node* tco_url = nullptr;

    const Node* cls(UnitSet s, bool negated = false) {
        s.finish(ci, negated);
        return b.unit(b.set(std::move(s)));
    }

    Patterns() {
        std::vector<std::u16string> tld_list;
        for (std::size_t i = 0; i < x_data::tld_count; ++i) tld_list.push_back(to_utf16(x_data::tlds[i]));
        // validGTLD | validCCTLD, each followed by (?=[^0-9a-zA-Z@+-]|$); one list keeps the order.
        UnitSet after_tld = ascii_alnum();
        after_tld.add(u"@+-");
        const Node* tld_end = b.lookahead(b.alt({cls(after_tld, true), b.input_end()}));
        UnitSet puny_chars = ascii_alnum();
        puny_chars.add(u'-');
        const Node* punycode = b.seq({b.literal(u"xn--", ci), b.plus(cls(puny_chars))});
        const Node* tld = b.alt({b.seq({b.literals(tld_list, ci), tld_end}), punycode});

        // validDomainChars excludes punctuation, spaces, invalid characters and directional
        // marks. (?:[_-]|validDomainChars)* in validSubdomain and (?:-|validDomainChars)* in
        // validDomainName are alternations of single units, so each is one class here: the same
        // language, tried in the same order.
        UnitSet never_in_domain = spaces();
        never_in_domain.add(invalid_chars()).add(directional_marks());
        UnitSet not_domain = never_in_domain;
        not_domain.add(punctuation());
        UnitSet not_subdomain_run = never_in_domain;
        not_subdomain_run.add(punctuation_except(u"-_"));
        UnitSet not_domain_name_run = never_in_domain;
        not_domain_name_run.add(punctuation_except(u"-"));
        not_domain.finish(ci, true);
        domain_char = b.set(std::move(not_domain));
        const Node* d = b.unit(domain_char);
        const Node* sub_run = cls(not_subdomain_run, true);
        const Node* name_run = cls(not_domain_name_run, true);
        const Node* dot = b.literal(u".", ci);
        const Node* subdomain = b.seq({b.optional(b.seq({d, b.star(sub_run)})), d, dot});
        const Node* domain_name = b.seq({b.optional(b.seq({d, b.star(name_run)})), d, dot});
        const Node* valid_domain = b.seq({b.star(subdomain), domain_name, tld});

        UnitSet general = ascii_alnum();
        general.add(cyrillic()).add(latin_accents()).add(u"!*';:=+,.$/%#[]-_~@|&").add(0x2013);
        const Node* g = cls(general);
        const Node* open = b.literal(u"(", ci);
        const Node* close = b.literal(u")", ci);
        const Node* balanced = b.seq({open,
                                      b.alt({b.plus(g), b.seq({b.star(g), open, b.plus(g), close, b.star(g)})}),
                                      close});
        UnitSet ending = ascii_alnum();
        ending.add(cyrillic()).add(latin_accents()).add(u"+-=_#/");
        // validUrlPathEndingChars is "[...]|(?:balanced)" and twitter-text splices it into
        // validUrlPath without brackets, so its "|" splits the enclosing group: a path segment is
        // G*(?:BG*)*[ending], or a balanced group alone, or @G+/ (as the built source shows).
        const Node* url_path = b.alt({b.seq({b.star(g), b.star(b.seq({balanced, b.star(g)})), cls(ending)}),
                                      balanced,
                                      b.seq({b.literal(u"@", ci), b.plus(g), b.literal(u"/", ci)})});

        UnitSet query_chars = ascii_alnum();
        query_chars.add(u"!?*'@();:&=+$/%#[]-_.,~|");
        UnitSet query_end = ascii_alnum();
        query_end.add(u"-_&=#/");
        const Node* query_tail = b.seq({b.star(cls(query_chars)), cls(query_end)});

        UnitSet digits;
        digits.add(u'0', u'9');
        UnitSet preceding = ascii_alnum();
        preceding.add(u"@\uFF20$#\uFF03").add(invalid_chars());
        const Node* before_url =
            b.alt({cls(preceding, true), cls(directional_marks()), b.input_start()});
        const Node* scheme = b.seq({b.literal(u"http", ci), b.optional(b.literal(u"s", ci)), b.literal(u"://", ci)});

        extract_url = b.capture(
            whole_match,
            b.seq({b.capture(before, before_url),
                   b.capture(url, b.seq({b.optional(b.capture(protocol, scheme)), b.capture(domain, valid_domain),
                                         b.optional(b.seq({b.literal(u":", ci), b.capture(port, b.plus(cls(digits)))})),
                                         b.optional(b.capture(path, b.seq({b.literal(u"/", ci), b.star(url_path)}))),
                                         b.optional(b.capture(query, b.seq({b.literal(u"?", ci), query_tail})))}))}));

        UnitSet ascii_label = latin_accents();
        ascii_label.add(ascii_alnum()).add(u'-');
        ascii_domain = b.seq({b.plus(b.seq({b.plus(cls(ascii_label)), dot})), tld});

        tco_url = b.seq({b.input_start(), scheme, b.literal(u"t.co/", ci), b.capture(1, b.plus(cls(ascii_alnum()))),
                         b.optional(b.seq({b.literal(u"?", ci), query_tail}))});
    }
};

const Patterns& patterns() {
    static const Patterns p;
    return p;
}

std::u16string_view slice(std::u16string_view text, const Span& s) {
    return s.matched() ? text.substr(static_cast<std::size_t>(s.start), s.size()) : std::u16string_view();
}

// punycode's encode(), counting output characters only (RFC 3492, section 6.3).
long punycode_encoded_length(const std::vector<std::uint32_t>& input) {
    constexpr std::int64_t max_int = 2147483647, base = 36, t_min = 1, t_max = 26, skew = 38, damp = 700;
    auto adapt = [&](std::int64_t delta, std::int64_t points, bool first) {
        delta = first ? delta / damp : delta >> 1;
        delta += delta / points;
        std::int64_t k = 0;
        for (; delta > ((base - t_min) * t_max) >> 1; k += base) delta /= base - t_min;
        return k + (base - t_min + 1) * delta / (delta + skew);
    };
    std::int64_t n = 128, delta = 0, bias = 72;
    const auto basic = static_cast<std::int64_t>(std::count_if(input.begin(), input.end(), [](std::uint32_t v) { return v < 0x80; }));
    long out = static_cast<long>(basic) + (basic > 0 ? 1 : 0);
    std::int64_t handled = basic;
    const auto total = static_cast<std::int64_t>(input.size());
    while (handled < total) {
        std::int64_t m = max_int;
        for (std::uint32_t v : input)
            if (v >= n && v < m) m = v;
        if (m - n > (max_int - delta) / (handled + 1)) return -1;
        delta += (m - n) * (handled + 1);
        n = m;
        for (std::uint32_t v : input) {
            if (v < n && ++delta > max_int) return -1;
            if (v == static_cast<std::uint64_t>(n)) {
                std::int64_t q = delta;
                for (std::int64_t k = base;; k += base) {
                    const std::int64_t t = k <= bias ? t_min : (k >= bias + t_max ? t_max : k - bias);
                    if (q < t) break;
                    ++out;
                    q = (q - t) / (base - t);
                }
                ++out;
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                ++handled;
            }
        }
        ++delta;
        ++n;
    }
    return out;
}

bool is_label_separator(char16_t u) { return u == u'.' || u == 0x3002 || u == 0xFF0E || u == 0xFF61; }

// Like String.prototype.indexOf.
std::size_t index_of(std::u16string_view haystack, std::u16string_view needle, std::size_t from) {
    return haystack.find(needle, from);
}

bool contains_ascii_domain(std::u16string_view text, js_regex::Budget& budget) {
    std::vector<Span> caps(2);
    return js_regex::search(patterns().ascii_domain, text, 0, caps, budget);
}

// twitter-text's idna.toAscii(domain) succeeds.
bool idna_accepts(std::u16string_view domain, js_regex::Budget& budget) {
    if (domain.substr(0, 4) == u"xn--" && !contains_ascii_domain(domain, budget)) return false;
    std::size_t start = 0;
    while (start <= domain.size()) {
        std::size_t end = domain.find(u'.', start);
        if (end == std::u16string_view::npos) end = domain.size();
        const long len = punycode_ascii_length(domain.substr(start, end - start));
        if (len < 1 || len > static_cast<long>(max_domain_label_length)) return false;
        start = end + 1;
    }
    return true;
}

// Positions where extractUrl can possibly match: the domain (right after the preceding unit, or
// after a scheme) must be a run of domain characters, '-' and '_' that ends in a dot.
std::vector<std::uint8_t> candidate_starts(std::u16string_view text) {
    const auto& p = patterns();
    const std::size_t n = text.size();
    // The dot must also be followed by a domain character: the next label or the TLD. That rules
    // out the full stops ending sentences.
    std::vector<std::uint8_t> run_ends_in_dot(n + 1, 0);
    for (std::size_t i = n; i-- > 0;) {
        const char16_t u = text[i];
        const bool in_run = u == u'-' || u == u'_' || p.domain_char->contains(u);
        run_ends_in_dot[i] = in_run ? run_ends_in_dot[i + 1] : (u == u'.' && i + 1 < n && p.domain_char->contains(text[i + 1]));
    }
    auto domain_can_start = [&](std::size_t q) {
        if (q >= n) return false;
        if (p.domain_char->contains(text[q]) && run_ends_in_dot[q]) return true;
        if (text[q] != u'h' && text[q] != u'H') return false;
        for (std::u16string_view scheme : {std::u16string_view(u"http://"), std::u16string_view(u"https://")}) {
            if (q + scheme.size() >= n) continue;
            bool same = true;
            for (std::size_t k = 0; k < scheme.size() && same; ++k)
                same = js_regex::canonicalize(text[q + k]) == js_regex::canonicalize(scheme[k]);
            const std::size_t d = q + scheme.size();
            if (same && p.domain_char->contains(text[d]) && run_ends_in_dot[d]) return true;
        }
        return false;
    };
    std::vector<std::uint8_t> starts(n + 1, 0);
    for (std::size_t s = 0; s < n; ++s) starts[s] = domain_can_start(s + 1) || (s == 0 && domain_can_start(0));
    return starts;
}

// Every domain has a dot followed by a domain character; full stops ending sentences are not.
template <class Char>
bool has_domain_dot(std::basic_string_view<Char> text) {
    const auto& p = patterns();
    for (std::size_t i = text.find(Char('.')); i != text.npos; i = text.find(Char('.'), i + 1))
        if (i + 1 < text.size() && p.domain_char->contains(static_cast<char16_t>(text[i + 1]))) return true;
    return false;
}

}  // namespace

bool ascii_may_contain_url(std::string_view ascii) { return has_domain_dot(ascii); }

long punycode_ascii_length(std::u16string_view label) {
    long total = 0;
    std::size_t start = 0;
    for (;;) {
        std::size_t end = start;
        while (end < label.size() && !is_label_separator(label[end])) ++end;
        const std::u16string_view piece = label.substr(start, end - start);
        if (std::any_of(piece.begin(), piece.end(), [](char16_t u) { return u > 0x7F; })) {
            std::vector<std::uint32_t> code_points;  // punycode's ucs2decode: lone surrogates stay
            for (std::size_t i = 0; i < piece.size(); ++i) {
                const char16_t u = piece[i];
                if (u >= 0xD800 && u <= 0xDBFF && i + 1 < piece.size() && (piece[i + 1] & 0xFC00) == 0xDC00) {
                    code_points.push_back(0x10000 + ((u & 0x3FFu) << 10) + (piece[i + 1] & 0x3FFu));
                    ++i;
                } else {
                    code_points.push_back(u);
                }
            }
            const long encoded = punycode_encoded_length(code_points);
            if (encoded < 0) return -1;
            total += 4 + encoded;  // "xn--"
        } else {
            total += static_cast<long>(piece.size());
        }
        if (end == label.size()) break;
        total += 1;  // the separator, rewritten as '.'
        start = end + 1;
    }
    return total;
}

namespace {

std::vector<UrlEntity> search_urls(std::u16string_view text) {
    std::vector<UrlEntity> urls;
    const auto& p = patterns();
    const std::vector<std::uint8_t> starts = candidate_starts(text);
    std::vector<Span> caps(group_count);
    std::size_t last_index = 0;
    js_regex::Budget budget;
    while (js_regex::search(p.extract_url, text, last_index, caps, budget, &starts)) {
        const std::size_t end_position = static_cast<std::size_t>(caps[0].end);
        last_index = end_position;
        const std::u16string_view url_text = slice(text, caps[url]);
        const std::u16string_view protocol_text = slice(text, caps[protocol]);
        const std::u16string_view domain_text = slice(text, caps[domain]);
        const bool has_path = caps[path].size() > 0;
        const std::size_t start_position = end_position - url_text.size();

        // isValidUrl: twitter-text's toAscii returns the domain unchanged, so only the label
        // check and the raw length count.
        const std::size_t scheme_length = protocol_text.empty() ? 8 : protocol_text.size();
        if (!idna_accepts(domain_text, budget) || scheme_length + url_text.size() > max_url_length) continue;

        if (protocol_text.empty()) {
            const std::u16string_view before_text = slice(text, caps[before]);
            if (!before_text.empty() && std::u16string_view(u"-_./").find(before_text.back()) != std::u16string_view::npos)
                continue;
            // Only the ASCII domains inside the matched domain become URLs.
            std::size_t ascii_end = 0, search_from = 0;
            std::vector<Span> sub(2);
            bool found = false;
            while (search_from <= domain_text.size() &&
                   js_regex::search(p.ascii_domain, domain_text, search_from, sub, budget)) {
                const std::u16string_view ascii = slice(domain_text, sub[0]);
                search_from = static_cast<std::size_t>(sub[0].end);
                const std::size_t ascii_start = index_of(domain_text, ascii, ascii_end);
                ascii_end = ascii_start + ascii.size();
                urls.push_back({start_position + ascii_start, ascii.size()});
                found = true;
            }
            if (!found) continue;
            // With a path, twitter-text swaps the domain for the ASCII one inside the URL text;
            // parseTweet then skips that string's length from the ASCII domain's start.
            if (has_path) urls.back().length = urls.back().length + url_text.size() - domain_text.size();
        } else {
            std::vector<Span> tco(2);
            if (js_regex::match_at(p.tco_url, url_text, 0, tco, budget)) {
                if (tco[1].size() > max_tco_slug_length) continue;
                urls.push_back({start_position, tco[0].size()});
            } else {
                urls.push_back({start_position, url_text.size()});
            }
        }
    }
    // transformEntitiesToHash keys by start: a later entity with the same start wins.
    std::stable_sort(urls.begin(), urls.end(), [](const UrlEntity& a, const UrlEntity& b) { return a.start < b.start; });
    std::vector<UrlEntity> unique;
    for (const auto& u : urls) {
        if (!unique.empty() && unique.back().start == u.start) unique.back() = u;
        else unique.push_back(u);
    }
    return unique;
}

}  // namespace

std::vector<UrlEntity> extract_urls(std::u16string_view text) {
    if (!has_domain_dot(text)) return {};
    // The X count and the entity finder (analysis/entities.h) both ask for one draft's URLs in a
    // check, and the regex search is the dearest step of either, so the last answer is kept.
    thread_local std::u16string last_text;
    thread_local std::vector<UrlEntity> last_urls;
    thread_local bool remembered = false;
    if (remembered && text == last_text) return last_urls;
    std::vector<UrlEntity> urls = search_urls(text);
    last_text.assign(text);
    last_urls = urls;
    remembered = true;
    return urls;
}

}  // namespace replycheck::x_url
