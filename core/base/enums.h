#pragma once
// The small vocabularies every layer shares: how bad a finding is, who sees a reply, and how the
// customer feels. Each is named and parsed here once, as packs, requests and the UI spell it.
#include <cstdint>
#include <optional>
#include <string_view>

namespace replycheck {

// Ordered by weight, so std::max picks the worse of two.
enum class Severity : std::uint8_t { suggestion, warning, error };

enum class Visibility : std::uint8_t { public_reply, private_reply };

enum class Mood : std::uint8_t { upset, neutral, happy };

// How sure a check is of a finding. Only a certain finding keeps the pack's severity: an error
// blocks "ready to post", so it must be near-certain. A likely one is at most a warning, a
// possible one a suggestion (RuleSettings::severity_of).
enum class Certainty : std::uint8_t { possible, likely, certain };

std::string_view to_string(Severity s);    // "suggestion" | "warning" | "error"
std::string_view to_string(Visibility v);  // "public" | "private"
std::string_view to_string(Mood m);        // "upset" | "neutral" | "happy"

// The inverses of to_string; nothing for any other text.
std::optional<Severity> parse_severity(std::string_view text);
std::optional<Visibility> parse_visibility(std::string_view text);
std::optional<Mood> parse_mood(std::string_view text);

}  // namespace replycheck
