// Addressing the customer by someone else's name ("Hi Sarah" to Ravi) is worse than no name: it
// shows the reply was pasted. Names are looked for where people address someone: after a
// greeting ("Hi Sarah", "Thanks, Sarah", "Bonjour Zoé", "Dear Mr Smith") and as a vocative at the
// end of a sentence (", Sarah."). Comparison ignores case and accents and allows nicknames.
#include <array>
#include <string>

#include "checks/checks.h"
#include "checks/names.h"
#include "match/word_set.h"
#include "text/letter_case.h"

namespace replycheck::checks {
namespace {


constexpr WordSet kGreetings(std::to_array<std::string_view>(
    {"hi", "hello", "hey", "hiya", "dear", "thanks", "thank", "morning", "afternoon", "evening", "bonjour", "salut",
     "hola", "hallo", "ciao", "ola", "olá", "hej", "howdy", "welcome"}));

// Capitalised words that follow greetings or commas without being anyone's name.
constexpr WordSet kNotNames(std::to_array<std::string_view>(
    {"there",    "team",      "all",      "everyone", "everybody", "folks",   "guys",     "friend",  "friends",
     "mate",     "again",     "so",       "for",      "very",      "much",    "in",       "to",      "a",
     "the",      "and",       "customer", "valued",   "sir",       "madam",   "you",      "too",     "please",
     "thanks",   "today",     "tomorrow", "ok",       "okay",      "monday",  "tuesday",  "wednesday",
     "thursday", "friday",    "saturday", "sunday",   "january",   "february", "march",   "april",   "may",
     "june",     "july",      "august",   "september", "october",  "november", "december", "both",   "y'all",
     "yall",     "love",      "hun",      "dm",       "i",         "we",      "our",      "soon"}));

constexpr WordSet kTitles(std::to_array<std::string_view>(
    {"mr", "mrs", "ms", "miss", "dr", "mx", "prof", "m", "mme", "sr", "sra", "herr", "frau"}));

bool capitalised(std::string_view original) {
    const CaseShape shape = case_shape(original.substr(0, original[0] & 0x80 ? 2 : 1));
    return shape.upper == 1;
}

}  // namespace

void personal_wrong_name(const CheckContext& ctx, Findings& out) {
    const std::string first = first_name(ctx.request);
    if (first.empty()) return;
    const auto& names = customer_names(ctx);
    const auto& tokens = ctx.draft.tokens();
    const std::string agent_key = accent_key(ctx.request.agent_name.substr(0, ctx.request.agent_name.find(' ')));

    auto check_candidate = [&](std::size_t i) {
        const Token& t = tokens[i];
        if (t.kind != TokenKind::word) return;
        const std::string_view original = ctx.draft.slice(t);
        if (!capitalised(original) || kNotNames.contains(t.folded)) return;
        if (case_shape(original).lower == 0 && original.size() > 1) return;  // acronyms: "Hi DM team"
        if (names_match(original, names)) return;
        if (!agent_key.empty() && accent_key(original) == agent_key) return;
        for (const std::string& brand : ctx.pack.brand_names)
            if (fold(brand) == t.folded) return;
        Finding f = make_finding("This reply addresses “" + std::string(original) + "”, but the customer is " +
                                     ctx.request.customer_name + ".",
                                 t.start, t.end);
        f.suggestions.push_back(make_suggestion("Use “" + first + "”", first, t.start, t.end, true));
        out.push_back(std::move(f));
    };

    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.kind != TokenKind::word) continue;
        if (kGreetings.contains(t.folded)) {
            std::size_t j = i + 1;
            if (t.folded == "thank" && j < tokens.size() && tokens[j].folded == "you") ++j;
            if (j < tokens.size() && tokens[j].kind == TokenKind::punctuation && ctx.draft.slice(tokens[j]) == ",") ++j;
            if (j < tokens.size() && kTitles.contains(tokens[j].folded)) {
                ++j;
                if (j < tokens.size() && ctx.draft.slice(tokens[j]) == ".") ++j;
            }
            if (j < tokens.size()) {
                // "Thanks, Sarah" and "Hi Sarah" address Sarah; "Thanks for…" does not.
                const bool separated = j + 1 >= tokens.size() || tokens[j + 1].kind == TokenKind::punctuation ||
                                       tokens[j + 1].kind == TokenKind::emoji || t.folded == "hi" ||
                                       t.folded == "hello" || t.folded == "hey" || t.folded == "dear" ||
                                       t.folded == "bonjour" || t.folded == "hola";
                if (separated) check_candidate(j);
            }
            continue;
        }
        // Vocative: ", Sarah." / ", Sarah!" / ", Sarah ^AB" at the end of a sentence.
        if (i >= 2 && ctx.draft.slice(tokens[i - 1]) == "," && tokens[i - 2].kind == TokenKind::word &&
            !capitalised(ctx.draft.slice(tokens[i - 2]))) {
            const bool at_end = i + 1 >= tokens.size() || ctx.draft.slice(tokens[i + 1]) == "." ||
                                ctx.draft.slice(tokens[i + 1]) == "!" || ctx.draft.slice(tokens[i + 1]) == "?" ||
                                ctx.draft.slice(tokens[i + 1]) == "^" || tokens[i + 1].kind == TokenKind::emoji;
            if (at_end) check_candidate(i);
        }
    }
}

}  // namespace replycheck::checks
