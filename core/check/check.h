#pragma once
// What a check sees and how it reports. A check is one function in core/checks/<rule>.cpp that
// reads the context and appends findings; it never changes anything else. The engine
// (core/engine/checker.h) builds the context once per request and runs every enabled check.
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "channel/channel_spec.h"
#include "channel/channels.h"
#include "check/finding.h"
#include "check/request.h"
#include "pack/pack.h"
#include "text/analysed_text.h"

namespace replycheck {

enum class Mood { upset, neutral, happy };

// What the engine learned from the customer's post.
struct PostSignals {
    double sentiment = 0.0;  // VADER-style compound score in [-1, 1]
    Mood mood = Mood::neutral;
    std::vector<std::string> key_terms;  // folded content words that name the customer's issue
};

// A phrase-list entry found in the draft, by the pack's automaton, over folded tokens.
struct PhraseMatch {
    std::uint32_t start = 0;  // UTF-8 byte span in the draft
    std::uint32_t end = 0;
    std::size_t first_token = 0;  // index into CheckContext::draft.tokens(), inclusive
    std::size_t last_token = 0;   // inclusive
    const PhraseEntry* entry = nullptr;
};

class CompiledPack;
struct PhraseMatchSet;  // pack/compiled_pack.h

struct CheckContext {
    const CheckRequest& request;
    const AnalysedText& draft;
    const AnalysedText& post;
    const Pack& pack;
    const CompiledPack& compiled;
    const ChannelSpec& channel;
    Visibility visibility;  // request's, or the channel's default
    const PostSignals& signals;

    // Matches of `rule`'s phrase list (Pack::rules[rule].phrases), plus the pack-level lists for
    // "brand.banned_phrase" (Pack::banned_phrases), "brand.terminology" (avoid terms, entry
    // `replacement` = the preferred term) and "brand.capitalization" (brand names matched in any
    // casing; compare the draft's bytes with entry->match). Leftmost-longest, non-overlapping,
    // in text order. Empty for a rule without phrases.
    std::span<const PhraseMatch> phrase_matches(std::string_view rule) const;

    // Set by the engine, which matches every list in one pass before the checks run. When a
    // context is built by hand (tests), the first phrase_matches() call computes it instead.
    const PhraseMatchSet* phrase_match_set = nullptr;
    mutable std::shared_ptr<const PhraseMatchSet> computed_phrase_matches{};

    // Index in all_checks() of the check now running, set by the engine, so that a check asking
    // for its own rule's matches finds the list without a lookup by name.
    std::size_t running_check = static_cast<std::size_t>(-1);

    // The draft's length as `channel` counts it (measure_length). The X count is among the
    // dearest steps of a check, so the engine measures once and every reader shares the result.
    const LengthReport& draft_length() const;

    // Set by the engine. When a context is built by hand, draft_length() measures on first use.
    const LengthReport* length = nullptr;
    mutable std::optional<LengthReport> computed_length{};

    // The customer's acceptable names (checks/names.h: customer_names), worked out by the first
    // name check that needs them and shared with the others.
    mutable std::optional<std::vector<std::string>> computed_customer_names{};
};

using Findings = std::vector<Finding>;
using CheckFn = void (*)(const CheckContext&, Findings&);

struct CheckDef {
    std::string_view rule;          // stable id
    Severity default_severity;
    CheckFn run;
};

// Every check, in report order (core/checks/registry.cpp).
std::span<const CheckDef> all_checks();

}  // namespace replycheck
