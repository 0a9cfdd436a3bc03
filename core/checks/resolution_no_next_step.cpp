// An upset customer needs to know what happens next. Fires when the customer is upset and the
// reply holds no next step: none of the pack's markers ("DM us", "we'll", "I've", "please try"),
// no link, no time or date, and no question back to the customer (asking for details is a step).
#include <string>

#include <unicode/uchar.h>

#include "checks/checks.h"
#include "text/token_queries.h"
#include "text/utf8.h"

namespace replycheck::checks {
namespace {


bool has_link(std::string_view text) {
    return text.find("http://") != std::string_view::npos || text.find("https://") != std::string_view::npos ||
           text.find("www.") != std::string_view::npos;
}

bool has_clock_time(std::string_view text) {
    for (std::size_t i = 1; i + 1 < text.size(); ++i)
        if (text[i] == ':' && text[i - 1] >= '0' && text[i - 1] <= '9' && text[i + 1] >= '0' && text[i + 1] <= '9')
            return true;
    return false;
}

bool has_time(const AnalysedText& draft) {
    if (has_clock_time(draft.text())) return true;
    const auto& tokens = draft.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& w = tokens[i].folded;
        if (w == "am" || w == "pm" || w == "today" || w == "tomorrow" || w == "tonight" || w == "hours" ||
            w == "minutes" || w == "days")
            return true;
        if (w.size() > 2 && (w.compare(w.size() - 2, 2, "am") == 0 || w.compare(w.size() - 2, 2, "pm") == 0) &&
            w[0] >= '0' && w[0] <= '9')
            return true;
        if (tokens[i].kind == TokenKind::number && w.find(':') != std::string::npos) return true;
    }
    return false;
}

}  // namespace

void resolution_no_next_step(const CheckContext& ctx, Findings& out) {
    if (ctx.signals.mood != Mood::upset) return;
    if (!ctx.phrase_matches().empty()) return;
    const std::string& text = ctx.draft.text();
    if (has_link(text) || has_time(ctx.draft) || text.find('?') != std::string::npos) return;
    const std::uint32_t end = trimmed_end(text);
    Finding f = make_finding("The reply offers sympathy but no next step; say what you will do, by when, or "
                             "what the customer should do.",
                             end, end);
    // A reply that stops mid-sentence ("So sorry, Zoé") needs a full stop before the new one.
    bool ends_mid_sentence = false;
    if (end > 0) {
        std::size_t last = end - 1;  // back to the lead byte of the last character
        while (last > 0 && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
        ends_mid_sentence = u_isalnum(static_cast<UChar32>(next_code_point(text, last)));
    }
    std::string step = std::string(ends_mid_sentence ? "." : "") + " Please send us a DM and we'll look into it for you.";
    f.suggestions.push_back(make_suggestion("Add a next step", std::move(step), end, end, false));
    out.push_back(std::move(f));
}

}  // namespace replycheck::checks
