#include "engine/checker.h"

#include <algorithm>
#include <exception>

#include "channel/channels.h"
#include "channel/thread_split.h"
#include "check/check.h"
#include "checks/checks.h"
#include "engine/key_terms.h"
#include "engine/score.h"
#include "sentiment/sentiment.h"
#include "text/letter_case.h"
#include "text/utf8.h"
#include "text/visible_text.h"

namespace replycheck {
namespace {

CheckResult rejected(std::string code, std::string message) {
    CheckResult r;
    r.error_code = std::move(code);
    r.error = std::move(message);
    r.ready = false;
    r.score = 0;
    return r;
}

// Returns an error result when a field is not acceptable input, else nothing.
std::optional<CheckResult> validate_field(std::string_view name, std::string_view value, std::size_t max_bytes) {
    if (value.size() > max_bytes)
        return rejected("too_long", std::string(name) + " is " + std::to_string(value.size()) +
                                        " bytes; the limit is " + std::to_string(max_bytes) + " bytes");
    if (auto bad = find_utf8_error(value))
        return rejected("invalid_utf8", std::string(name) + " is not valid UTF-8 at byte " +
                                            std::to_string(bad->offset) + ": " + bad->message);
    return std::nullopt;
}

std::optional<CheckResult> validate(const CheckRequest& req) {
    const std::pair<std::string_view, std::string_view> short_fields[] = {
        {"customer_name", req.customer_name}, {"customer_handle", req.customer_handle},
        {"channel", req.channel},             {"agent_name", req.agent_name},
        {"agent_initials", req.agent_initials},
    };
    if (auto e = validate_field("draft", req.draft, EngineLimits::max_draft_bytes)) return e;
    if (auto e = validate_field("customer_post", req.customer_post, EngineLimits::max_post_bytes)) return e;
    for (const auto& [name, value] : short_fields)
        if (auto e = validate_field(name, value, EngineLimits::max_field_bytes)) return e;
    if (!has_visible_text(req.draft)) return rejected("empty_draft", "draft is empty (it has no visible text)");
    const auto& starts = req.thread_starts;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const bool on_boundary = starts[k] <= req.draft.size() &&
                                 (starts[k] == req.draft.size() || (static_cast<unsigned char>(req.draft[starts[k]]) & 0xC0) != 0x80);
        if ((k == 0 ? starts[k] != 0 : starts[k] < starts[k - 1]) || !on_boundary)
            return rejected("bad_thread", "thread_starts[" + std::to_string(k) + "] = " + std::to_string(starts[k]) +
                                              " is not an ascending code-point boundary of the draft starting at 0");
    }
    return std::nullopt;
}

// A check's span must lie inside the draft and on code-point boundaries, or UTF-16 conversion
// and highlighting would go wrong; a faulty check is contained here rather than trusted.
std::uint32_t snap_to_boundary(std::string_view text, std::uint32_t offset) {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
    while (offset > 0 && offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
    return offset;
}

void sanitise_span(std::string_view text, std::uint32_t& start, std::uint32_t& end) {
    start = snap_to_boundary(text, start);
    end = snap_to_boundary(text, end);
    if (end < start) end = start;
}

}  // namespace

// Each distinct distress cue counts once, as do a run of "!!"/"?!" and words shouted in capitals.
static int distress_of(const AnalysedText& post, const char* locale) {
    const SentenceCues& cues = sentence_cues(locale);
    std::vector<std::string_view> seen;
    int count = 0;
    for (const CueHit& h : cues.find(post)) {
        if (h.cue != Cue::distress) continue;
        const std::string_view words = post.slice(post.tokens()[h.first].start, post.tokens()[h.last].end);
        if (std::find(seen.begin(), seen.end(), words) != seen.end()) continue;
        seen.push_back(words);
        ++count;
    }
    const std::string& text = post.text();
    if (text.find("!!") != std::string::npos || text.find("?!") != std::string::npos || text.find("??") != std::string::npos) ++count;
    int shouted = 0;
    for (const Token& t : post.tokens())
        if (t.kind == TokenKind::word && t.size() >= 3 && in_capitals(post.slice(t))) ++shouted;
    if (shouted >= 2) ++count;
    return count;
}

PostSignals read_post(const AnalysedText& post, const char* locale) {
    PostSignals signals;
    if (!post.tokens().empty()) {
        signals.sentiment = score_sentiment(post).compound;
        signals.mood = mood_of(signals.sentiment);
        signals.distress = distress_of(post, locale);
        if (signals.distress >= 2) signals.mood = Mood::upset;
    }
    signals.key_terms = extract_key_terms(post, locale);
    return signals;
}

// A draft that cannot be checked (empty, too long) still has a length and answers a post with a
// mood; the app shows both while the agent is typing.
static void describe_rejected(CheckResult& result, const CheckRequest& request, const CompiledPack& compiled,
                       const ChannelSpec* channel) {
    // Beyond this, measuring would cost more than the answer is worth: the draft is far too long.
    constexpr std::size_t kMaxMeasuredBytes = 1u << 20;
    try {
        if (request.customer_post.size() <= EngineLimits::max_post_bytes && !find_utf8_error(request.customer_post))
            result.post = read_post(AnalysedText(request.customer_post, compiled.locale()), compiled.locale());
        if (channel == nullptr) return;
        result.channel = channel->id.empty() ? request.channel : channel->id;
        if (request.draft.size() <= kMaxMeasuredBytes && !find_utf8_error(request.draft))
            result.length = measure_length(request.draft, *channel);
    } catch (const std::exception&) {
        // Only a description of a rejected draft: leave it out rather than fail.
    }
}

// A fix that lengthens a reply which fits ("I'm sorry this happened. …") must not be the one that
// takes it past the channel's limit: such a fix is dropped, and the finding keeps its message.
static void drop_fixes_past_the_limit(std::vector<Finding>& findings, const std::string& draft,
                                      const LengthReport& length, const ChannelSpec& channel) {
    if (!length.fits || length.limit == 0) return;
    // No unit weighs more than a URL (23 on X) or two per byte: below that, no exact count is needed.
    constexpr std::size_t kMaxUnitsPerByte = 2, kUrlUnits = 23;
    const std::size_t room = length.limit - length.count;
    for (Finding& f : findings) {
        std::erase_if(f.suggestions, [&](const Suggestion& s) {
            const std::size_t removed = s.end - s.start;
            if (s.text.size() <= removed) return false;
            if (room >= kUrlUnits + kMaxUnitsPerByte * (s.text.size() - removed)) return false;
            const std::string fixed = draft.substr(0, s.start) + s.text + draft.substr(s.end);
            return !measure_length(fixed, channel).fits;
        });
    }
}

CheckResult check(const CheckRequest& request, const CompiledPack& compiled) {
    const Pack& pack = compiled.pack();
    const ChannelSpec* channel = compiled.channel(request.channel);
    if (auto error = validate(request)) {
        describe_rejected(*error, request, compiled, channel);
        return std::move(*error);
    }
    if (channel == nullptr) {
        CheckResult error = rejected("unknown_channel", "unknown channel \"" + request.channel + "\"");
        describe_rejected(error, request, compiled, channel);
        return error;
    }

    try {
        const AnalysedText draft(request.draft, compiled.locale());
        const AnalysedText post(request.customer_post, compiled.locale());
        PostSignals signals = read_post(post, compiled.locale());
        const PhraseMatchSet phrases = compiled.match_phrases(draft);
        const Visibility visibility = request.visibility.value_or(channel->default_visibility);
        // The X count runs twitter-text's URL regex over the whole draft; once is enough for the
        // result and for channel.too_long. A thread is measured post by post.
        ThreadLength thread;
        if (!request.thread_starts.empty())
            thread = measure_thread(request.draft, request.thread_starts, *channel, request.customer_handle);
        const LengthReport length = request.thread_starts.empty() ? measure_length(request.draft, *channel) : thread.worst;

        const Entities entities = find_entities(draft, compiled.locale());
        const SentenceAnalysis sentences(draft, entities, sentence_cues(compiled.locale()));

        CheckContext ctx{request, draft, post, pack, compiled, *channel, visibility, signals};
        ctx.phrase_match_set = &phrases;
        ctx.entities = &entities;
        ctx.analysis = &sentences;
        ctx.length = &length;

        CheckResult result;
        const std::span<const CheckFn> checks = all_checks();
        for (std::size_t k = 0; k < kRuleCount; ++k) {
            const RuleSettings& settings = compiled.rule(k);
            if (!settings.enabled) continue;
            Findings found;
            ctx.rule = k;
            try {
                checks[k](ctx, found);
            } catch (const std::exception&) {
                result.failed_checks.emplace_back(kRules[k].id);
                continue;
            }
            for (Finding& f : found) {
                f.rule = std::string(kRules[k].id);
                f.severity = settings.severity_of(f.certainty);
                sanitise_span(request.draft, f.start, f.end);
                for (Suggestion& s : f.suggestions) sanitise_span(request.draft, s.start, s.end);
                result.findings.push_back(std::move(f));
            }
        }
        if (request.thread_starts.empty()) drop_fixes_past_the_limit(result.findings, request.draft, length, *channel);
        std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
            if (a.start != b.start) return a.start < b.start;
            if (a.end != b.end) return a.end < b.end;
            return a.severity > b.severity;
        });
        // A reply must answer: an upset customer given no next step ("Sorry.") has not been
        // replied to yet, whatever severity the pack gives that rule.
        const bool unanswered =
            signals.mood == Mood::upset && std::any_of(result.findings.begin(), result.findings.end(), [](const Finding& f) {
                return f.rule == "resolution.no_next_step";
            });
        result.ready = !unanswered && std::none_of(result.findings.begin(), result.findings.end(),
                                                   [](const Finding& f) { return f.severity == Severity::error; });
        result.score = readiness_score(result.findings);
        if (unanswered) result.score = std::min(result.score, kUnansweredScore);
        result.channel = channel->id.empty() ? request.channel : channel->id;
        result.length = length;
        result.thread_lengths = std::move(thread.posts);
        result.post = std::move(signals);
        return result;
    } catch (const std::exception& e) {
        // ICU data or memory failures: report, never crash the host.
        return rejected("internal", std::string("the check could not run: ") + e.what());
    }
}

}  // namespace replycheck
