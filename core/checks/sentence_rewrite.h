#pragma once
// Fixes that replace or remove a whole sentence, shared by the checks that offer them. Two things
// a careless splice gets wrong: a "?" inside a link ends no sentence, and a sentence that addressed
// the customer by name ("Hi Owen, …", "…, Jay.") must not take the name with it.
#include <string>
#include <string_view>

#include "check/check.h"

namespace replycheck::checks {

// The sentence holding `offset`, widened over any entity its edges cut (a URL's "?step=2").
Segment whole_sentence(const CheckContext& ctx, std::uint32_t offset);

// A fix replacing the sentence at `offset` (after leading @mentions) with `replacement`; an empty
// replacement removes it with the space after it. The customer's address in that sentence is
// kept: "Hi Owen, " or "Jay, " leads the replacement or, on removal, the next sentence.
Suggestion rewrite_sentence(const CheckContext& ctx, std::uint32_t offset, std::string label, std::string_view replacement);

}  // namespace replycheck::checks
