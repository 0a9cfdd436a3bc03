// Form-letter openers ("Dear valued customer", "To whom it may concern") tell a person on social
// media that nobody read their post. The phrase list lives in the pack; the fix greets the
// customer by name ("{name}" in a replacement is the first name, or "there" when unknown).
// Only openers count: a match must start its sentence, after any @mentions, emoji or a greeting
// ("Hi valued customer", where the greeting is replaced too). "As a valued customer you get…"
// mid-sentence is not an opener, and "Hi {name}" could not replace it.
#include <string>

#include "checks/checks.h"
#include "checks/names.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

bool is_greeting(const std::string& w) { return w == "hi" || w == "hello" || w == "hey" || w == "hiya"; }

// Where the opener's span starts when the match at token `first` opens its sentence; -1 when it
// does not.
long opener_start(const AnalysedText& draft, std::size_t first) {
    const auto& tokens = draft.tokens();
    const std::size_t sentence = draft.sentence_of(tokens[first].start);
    long start = tokens[first].start;
    bool greeted = false;
    for (std::size_t k = first; k > 0;) {
        --k;
        const Token& t = tokens[k];
        if (draft.sentence_of(t.start) != sentence) break;
        const std::string_view text = draft.slice(t);
        const bool mention = text == "@" || text.front() == '@' || glued_after(draft, k, '@');
        if (mention || t.kind == TokenKind::emoji) continue;
        if (!greeted && k + 1 == first && is_greeting(t.folded)) {
            greeted = true;
            start = t.start;
            continue;
        }
        return -1;
    }
    return start;
}

}  // namespace

void personal_generic_opener(const CheckContext& ctx, Findings& out) {
    std::string name = first_name(ctx.request);
    if (name.empty()) name = "there";
    for (const PhraseMatch& m : ctx.phrase_matches()) {
        if (m.entry == nullptr) continue;
        const long start_at = opener_start(ctx.draft, m.first_token);
        if (start_at < 0) continue;
        const auto start = static_cast<std::uint32_t>(start_at);
        const std::string written(ctx.draft.slice(start, m.end));
        std::string message = m.entry->reason.empty()
            ? "“" + written + "” reads like a form letter; greet the customer by name."
            : "“" + written + "”: " + m.entry->reason;
        Finding f = make_finding(std::move(message), start, m.end);
        std::string replacement = m.entry->replacement.empty() ? "Hi {name}" : m.entry->replacement;
        if (const std::size_t at = replacement.find("{name}"); at != std::string::npos) replacement.replace(at, 6, name);
        f.suggestions.push_back(make_suggestion("Use “" + replacement + "”", replacement, start, m.end, false));
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
