#pragma once
// Who the customer is and how a reply may address them, shared by personal.no_name and
// personal.wrong_name.
#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"

namespace replycheck::checks {

// Accent-free folded forms that count as the customer's name: each part of the full name, the
// handle without '@', and common nicknames of the first name ("Bob" for "Robert").
std::vector<std::string> acceptable_names(const CheckRequest& r);

// acceptable_names(ctx.request), computed once per context.
const std::vector<std::string>& customer_names(const CheckContext& ctx);

// True when `word` (any case, accents) is one of `names`, or a prefix of three or more letters of
// one of them ("Chris" for "Christopher").
bool names_match(std::string_view word, const std::vector<std::string>& names);

std::string first_name(const CheckRequest& r);

}  // namespace replycheck::checks
