#pragma once
// The one shape every problem has (after Vale's alerts): rule, severity, span, message, fixes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace replycheck {

// Ordered by weight, so std::max picks the worse of two.
enum class Severity : std::uint8_t { suggestion, warning, error };

std::string_view to_string(Severity s);
// Parses "suggestion" | "warning" | "error"; returns false for anything else.
bool parse_severity(std::string_view text, Severity& out);

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
    std::string rule;  // stable id, e.g. "tone.defensive"
    Severity severity = Severity::warning;
    std::string message;      // one sentence that explains the problem
    std::uint32_t start = 0;  // UTF-8 byte offsets into the draft; start == end marks a point
    std::uint32_t end = 0;
    std::vector<Suggestion> suggestions;
};

}  // namespace replycheck
