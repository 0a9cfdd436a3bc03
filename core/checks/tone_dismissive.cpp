// Wording that makes the customer's problem sound small or their question silly: the sentence
// analysis's stance cues (plays it down, "calm down", "read the terms") and the pack's phrases
// with their rewrites (checks/stance.h), outside negation, entities and friendly idioms ("put your
// feet up and enjoy the film"); and "only" or "just" before
// an amount of time ("it's only 20 minutes"), which no phrase list can enumerate. The same words
// reassure when the time is the brand's ("only 10 minutes away", "give me just a minute", "in
// just 3 days"), so those pass.
#include <string>

#include "checks/checks.h"
#include "checks/phrase_rule.h"
#include "checks/stance.h"
#include "text/token_queries.h"

namespace replycheck::checks {
namespace {


bool is_time_unit(const std::string& w) {
    return w == "minute" || w == "minutes" || w == "min" || w == "mins" || w == "hour" || w == "hours" ||
           w == "hr" || w == "hrs" || w == "day" || w == "days" || w == "week" || w == "weeks" ||
           w == "second" || w == "seconds" || w == "secs";
}

bool is_amount(const Token& t) {
    if (t.kind == TokenKind::number) return true;
    static constexpr std::string_view kWords[] = {"a", "an", "one", "two", "three", "four", "five", "few",
                                                  "couple", "ten", "fifteen", "twenty", "thirty", "several"};
    for (std::string_view w : kWords)
        if (t.folded == w) return true;
    return false;
}

// "me"/"us": "bear with me just a minute"; "in"/"within": "arrives in just 3 days".
bool reassures_before(const std::string& w) {
    return w == "me" || w == "us" || w == "in" || w == "within" || w == "take" || w == "takes";
}

// "only 10 minutes away", "just 2 days ago", "only 5 minutes left".
bool reassures_after(const std::string& w) { return w == "away" || w == "ago" || w == "left"; }

// "we'll look it up" is the brand's own action; "see the FAQ here: <link>" points at help the
// reply gives. Only a bare brush-off sends the customer away.
bool belittles(const CheckContext& ctx, std::uint32_t first, std::uint32_t, std::string_view) {
    const SentenceAnalysis& a = ctx.sentences();
    for (std::uint32_t t = first >= 2 ? first - 2 : 0; t < first; ++t)
        if (a.has_cue(t, Cue::brand_subject)) return false;
    return true;
}

bool sends_away(const CheckContext& ctx, std::uint32_t first, std::uint32_t last, std::string_view kind) {
    if (!belittles(ctx, first, last, kind)) return false;
    if (kind != "sends them off to read") return true;
    const Segment sentence = sentence_span(ctx.draft, ctx.draft.tokens()[first].start);
    for (const Entity& e : ctx.draft_entities().all())
        if (e.kind == EntityKind::url && e.start >= sentence.start && e.start < sentence.end) return false;
    return true;
}

}  // namespace

void tone_dismissive(const CheckContext& ctx, Findings& out) {
    report_stance(ctx, Cue::dismissive, "“{}” can make the customer's problem sound trivial.", out, sends_away);

    const auto& tokens = ctx.draft.tokens();
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        if (tokens[i].folded != "only" && tokens[i].folded != "just") continue;
        // "only 20 minutes", "only a few hours", "just a couple of days"
        std::size_t j = i + 1;
        std::size_t amounts = 0;
        while (j < tokens.size() && amounts < 3 && (is_amount(tokens[j]) || tokens[j].folded == "of")) {
            ++j;
            ++amounts;
        }
        if (amounts == 0 || j >= tokens.size() || !is_time_unit(tokens[j].folded)) continue;
        if ((i > 0 && reassures_before(tokens[i - 1].folded)) ||
            (j + 1 < tokens.size() && reassures_after(tokens[j + 1].folded)))
            continue;
        const std::uint32_t start = tokens[i].start;
        const std::uint32_t end = tokens[j].end;
        Finding f = make_finding("“" + std::string(ctx.draft.slice(start, end)) +
                                     "” plays down the wait; the customer's time matters to them.",
                                 start, end);
        // Dropping "only " keeps the facts and loses the judgement.
        f.suggestions.push_back(make_suggestion("Remove “" + std::string(ctx.draft.slice(tokens[i])) + "”",
                                                std::string(ctx.draft.slice(tokens[i + 1].start, end)), start, end, false));
        out.push_back(std::move(f));
        i = j;
    }
}

}  // namespace replycheck::checks
