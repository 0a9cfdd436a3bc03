// Asking a customer to post personal data where everyone can read it ("reply here with your card
// number", "tweet us your account number"). A sentence is flagged when it asks for something
// (reply, tweet, post, send, share, give, confirm…) and names personal data (card number, email,
// phone number, address, password…) while naming no private route (DM, private message, inbox,
// secure form, call). The pack's phrase list adds explicit phrasings the scan should also catch
// ("tweet us your full name"); they count only in a sentence that names personal data and no
// private route, since "we'll post your new card" and "don't post your card details here, DM us"
// are not requests to post data in public.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "checks/checks.h"
#include "match/word_set.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

constexpr std::string_view kRewrite = "Please send us a DM with those details so we can keep them private.";

constexpr WordSet kRequestVerbs(std::to_array<std::string_view>(
    {"reply", "respond", "tweet", "post", "comment", "share", "send", "give", "provide", "tell", "leave", "drop",
     "include", "add", "confirm", "write", "type", "list", "pop"}));

// Personal-data nouns on their own, and the heads of two-word ones with the qualifiers before them.
constexpr WordSet kPiiWords(std::to_array<std::string_view>({"email", "e-mail", "password", "passcode", "pin", "cvv",
                                                             "cvc", "ssn", "dob", "postcode", "zip", "address",
                                                             "iban", "passport", "birthday", "sort"}));
constexpr WordSet kPiiHeads(std::to_array<std::string_view>({"number", "no", "details", "digits", "code"}));
constexpr WordSet kPiiQualifiers(std::to_array<std::string_view>(
    {"card", "account", "phone", "mobile", "cell", "telephone", "contact", "security", "social", "booking", "order",
     "membership", "bank", "routing", "policy", "reference", "confirmation", "tracking", "pnr", "zip", "postal"}));

// After these, "post", "reply", "tweet" and "comment" are nouns ("delete your post", "a reply to
// your email"), not requests.
constexpr WordSet kDeterminers(std::to_array<std::string_view>(
    {"a", "an", "the", "your", "my", "our", "this", "that", "their", "his", "her", "its", "any", "each"}));

// Looser than the personal-data nouns, for sentences the phrase list has already shown to be asking.
constexpr WordSet kLooseData(std::to_array<std::string_view>({"name", "details", "info", "information"}));

// Routes that are private whatever else the sentence says.
constexpr WordSet kPrivateChannels(std::to_array<std::string_view>(
    {"dm", "dms", "dm's", "direct", "private", "privately", "pm", "inbox", "messenger"}));

// Routes that may be private ("fill in the form", "call us") but do not outweigh an explicit
// "reply here": "click the link and reply here with your card number" still asks in public.
constexpr WordSet kOtherRoutes(std::to_array<std::string_view>(
    {"secure", "securely", "form", "call", "phone", "chat", "livechat", "email", "portal", "app", "link", "message",
     "messages"}));

constexpr WordSet kPublicMarkers(
    std::to_array<std::string_view>({"here", "below", "publicly", "comment", "comments", "thread", "timeline"}));

// Every word that says anything to this check, whether alone or after a qualifier.
constexpr WordFilter kAnySignal = united_filter(kRequestVerbs, kPiiWords, kPiiHeads, kLooseData, kPrivateChannels,
                                                kOtherRoutes, kPublicMarkers);

bool is_pii_head(const std::vector<Token>& tokens, std::size_t i) {
    const std::string& w = tokens[i].folded;
    if (kPiiWords.contains(w)) return true;
    if (!kPiiHeads.contains(w)) return false;
    if (i > 0 && kPiiQualifiers.contains(tokens[i - 1].folded)) return true;
    // "the last four digits of your card", "the number on your account"
    std::size_t next = i + 1;
    if (next < tokens.size() && (tokens[next].folded == "of" || tokens[next].folded == "on")) ++next;
    else return false;
    if (next < tokens.size() && kDeterminers.contains(tokens[next].folded)) ++next;
    return next < tokens.size() && kPiiQualifiers.contains(tokens[next].folded);
}

bool is_request(const std::vector<Token>& tokens, std::size_t i) {
    return kRequestVerbs.contains(tokens[i].folded) && !(i > 0 && kDeterminers.contains(tokens[i - 1].folded));
}

}  // namespace

void privacy_ask_pii_public(const CheckContext& ctx, Findings& out) {
    if (!ctx.is_public()) return;
    const auto& tokens = ctx.draft.tokens();
    std::vector<Segment> flagged;
    std::vector<Segment> phrase_sentences;  // where a phrase-list match may count
    for (const Segment& sentence : ctx.draft.sentences()) {
        bool asks = false, pii = false, private_channel = false, other_route = false, public_marker = false,
             personal = false;
        std::uint32_t pii_start = 0, pii_end = 0;
        // Tokens are in text order, so a sentence's tokens are one run starting here.
        std::size_t i = static_cast<std::size_t>(
            std::lower_bound(tokens.begin(), tokens.end(), sentence.start,
                             [](const Token& t, std::uint32_t offset) { return t.start < offset; }) -
            tokens.begin());
        for (; i < tokens.size() && tokens[i].start < sentence.end; ++i) {
            const std::string& w = tokens[i].folded;
            if (!kAnySignal.may_contain(w)) continue;
            if (is_request(tokens, i)) asks = true;
            // "email us your…" asks by email, which is private; "your email" is the data itself.
            if (kPrivateChannels.contains(w)) private_channel = true;
            if (kOtherRoutes.contains(w) && !(w == "email" && i > 0 && tokens[i - 1].folded == "your") &&
                !(w == "phone" && i + 1 < tokens.size() && tokens[i + 1].folded == "number"))
                other_route = true;
            if (kPublicMarkers.contains(w)) public_marker = true;
            const bool pii_head = is_pii_head(tokens, i);
            personal |= pii_head || kLooseData.contains(w);
            if (!pii && pii_head) {
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
            Finding f = make_finding("This asks the customer to post “" + std::string(ctx.draft.slice(pii_start, pii_end)) +
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
    for (const PhraseMatch& m : ctx.phrase_matches()) {
        bool covered = false, asking = false;
        for (const Segment& s : flagged) covered |= m.start >= s.start && m.start < s.end;
        for (const Segment& s : phrase_sentences) asking |= m.start >= s.start && m.start < s.end;
        if (covered || !asking || m.entry == nullptr || negated_before(ctx.draft, m.first_token)) continue;
        Finding f = make_finding(m.entry->reason.empty()
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
