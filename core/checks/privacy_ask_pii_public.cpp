// Asking a customer to post personal data where everyone can read it ("reply here with your card
// number", "tweet us your account number"). A sentence is flagged when it asks for something
// (reply, tweet, post, send, share, give, confirm…) and names personal data (card number, email,
// phone number, address, password…) while naming no private route (DM, private message, inbox,
// secure form, call). The pack's phrase list adds explicit phrasings the scan should also catch
// ("tweet us your full name"); they count only in a sentence that names personal data and no
// private route, since "we'll post your new card" and "don't post your card details here, DM us"
// are not requests to post data in public.
#include <array>
#include <string>
#include <vector>

#include "checks/check_util.h"
#include "checks/checks.h"

namespace replycheck::checks {
namespace {

constexpr std::string_view kRule = "privacy.ask_pii_public";
constexpr std::string_view kRewrite = "Please send us a DM with those details so we can keep them private.";

bool in(const std::string& w, std::initializer_list<std::string_view> words) {
    for (std::string_view x : words)
        if (w == x) return true;
    return false;
}

bool is_request_verb(const std::string& w) {
    return in(w, {"reply", "respond", "tweet", "post", "comment", "share", "send", "give", "provide",
                  "tell", "leave", "drop", "include", "add", "confirm", "write", "type", "list", "pop"});
}

// Personal-data nouns; two-word ones are found by their head word with a qualifier before it.
bool is_pii_head(const std::vector<Token>& tokens, std::size_t i) {
    const std::string& w = tokens[i].folded;
    if (in(w, {"email", "e-mail", "password", "passcode", "pin", "cvv", "cvc", "ssn", "dob", "postcode",
               "zip", "address", "iban", "passport", "birthday", "sort"}))
        return true;
    if (in(w, {"number", "no", "details", "digits", "code"}) && i > 0) {
        const std::string& q = tokens[i - 1].folded;
        return in(q, {"card", "account", "phone", "mobile", "cell", "telephone", "contact", "security",
                      "social", "booking", "order", "membership", "bank", "routing", "policy", "reference",
                      "confirmation", "tracking", "pnr", "zip", "postal"});
    }
    return false;
}

// Looser than is_pii_head, for sentences the phrase list has already shown to be asking.
bool names_personal_data(const std::vector<Token>& tokens, std::size_t i) {
    return is_pii_head(tokens, i) || in(tokens[i].folded, {"name", "details", "info", "information"});
}

// Routes that are private whatever else the sentence says.
bool is_private_channel(const std::string& w) {
    return in(w, {"dm", "dms", "dm's", "direct", "private", "privately", "pm", "inbox", "messenger"});
}

// Routes that may be private ("fill in the form", "call us") but do not outweigh an explicit
// "reply here": "click the link and reply here with your card number" still asks in public.
bool is_other_route(const std::string& w) {
    return in(w, {"secure", "securely", "form", "call", "phone", "chat", "livechat", "email", "portal", "app", "link"});
}

bool is_public_marker(const std::string& w) {
    return in(w, {"here", "below", "publicly", "comment", "comments", "thread", "timeline"});
}

}  // namespace

void privacy_ask_pii_public(const CheckContext& ctx, Findings& out) {
    if (!is_public(ctx)) return;
    const auto& tokens = ctx.draft.tokens();
    std::vector<Segment> flagged;
    std::vector<Segment> phrase_sentences;  // where a phrase-list match may count
    for (const Segment& sentence : ctx.draft.sentences()) {
        bool asks = false, pii = false, private_channel = false, other_route = false, public_marker = false,
             personal = false;
        std::uint32_t pii_start = 0, pii_end = 0;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i].start < sentence.start || tokens[i].start >= sentence.end) continue;
            const std::string& w = tokens[i].folded;
            if (is_request_verb(w)) asks = true;
            // "email us your…" asks by email, which is private; "your email" is the data itself.
            if (is_private_channel(w)) private_channel = true;
            if (is_other_route(w) && !(w == "email" && i > 0 && tokens[i - 1].folded == "your") &&
                !(w == "phone" && i + 1 < tokens.size() && tokens[i + 1].folded == "number"))
                other_route = true;
            if (is_public_marker(w)) public_marker = true;
            personal |= names_personal_data(tokens, i);
            if (!pii && is_pii_head(tokens, i)) {
                pii = true;
                pii_start = i > 0 && tokens[i - 1].folded != "your" && tokens[i - 1].kind == TokenKind::word
                                ? tokens[i - 1].start
                                : tokens[i].start;
                pii_end = tokens[i].end;
            }
        }
        const bool private_route = private_channel || (other_route && !public_marker);
        if (asks && pii && !private_route) {
            const Segment span = sentence_span(ctx.draft, sentence.start);
            const std::uint32_t from = std::max(span.start, after_leading_mentions(ctx.draft.text()));
            Finding f = make_finding(ctx, kRule,
                                     "This asks the customer to post “" + std::string(ctx.draft.slice(pii_start, pii_end)) +
                                         "” in public; ask them to send it by DM instead.",
                                     pii_start, pii_end);
            f.suggestions.push_back(make_suggestion("Ask for a DM", std::string(kRewrite), std::min(from, pii_start),
                                                    std::max(span.end, pii_end), false));
            out.push_back(std::move(f));
            flagged.push_back(span);
        } else if (personal && !private_route) {
            phrase_sentences.push_back(sentence);
        }
    }
    for (const PhraseMatch& m : ctx.phrase_matches(kRule)) {
        bool covered = false, asking = false;
        for (const Segment& s : flagged) covered |= m.start >= s.start && m.start < s.end;
        for (const Segment& s : phrase_sentences) asking |= m.start >= s.start && m.start < s.end;
        if (covered || !asking || m.entry == nullptr || negated_before(ctx.draft, m.first_token)) continue;
        Finding f = make_finding(ctx, kRule,
                                 m.entry->reason.empty()
                                     ? "“" + std::string(ctx.draft.slice(m.start, m.end)) + "” asks for personal details in public."
                                     : m.entry->reason,
                                 m.start, m.end);
        f.suggestions.push_back(make_suggestion("Ask for a DM",
                                                m.entry->replacement.empty() ? std::string(kRewrite) : m.entry->replacement,
                                                m.start, m.end, false));
        out.push_back(std::move(f));
    }
}

}  // namespace replycheck::checks
