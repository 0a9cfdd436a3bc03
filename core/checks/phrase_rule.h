#pragma once
// The common shape of phrase-driven rules: every match of the rule's phrase list is a finding,
// with the entry's replacement as a suggestion (kept in the original's case) and its reason, or
// a default sentence, as the message.
#include <string>
#include <string_view>

#include "check/check.h"

namespace replycheck::checks {

struct PhraseRuleText {
    std::string_view message;  // used when the entry has no reason; "{}" becomes the matched text
    std::string_view label;    // suggestion label; "{}" becomes the replacement
    bool safe = false;
    // When set, a match is reported only if this returns true; for the few phrases whose
    // surroundings change their meaning ("not your fault" is kind, "your fault" is not).
    bool (*keep)(const CheckContext&, const PhraseMatch&) = nullptr;
};

void report_phrase_matches(const CheckContext& ctx, const PhraseRuleText& text, Findings& out);

// "{}" in `pattern` replaced by `value`.
std::string fill(std::string_view pattern, std::string_view value);

}  // namespace replycheck::checks
