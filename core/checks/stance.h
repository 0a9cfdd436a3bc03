#pragma once
// Stance findings shared by tone.defensive and tone.dismissive: what the agent's sentence does to
// the customer (blames them, denies any fault, plays the problem down), read from the sentence
// analysis's stance cues outside negation scope and entities, and not where a friendly idiom
// covers the words ("put your feet up", "just a moment").
#include <string_view>

#include "check/check.h"

namespace replycheck::checks {

// One finding per stance hit of class `cue` (Cue::defensive or Cue::dismissive), with `message`
// ("{}" becomes the words) and the kind as "because"; its fix removes the sentence when the reply
// has more than one. Also reports the rule's pack phrases under the same guards.
// `keep`, when set, may veto a hit by its token span (inclusive) for readings only the rule knows.
// `kind` is the stance kind ("sends them off to read"), empty for a pack phrase.
using StanceFilter = bool (*)(const CheckContext&, std::uint32_t first, std::uint32_t last, std::string_view kind);
void report_stance(const CheckContext& ctx, Cue cue, std::string_view message, Findings& out,
                   StanceFilter keep = nullptr);

}  // namespace replycheck::checks
