// Form-letter openers ("Dear valued customer", "To whom it may concern") tell a person on social
// media that nobody read their post. The shape is general: at the start of the reply or of a
// clause, an optional greeting, any number of opener adjectives or a brand name ("valued",
// "loyal", "StreamBox"), then a role noun ("customer", "account holder", "Sir/Madam") that ends
// the salutation; or one of the whole form openers. The words are locale data
// (templates/locales/<locale>/names.json); the pack's phrase list adds its own openers. The fix
// greets the customer by name, or "there" when the name is unknown. "As a valued member you get…"
// and a quoted "'Dear customer'" are not openers, and "Hi there" or "Dear Zoé" greet a person.
#include <algorithm>
#include <optional>
#include <string>

#include "checks/checks.h"
#include "checks/names.h"
#include "text/letter_case.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

struct Opener {
    std::uint32_t start = 0, end = 0;
    std::string reason;       // the pack entry's, or empty
    std::string replacement;  // the pack entry's, or empty
};

bool is_greeting(const std::string& w) { return w == "hi" || w == "hello" || w == "hey" || w == "hiya"; }

class OpenerFinder {
public:
    explicit OpenerFinder(const CheckContext& ctx) : ctx_(ctx), cues_(name_cues(ctx.pack.locale)) {}

    std::vector<Opener> find() {
        std::vector<Opener> found;
        const auto& tokens = ctx_.draft.tokens();
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i].kind != TokenKind::word || !opens_clause(i)) continue;
            if (std::size_t n = match_words(ctx_.draft, i, cues_.form_openers, 6); n > 0) {
                found.push_back({tokens[i].start, tokens[i + n - 1].end, {}, {}});
                i += n - 1;
                continue;
            }
            if (auto end = salutation_end(i)) {
                const bool good = i > 0 && tokens[i - 1].folded == "good";
                found.push_back({good ? tokens[i - 1].start : tokens[i].start, tokens[*end].end, {}, {}});
                i = *end;
            }
        }
        return found;
    }

    // Where the opener's span starts when a pack match at token `first` opens its sentence, after
    // any @mentions, emoji or one greeting; -1 when it does not.
    long pack_opener_start(std::size_t first) const {
        const auto& tokens = ctx_.draft.tokens();
        const std::size_t sentence = ctx_.draft.sentence_of(tokens[first].start);
        long start = tokens[first].start;
        bool greeted = false;
        for (std::size_t k = first; k > 0;) {
            --k;
            const Token& t = tokens[k];
            if (ctx_.draft.sentence_of(t.start) != sentence) break;
            const std::string_view text = ctx_.draft.slice(t);
            const bool mention = text == "@" || text.front() == '@' || glued_after(ctx_.draft, k, '@');
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

private:
    // True when only entities, emoji and punctuation other than a quote mark stand between the
    // start of token `i`'s clause and `i`.
    bool opens_clause(std::size_t i) const {
        const auto& tokens = ctx_.draft.tokens();
        const SentenceAnalysis& analysis = ctx_.sentences();
        if (analysis.in_entity(i)) return false;
        const std::uint32_t first = analysis.clause_of(i).first_token;
        for (std::size_t k = i; k > first;) {
            --k;
            const std::string_view text = ctx_.draft.slice(tokens[k]);
            if (text == "'" || text == "\"" || text == "‘" || text == "“") return false;
            // "Good morning, valued customer": "good" belongs to the greeting after it.
            if (k + 1 == i && tokens[k].folded == "good") continue;
            if (tokens[k].kind == TokenKind::word && !analysis.in_entity(k) && text.front() != '@') return false;
        }
        return true;
    }

    bool ends_salutation(std::size_t k) const {
        const auto& tokens = ctx_.draft.tokens();
        if (k >= tokens.size()) return true;
        const std::string_view text = ctx_.draft.slice(tokens[k]);
        return tokens[k].kind == TokenKind::emoji ||
               (tokens[k].kind == TokenKind::punctuation && text != "'" && text != "’" && text != "-");
    }

    // "valued", "loyal", or a brand written as one ("StreamBox", the pack's brand names).
    bool adjective_slot(std::size_t k) const {
        const Token& t = ctx_.draft.tokens()[k];
        if (t.kind != TokenKind::word) return false;
        if (cues_.opener_adjectives.contains(t.folded)) return true;
        for (const std::string& brand : ctx_.pack.brand_names)
            if (fold(brand) == t.folded) return true;
        const CaseShape shape = case_shape(ctx_.draft.slice(t));
        return shape.upper > 1 && shape.lower > 0;
    }

    // The last token of "[greeting[,]] adjective* role-noun" starting at `i`, when it ends the
    // salutation; a bare "role-noun," needs an adjective ("Valued customer,", not "Customers,").
    std::optional<std::size_t> salutation_end(std::size_t i) const {
        const auto& tokens = ctx_.draft.tokens();
        std::size_t k = i;
        const bool greeted = cues_.greetings.contains(tokens[k].folded) && tokens[k].folded != "good";
        if (greeted) {
            ++k;
            if (k < tokens.size() && ctx_.draft.slice(tokens[k]) == ",") ++k;
        }
        std::size_t adjectives = 0;
        // After a greeting or an adjective, a capitalised word is a brand ("Dear valued Northwind
        // customer"); it counts only if a role noun follows.
        auto slot = [&](std::size_t at) {
            if (adjective_slot(at)) return true;
            const std::string_view w = ctx_.draft.slice(tokens[at]);
            return (greeted || adjectives > 0) && tokens[at].kind == TokenKind::word && !w.empty() && w[0] >= 'A' &&
                   w[0] <= 'Z' && at + 1 < tokens.size() && match_words(ctx_.draft, at + 1, cues_.role_nouns) > 0;
        };
        while (k < tokens.size() && slot(k) && match_words(ctx_.draft, k, cues_.role_nouns) == 0) {
            ++k;
            ++adjectives;
        }
        if (k >= tokens.size()) return std::nullopt;
        const std::size_t n = match_words(ctx_.draft, k, cues_.role_nouns);
        if (n == 0 || (!greeted && adjectives == 0)) return std::nullopt;
        const std::size_t last = k + n - 1;
        if (!ends_salutation(last + 1)) return std::nullopt;
        return last;
    }

    const CheckContext& ctx_;
    const NameCues& cues_;
};

}  // namespace

void personal_generic_opener(const CheckContext& ctx, Findings& out) {
    std::string name = first_name(ctx.request);
    if (name.empty()) name = "there";
    OpenerFinder finder(ctx);
    std::vector<Opener> openers = finder.find();
    for (const PhraseMatch& m : ctx.phrase_matches()) {
        if (m.entry == nullptr) continue;
        const long start = finder.pack_opener_start(m.first_token);
        if (start < 0) continue;
        auto same = std::find_if(openers.begin(), openers.end(), [&](const Opener& o) {
            return o.start < m.end && m.start < o.end;
        });
        Opener pack{static_cast<std::uint32_t>(start), m.end, m.entry->reason, m.entry->replacement};
        if (same == openers.end()) {
            openers.push_back(std::move(pack));
        } else {
            same->start = std::min(same->start, pack.start);
            same->end = std::max(same->end, pack.end);
            same->reason = pack.reason;
            same->replacement = pack.replacement;
        }
    }
    std::sort(openers.begin(), openers.end(), [](const Opener& a, const Opener& b) { return a.start < b.start; });
    for (const Opener& o : openers) {
        const std::string written(ctx.draft.slice(o.start, o.end));
        std::string message = o.reason.empty()
            ? "“" + written + "” reads like a form letter; greet the customer by name."
            : "“" + written + "”: " + o.reason;
        Finding f = make_finding(std::move(message), o.start, o.end);
        f.because = "a salutation to a role, not a person, at the start of a sentence";
        f.certainty = Certainty::certain;
        std::string replacement = o.replacement.empty() ? "Hi {name}" : o.replacement;
        if (const std::size_t at = replacement.find("{name}"); at != std::string::npos) replacement.replace(at, 6, name);
        f.suggestions.push_back(make_suggestion("Use “" + replacement + "”", replacement, o.start, o.end, false));
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
