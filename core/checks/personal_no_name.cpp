// A reply that uses the customer's name reads as written for them, not pasted. When the name is
// known and the reply never uses it (nor a nickname, nor the handle), suggest a greeting. On X
// and Threads, where people go by handles, a known handle alone is enough to expect "@handle".
#include <string>

#include "checks/checks.h"
#include "checks/names.h"
#include "text/analysed_text.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {


bool is_greeting(const std::string& w) {
    return w == "hi" || w == "hello" || w == "hey" || w == "hiya" || w == "dear" || w == "morning" ||
           w == "evening" || w == "afternoon";
}

std::string handle_with_at(const std::string& handle) {
    return handle.empty() || handle.front() == '@' ? handle : "@" + handle;
}

// The word after an inserted greeting loses its capital unless it needs one ("I", names, acronyms).
std::string lowered_first_letter(std::string_view word, const Pack& pack) {
    if (word.empty()) return {};
    const char c = word[0];
    if (c < 'A' || c > 'Z') return std::string(1, c);
    const bool keeps_capital = word == "I" || word.rfind("I'", 0) == 0 || word.rfind("I\xE2\x80\x99", 0) == 0 ||
                               (word.size() > 1 && word[1] >= 'A' && word[1] <= 'Z');
    for (const std::string& brand : pack.brand_names)
        if (word.rfind(brand, 0) == 0) return std::string(1, c);
    return std::string(1, keeps_capital ? c : static_cast<char>(c - 'A' + 'a'));
}

}  // namespace

void personal_no_name(const CheckContext& ctx, Findings& out) {
    const CheckRequest& r = ctx.request;
    const std::string first = first_name(r);
    const bool handle_channel = ctx.channel.id == "x" || ctx.channel.id == "threads";
    if (first.empty() && !(handle_channel && !r.customer_handle.empty() && ctx.is_public())) return;

    const auto& names = customer_names(ctx);
    const auto& tokens = ctx.draft.tokens();
    for (const Token& t : tokens)
        if (t.kind == TokenKind::word || t.kind == TokenKind::number)
            if (names_match(ctx.draft.slice(t), names)) return;

    const std::string& text = ctx.draft.text();
    const std::uint32_t at = after_leading_mentions(text);
    if (first.empty()) {
        const std::string handle = handle_with_at(r.customer_handle);
        // "@CinVakas Thanks…" already mentions them: the handle is not a word token to match.
        if (fold(text).find(fold(handle)) != std::string::npos) return;
        Finding f = make_finding("Mention " + handle + " so the reply reaches them in the thread.", 0, 0);
        f.suggestions.push_back(make_suggestion("Add " + handle, handle + " ", 0, 0, true));
        out.push_back(std::move(f));
        return;
    }

    // Find the first word token at or after the insertion point.
    std::size_t k = 0;
    while (k < tokens.size() && tokens[k].start < at) ++k;
    Finding f = make_finding("Use " + first + "'s name so the reply feels written for them.", at, at);
    if (k < tokens.size() && is_greeting(tokens[k].folded)) {
        // "Hi there," / "Hello!" -> "Hi Ravi," / "Hello Ravi!"
        const Token& greet = tokens[k];
        if (k + 1 < tokens.size() && (tokens[k + 1].folded == "there" || tokens[k + 1].folded == "all")) {
            f.start = tokens[k + 1].start;
            f.end = tokens[k + 1].end;
            f.suggestions.push_back(make_suggestion("Greet " + first, first, f.start, f.end, true));
        } else {
            f.start = f.end = greet.end;
            f.suggestions.push_back(make_suggestion("Greet " + first, " " + first, greet.end, greet.end, true));
        }
    } else if (k < tokens.size() && tokens[k].start == at) {
        const std::string_view word = ctx.draft.slice(tokens[k]);
        f.suggestions.push_back(make_suggestion("Greet " + first, "Hi " + first + ", " + lowered_first_letter(word, ctx.pack),
                                                at, at + 1, true));
    } else {
        f.suggestions.push_back(make_suggestion("Greet " + first, "Hi " + first + ", ", at, at, true));
    }
    out.push_back(std::move(f));
}

}  // namespace replycheck::checks
