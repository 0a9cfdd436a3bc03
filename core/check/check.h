#pragma once
// What a check sees and how it reports. A check is one function in core/checks/<rule>.cpp that
// reads the context and appends findings; it never changes anything else. The engine
// (core/engine/checker.h) builds the context once per request and runs every enabled check,
// then stamps each finding with its rule and the pack's severity.
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/entities.h"
#include "analysis/sentence_analysis.h"
#include "base/enums.h"
#include "base/request.h"
#include "channel/channel_spec.h"
#include "channel/channels.h"
#include "check/finding.h"
#include "pack/compiled_pack.h"
#include "pack/pack.h"
#include "rules/rules.h"
#include "text/analysed_text.h"

namespace replycheck {

// What the engine learned from the customer's post.
struct PostSignals {
    double sentiment = 0.0;  // VADER-style compound score in [-1, 1]
    Mood mood = Mood::neutral;
    std::vector<std::string> key_terms;  // folded content words that name the customer's issue
    // Distinct signs of feeling in the post (analysis cue "distress", "!!", words in capitals):
    // how sure a check can be that the customer is upset, beyond the sentiment score.
    int distress = 0;
};

struct CheckContext {
    const CheckRequest& request;
    const AnalysedText& draft;
    const AnalysedText& post;
    const Pack& pack;
    const CompiledPack& compiled;
    const ChannelSpec& channel;
    Visibility visibility;  // request's, or the channel's default
    const PostSignals& signals;

    // Index in kRules of the rule being checked; set by whoever runs the check.
    std::size_t rule = kRuleCount;

    bool is_public() const { return visibility == Visibility::public_reply; }

    // Matches of the running rule's phrase list (Pack::rules[rule].phrases, or for
    // "brand.banned_phrase" Pack::banned_phrases, for "brand.terminology" the avoid terms with
    // entry `replacement` = the preferred term, for "brand.capitalization" the brand names in any
    // casing). Leftmost-longest, non-overlapping, in text order; empty for a rule without phrases.
    // Only matches that meet their entry's conditions: outside entities, outside negation scope
    // unless the entry says "negated": "match", and in a request or a statement when it says so.
    std::span<const PhraseMatch> phrase_matches() const;

    // The running rule's param `name` (declared in rules/rule_list.h): the pack's value, or the
    // declared fallback. Throws std::logic_error for a name the rule does not declare.
    double param(std::string_view name) const;

    // Set by the engine, which matches every list in one pass before the checks run. When a
    // context is built by hand (tests), the first phrase_matches() call computes it instead.
    const PhraseMatchSet* phrase_match_set = nullptr;
    mutable std::shared_ptr<const PhraseMatchSet> computed_phrase_matches{};
    // phrase_matches() per rule after the entries' `when` and `negated` conditions, made on first use.
    mutable std::vector<std::optional<std::vector<PhraseMatch>>> conditioned_matches{};

    // The draft's length as `channel` counts it (measure_length). The X count is among the
    // dearest steps of a check, so the engine measures once and every reader shares the result.
    const LengthReport& draft_length() const;

    // Set by the engine. When a context is built by hand, draft_length() measures on first use.
    const LengthReport* length = nullptr;
    mutable std::optional<LengthReport> computed_length{};

    // The draft's non-prose spans (analysis/entities.h), found once per draft. Set by the engine;
    // a context built by hand finds them on first use.
    const Entities& draft_entities() const;
    const Entities* entities = nullptr;
    mutable std::optional<Entities> computed_entities{};

    // Clauses, negation, requests, routes and vocatives of the draft (analysis/sentence_analysis.h),
    // built once per draft on its entities. Set by the engine, or built on first use.
    const SentenceAnalysis& sentences() const;
    const SentenceAnalysis* analysis = nullptr;
    mutable std::optional<SentenceAnalysis> computed_analysis{};

    // The customer's acceptable names (checks/names.h: customer_names), worked out by the first
    // name check that needs them and shared with the others.
    mutable std::optional<std::vector<std::string>> computed_customer_names{};
};

using Findings = std::vector<Finding>;
using CheckFn = void (*)(const CheckContext&, Findings&);

}  // namespace replycheck
