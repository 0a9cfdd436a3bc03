#pragma once
// The property every suggestion must have (issue #14): applied to the draft, it removes its
// finding, adds no new error- or warning-level finding, and leaves acronyms, the customer's
// name and URLs as they were. Checked over labelled replies (tests/data/eval/), reported as
// counts; tests hold the failures to a committed floor.
#include <string>
#include <string_view>
#include <vector>

#include "pack/compiled_pack.h"

namespace replycheck {

struct FixFailure {
    std::string rule;
    std::string label;   // the suggestion's button text
    std::string draft;   // before
    std::string fixed;   // after
    std::string why;     // "the finding is still there", "new warning tone.shouting", "changes “DM”"
};

struct FixReport {
    std::size_t tried = 0;
    std::vector<FixFailure> failures;
};

// Every suggestion of every finding on every line of `jsonl` (batch requests, one per line).
FixReport check_fixes(std::string_view jsonl, const CompiledPack& pack);

}  // namespace replycheck
