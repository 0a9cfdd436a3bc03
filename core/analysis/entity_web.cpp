// Links, emails, handles and hashtags. URLs come from twitter-text's extractor (channel/x_url),
// the one that X's length count uses, so that a link is the same span everywhere.
#include <unicode/uchar.h>

#include "analysis/entity_finders.h"
#include "channel/x_url.h"
#include "text/nfc.h"
#include "text/utf8.h"

namespace replycheck::entity_detail {
namespace {

bool is_local_char(char c) { return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool is_domain_char(char c) { return is_alnum(c) || c == '.' || c == '-'; }
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool is_space_or_open(char c) { return is_space(c) || c == '(' || c == '<' || c == '"' || c == '\''; }
bool is_closing_mark(char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '>' || c == '"' || c == '\''; }

// twitter-text's valid_mention_preceding_chars, negated: what may not stand right before '@'.
bool blocks_mention(char c) {
    return is_alnum(c) || c == '_' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' || c == '*' || c == '@';
}

// End of the email whose '@' is at `at`, with its start in `start`; 0 when there is none.
std::size_t email_at(const std::string& t, std::size_t at, std::size_t floor, std::size_t& start) {
    start = at;
    while (start > floor && is_local_char(t[start - 1])) --start;
    while (start < at && t[start] == '.') ++start;
    if (start == at || t[at - 1] == '.') return 0;
    std::size_t end = at + 1;
    while (end < t.size() && is_domain_char(t[end])) ++end;
    while (end > at + 1 && (t[end - 1] == '.' || t[end - 1] == '-')) --end;  // a full stop after it
    const std::size_t dot = std::string_view(t).substr(0, end).rfind('.');
    if (dot == std::string::npos || dot <= at + 1 || end - dot < 3) return 0;
    for (std::size_t k = dot + 1; k < end; ++k)
        if (!is_alpha(t[k])) return 0;
    return end;
}

}  // namespace

namespace {

// Whether twitter-text could find a link: every link has a top-level domain after a dot, and
// every top-level domain starts with a letter (ASCII, or non-ASCII for the internationalised
// ones), so "£42.99", "v2.3" and a full stop before a space need no search. Dots inside the emails
// already found do not count either: a link never starts right after '@', and one inside an
// email's local part loses to the longer email.
bool may_hold_url(const Scan& scan) {
    const std::string& t = scan.text.text();
    for (std::size_t dot = t.find('.'); dot != std::string::npos && dot + 1 < t.size(); dot = t.find('.', dot + 1)) {
        bool in_email = false;
        for (const Entity& e : scan.out)
            in_email |= e.kind == EntityKind::email && dot >= e.start && dot < e.end;
        if (in_email) continue;
        if (static_cast<unsigned char>(t[dot + 1]) >= 0x80 || is_alpha(t[dot + 1])) return true;
    }
    return false;
}

}  // namespace

// "https://streambox.example/DEVICES": a link with its scheme written out is a link to a reader
// whatever its top-level domain, though X's count (twitter-text) only knows registered ones. It
// runs to the next space, less the marks that close a sentence.
void find_scheme_urls(Scan& scan) {
    const std::string& t = scan.text.text();
    for (std::size_t at = t.find("://"); at != std::string::npos; at = t.find("://", at + 3)) {
        std::size_t start = at;
        while (start > 0 && is_alpha(t[start - 1])) --start;
        const std::string_view scheme = std::string_view(t).substr(start, at - start);
        auto is = [&](std::string_view want) {
            if (scheme.size() != want.size()) return false;
            for (std::size_t k = 0; k < want.size(); ++k)
                if ((scheme[k] | 0x20) != want[k]) return false;
            return true;
        };
        const bool web = is("http") || is("https");
        if (!web || (start > 0 && !is_space_or_open(t[start - 1]))) continue;
        std::size_t end = at + 3;
        while (end < t.size() && !is_space(t[end])) ++end;
        while (end > at + 3 && is_closing_mark(t[end - 1])) --end;
        if (end > at + 4) scan.add(EntityKind::url, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end));
    }
}

void find_urls(Scan& scan) {
    const std::string& t = scan.text.text();
    find_scheme_urls(scan);
    if (!may_hold_url(scan)) return;
    if (is_ascii(t)) {
        const std::u16string wide(t.begin(), t.end());  // ASCII: UTF-16 offsets are byte offsets
        for (const auto& url : x_url::extract_urls(wide)) scan.add(EntityKind::url, url.start, url.start + url.length);
        return;
    }
    // twitter-text searches the NFC form. Most text is NFC already and maps one to one; where it is
    // not, each URL edge is mapped back through the normalisation pieces (text/nfc.h).
    const NfcText nfc = to_nfc(to_utf16(t));
    const auto urls = x_url::extract_urls(nfc.text);
    if (urls.empty()) return;
    const Utf16OffsetMap map(t);
    const std::size_t original_size = utf16_length(t, t.size());
    for (const auto& url : urls) {
        const std::size_t end = url.start + url.length;
        const std::size_t start16 = nfc.to_original(url.start);
        const std::size_t end16 = end >= nfc.text.size() ? original_size : nfc.to_original(end);
        scan.add(EntityKind::url, map.to_utf8(start16), map.to_utf8(end16));
    }
}

void find_emails_and_handles(Scan& scan) {
    const std::string& t = scan.text.text();
    std::size_t floor = 0;  // keeps the scan linear when '@' repeats
    for (std::size_t at = t.find('@'); at != std::string::npos; at = t.find('@', at + 1)) {
        std::size_t start = 0;
        if (const std::size_t end = email_at(t, at, floor, start); end != 0) {
            scan.add(EntityKind::email, start, end, owner_by_cues(scan.text, scan.cues.email, scan.cues.window,
                                                                  static_cast<std::uint32_t>(start)));
            floor = end;
            at = end - 1;
            continue;
        }
        if (at > 0 && blocks_mention(t[at - 1])) continue;
        std::size_t end = at + 1;
        while (end < t.size() && end - at <= 20 && (is_alnum(t[end]) || t[end] == '_')) ++end;
        if (end == at + 1 || end - at > 21) continue;
        // twitter-text drops a mention followed by '@', an accented Latin letter or "://".
        if (end < t.size() && (t[end] == '@' || static_cast<unsigned char>(t[end]) == 0xC3)) continue;
        if (t.compare(end, 3, "://") == 0) continue;
        scan.add(EntityKind::handle, at, end);
        floor = end;
    }
}

void find_hashtags(Scan& scan) {
    const std::string& t = scan.text.text();
    for (std::size_t at = t.find('#'); at != std::string::npos; at = t.find('#', at + 1)) {
        if (at > 0 && (is_word_byte(t[at - 1]) || t[at - 1] == '&')) continue;
        std::size_t end = at + 1;
        bool letter = false;
        while (end < t.size()) {
            std::size_t next = end;
            const char32_t cp = next_code_point(t, next);
            const bool mark = (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
            if (!(u_isUAlphabetic(cp) || u_isdigit(cp) || cp == U'_' || mark)) break;
            letter |= u_isUAlphabetic(cp) != 0;
            end = next;
        }
        if (!letter || t.compare(end, 3, "://") == 0) continue;  // "#1" is not a hashtag
        scan.add(EntityKind::hashtag, at, end);
        at = end - 1;
    }
}

// Agents sometimes spell an address out to dodge filters; it is as public as the written one.
// Shape: name (dot name)* at name (dot name)+, ending in a top-level domain.
void find_spelled_emails(Scan& scan) {
    const auto& cues = scan.cues;
    bool spaced_dot = false;
    for (const std::string& dot : cues.spelled_dot_spaced) spaced_dot |= scan.text.text().find(dot) != std::string::npos;
    if (!spaced_dot) return;
    const auto& tokens = scan.text.tokens();
    const auto word = [&](std::size_t k) { return k < tokens.size() && tokens[k].kind != TokenKind::punctuation; };
    for (std::size_t at = 1; at + 3 < tokens.size(); ++at) {
        if (!cues.spelled_at.contains(tokens[at].folded) || !word(at - 1)) continue;
        std::size_t first = at - 1;
        while (first >= 2 && cues.spelled_dot.contains(tokens[first - 1].folded) && word(first - 2)) first -= 2;
        std::size_t last = at + 1;
        std::size_t dots = 0;
        while (word(last) && last + 2 < tokens.size() && cues.spelled_dot.contains(tokens[last + 1].folded) && word(last + 2)) {
            last += 2;
            ++dots;
        }
        if (dots == 0 || !word(at + 1) || !cues.spelled_tlds.contains(tokens[last].folded)) continue;
        scan.add(EntityKind::email, tokens[first].start, tokens[last].end,
                 owner_by_cues(scan.text, cues.email, cues.window, tokens[first].start));
        at = last;
    }
}

}  // namespace replycheck::entity_detail
