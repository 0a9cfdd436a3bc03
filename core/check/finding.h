#pragma once
// The one shape every problem has (after Vale's alerts): rule, severity, span, message, fixes.
// A check fills in what it found; the engine fills in the rule and the pack's severity.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/enums.h"

namespace replycheck {

struct Suggestion {
    std::string label;        // button text, e.g. "Use “Wi-Fi”"
    std::string text;         // replaces draft[start, end)
    std::uint32_t start = 0;  // UTF-8 byte offsets into the draft
    std::uint32_t end = 0;
    // Safe fixes change wording without changing meaning (spelling, terms, sign-off) and may be
    // applied in bulk; the rest need the agent to read them.
    bool safe = false;
};

struct Finding {
    std::string rule;  // stable id, e.g. "tone.defensive"; set by the engine
    Severity severity = Severity::warning;  // set by the engine from the pack
    std::string message;      // one sentence that explains the problem
    std::uint32_t start = 0;  // UTF-8 byte offsets into the draft; start == end marks a point
    std::uint32_t end = 0;
    std::vector<Suggestion> suggestions;
    // The evidence, in a few words: "asks for “your email address” with “reply here”; no private
    // route named". Shown under the message; empty when the message says it all.
    std::string because;
    Certainty certainty = Certainty::certain;  // the engine maps it to a severity
};

inline Finding make_finding(std::string message, std::uint32_t start, std::uint32_t end) {
    Finding f;
    f.message = std::move(message);
    f.start = start;
    f.end = end;
    return f;
}

inline Suggestion make_suggestion(std::string label, std::string text, std::uint32_t start, std::uint32_t end,
                                  bool safe) {
    return Suggestion{std::move(label), std::move(text), start, end, safe};
}

}  // namespace replycheck
