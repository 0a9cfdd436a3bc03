// The brand's sign-off (voice.signoff, e.g. "^{initials}" or "- {agent}") tells the customer who
// answered in a shared public inbox. Missing: append it. Malformed ("^rr", "^R" for "^RR"): fix
// it. Private replies are one-to-one threads and are left alone unless the rule's param
// "private" is 1.
#include <string>

#include "checks/checks.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

constexpr std::size_t kMaxSignoffTail = 40;  // bytes after the marker that can still be a sign-off

// The format filled from the request; empty when a value it needs is missing.
std::string expected_signoff(const std::string& format, const CheckRequest& r) {
    std::string out;
    std::size_t i = 0;
    while (i < format.size()) {
        if (format[i] != '{') {
            out += format[i++];
            continue;
        }
        const std::size_t close = format.find('}', i);
        if (close == std::string::npos) return {};
        const std::string_view field(format.data() + i + 1, close - i - 1);
        const std::string* value = nullptr;
        if (field == "initials") value = &r.agent_initials;
        else if (field == "agent" || field == "name") value = &r.agent_name;
        if (value == nullptr || value->empty()) return {};
        out += *value;
        i = close + 1;
    }
    return out;
}

// The literal text before the first variable, trimmed: "^", "-", "/", "~".
std::string marker_of(const std::string& format) {
    std::string m = format.substr(0, format.find('{'));
    while (!m.empty() && m.back() == ' ') m.pop_back();
    while (!m.empty() && m.front() == ' ') m.erase(0, 1);
    return m;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

}  // namespace

void brand_signoff(const CheckContext& ctx, Findings& out) {
    const std::string& format = ctx.pack.voice.signoff;
    if (format.empty()) return;
    if (!ctx.is_public() && ctx.param("private") == 0) return;
    const std::string expected = expected_signoff(format, ctx.request);
    if (expected.empty()) return;
    const std::string& text = ctx.draft.text();
    // Present as its own word anywhere (brands often put a link after it): fine.
    for (std::size_t at = text.find(expected); at != std::string::npos; at = text.find(expected, at + 1)) {
        const std::size_t after = at + expected.size();
        const bool starts_clean = at == 0 || is_space(text[at - 1]);
        const bool ends_clean = after == text.size() || is_space(text[after]) || text[after] == '.';
        if (starts_clean && ends_clean) return;
    }
    const std::uint32_t end = trimmed_end(text);
    const std::string marker = marker_of(format);
    if (!marker.empty()) {
        // The last marker that starts a word near the end is a sign-off gone wrong.
        const std::size_t at = text.rfind(marker, end == 0 ? 0 : end - 1);
        if (at != std::string::npos && end - at <= kMaxSignoffTail && (at == 0 || is_space(text[at - 1]))) {
            const std::string_view tail(text.data() + at, end - at);
            const bool sentence_inside = tail.find(". ") != std::string_view::npos;
            if (!sentence_inside && tail.size() > marker.size()) {
                Finding f = make_finding("The sign-off should read “" + expected + "”.",
                                         static_cast<std::uint32_t>(at), end);
                f.suggestions.push_back(make_suggestion("Use “" + expected + "”", expected, f.start, f.end, true));
                out.push_back(std::move(f));
                return;
            }
        }
    }
    Finding f = make_finding("Sign the reply with “" + expected + "” so the customer knows who answered.",
                             end, end);
    f.suggestions.push_back(make_suggestion("Add “" + expected + "”", (end == 0 ? "" : " ") + expected, end, end, true));
    out.push_back(std::move(f));
}

}  // namespace replycheck::checks
