#pragma once
// `replycheck pack test`: every rule example in a pack is a test. A good example must raise no
// finding of its rule; a bad one at least one, and when it gives `fixed`, applying the first
// suggestion of the rule's first finding must give exactly that draft. The app (Authoring tab)
// runs the same code.
#include <string>
#include <vector>

#include "pack/compiled_pack.h"

namespace replycheck {

struct ExampleFailure {
    std::string rule;
    bool good = false;       // which list: good or bad
    std::size_t index = 0;   // position in that list
    std::string draft;
    std::string problem;     // what went wrong, one sentence
};

struct PackExamplesReport {
    std::size_t passed = 0;
    std::size_t skipped = 0;  // bad examples of rules that are "off" in the pack
    std::vector<ExampleFailure> failures;

    bool ok() const { return failures.empty(); }
};

PackExamplesReport run_pack_examples(const CompiledPack& pack);

}  // namespace replycheck
