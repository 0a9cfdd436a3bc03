// Asking a customer to post personal data where everyone can read it ("reply here with your card
// number", "can you send your email? Just reply here"). It reads the sentence analysis: a request
// whose object is personal data (analysis/sentence_analysis.h) and the route the reply names for
// it. Certain when the route is public; a request that names no route at all is only possibly
// meant for the thread, and one with a private route (DM, a form, a link, "email us") is fine.
// Advice not to share ("please don't post your card number") is negated, so never a request.
// The pack's phrase list holds extra wordings that mean "post it here" ("comment below with
// your"): in the request's clause they count as a public route.
#include <algorithm>
#include <string>

#include "checks/checks.h"
#include "checks/phrase_rule.h"
#include "checks/sentence_rewrite.h"
#include "text/letter_case.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {

constexpr std::string_view kRewrite = "Please send us your {} in a DM, so it stays private.";

std::string quoted(const AnalysedText& text, std::uint32_t first, std::uint32_t last) {
    return "“" + std::string(text.slice(text.tokens()[first].start, text.tokens()[last].end)) + "”";
}

// "Tweet us your number" -> "DM us your number": when the request opens with its public route
// ("Reply here with", "Comment below with"), only those words change. Otherwise the asking
// sentence becomes a DM request; the handles before it and the rest of the reply stay.
Suggestion dm_instead(const CheckContext& ctx, const SentenceAnalysis& analysis, const DataRequest& r) {
    const auto& tokens = ctx.draft.tokens();
    const std::uint32_t ask = r.ask_token;
    const bool opens_with_route = r.route_in_clause && ask < r.data.first_token &&
                                  (analysis.has_cue(ask, Cue::public_route) || analysis.has_cue(ask, Cue::public_strong));
    if (opens_with_route) {
        std::uint32_t object = r.data.first_token;
        while (object > ask + 1 && (tokens[object - 1].folded == "your" || tokens[object - 1].folded == "the")) --object;
        const std::string dm = match_case(ctx.draft.slice(tokens[ask]), "DM us ");
        return make_suggestion("Ask for a DM", dm, tokens[ask].start, tokens[object].start, false);
    }
    // The rewrite names what it asks for ("your account PIN"), so nothing is left to point back to.
    std::uint32_t first = r.data.first_token;
    while (first < r.data.last_token && (tokens[first].folded == "your" || tokens[first].folded == "the")) ++first;
    const std::string data(ctx.draft.slice(tokens[first].start, tokens[r.data.last_token].end));
    return rewrite_sentence(ctx, tokens[r.data.first_token].start, "Ask for a DM", fill(kRewrite, data));
}

}  // namespace

void privacy_ask_pii_public(const CheckContext& ctx, Findings& out) {
    if (!ctx.is_public()) return;
    const SentenceAnalysis& analysis = ctx.sentences();
    const auto& tokens = ctx.draft.tokens();
    std::uint32_t last_clause = 0xFFFFFFFFu;  // one finding per asking clause
    for (const DataRequest& r : analysis.data_requests()) {
        if (r.route == Route::private_message || r.data.clause == last_clause) continue;
        const RouteMention* route = r.evidence;
        Route decided = r.route;
        // A pack wording in the clause ("comment below with your") names the thread too.
        const PhraseMatch* pack_wording = nullptr;
        for (const PhraseMatch& m : ctx.phrase_matches())
            if (analysis.clause_index(m.first_token) == r.data.clause && !analysis.negated(m.first_token))
                pack_wording = &m;
        if (decided == Route::none && pack_wording != nullptr) decided = Route::public_reply;
        const std::string data = quoted(ctx.draft, r.data.first_token, r.data.last_token);
        Finding f = make_finding("This asks the customer to post " + data + " in public; ask for it by DM instead.",
                                 tokens[r.data.first_token].start, tokens[r.data.last_token].end);
        if (decided == Route::public_reply) {
            const std::string where = route != nullptr ? quoted(ctx.draft, route->first_token, route->last_token)
                                                       : quoted(ctx.draft, static_cast<std::uint32_t>(pack_wording->first_token),
                                                                static_cast<std::uint32_t>(pack_wording->last_token));
            f.because = "asks for " + data + " with " + where + "; no private route named";
            f.certainty = Certainty::certain;
        } else {
            f.because = "asks for " + data + " and names no route; on a public channel the answer may come here";
            f.certainty = Certainty::possible;
        }
        f.suggestions.push_back(dm_instead(ctx, analysis, r));
        out.push_back(std::move(f));
        last_clause = r.data.clause;
    }
}

}  // namespace replycheck::checks
