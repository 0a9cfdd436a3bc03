#include "checks/phrase_rule.h"

#include "text/letter_case.h"

namespace replycheck::checks {

std::string fill(std::string_view pattern, std::string_view value) {
    std::string out(pattern);
    const std::size_t at = out.find("{}");
    if (at != std::string::npos) out.replace(at, 2, value);
    return out;
}

void report_phrase_matches(const CheckContext& ctx, const PhraseRuleText& text, Findings& out) {
    for (const PhraseMatch& m : ctx.phrase_matches()) {
        if (m.entry == nullptr || (text.keep != nullptr && !text.keep(ctx, m))) continue;
        const std::string matched(ctx.draft.slice(m.start, m.end));
        std::string message = m.entry->reason.empty() ? fill(text.message, matched)
                                                      : "“" + matched + "”: " + m.entry->reason;
        Finding f = make_finding(std::move(message), m.start, m.end);
        if (!m.entry->replacement.empty()) {
            const std::string replacement = match_case(matched, m.entry->replacement);
            f.suggestions.push_back(make_suggestion(fill(text.label, replacement), replacement, m.start, m.end, text.safe));
        }
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
