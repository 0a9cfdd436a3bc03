#pragma once
// The 0-100 readiness score.
//
//   penalty(rule) = w * (1 + 1/2 + 1/4 + ... for each further finding of that rule)
//   score         = round(100 * exp(-sum of penalties / 100))
//
// with w = 30 for an error, 10 for a warning, 3 for a suggestion (a rule's findings take the
// weight of their severity). Repeats of one rule add less and less (one problem repeated is still
// mostly one problem), and the exponential gives diminishing returns across rules, so the score
// never goes negative and stays informative for poor drafts: one warning -> 90, one error -> 74,
// an error and two warnings -> 64.
#include <span>

#include "check/finding.h"

namespace replycheck {

// The highest score of a reply that does not answer an upset customer (no next step at all).
inline constexpr int kUnansweredScore = 60;

int readiness_score(std::span<const Finding> findings);

}  // namespace replycheck
