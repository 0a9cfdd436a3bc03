#pragma once
// Letter case and accents the way people read names and words: "Zoé", "ZOE" and "Zoe\u0301" are
// one name; "DM" and "NOT" are written in capitals; a replacement keeps the original's case.
#include <string>
#include <string_view>

namespace replycheck {

// Folded text without combining marks, so "Zoé", "ZOE" and "Zoe\u0301" compare equal.
std::string accent_key(std::string_view text);

// Two or more capitals and no small letter: "DM", "NOT", "TY" (emphasis or an abbreviation).
bool in_capitals(std::string_view text);

// `replacement` with the capitalisation of `original`: kept as written when it has capitals of
// its own ("Wi-Fi"); otherwise capitalised when the original starts with a capital, upper-cased
// when the original is all capitals ("LOGIN" -> "SIGN IN").
std::string match_case(std::string_view original, std::string_view replacement);

// Small letters throughout, by Unicode's rules ("MALMÖ" -> "malmö").
std::string lower_case(std::string_view text);

// The first letter a capital, the rest as it is ("malmö" -> "Malmö").
std::string capitalise_first(std::string_view text);

// Letter counts of a token's original text, for caps decisions.
struct CaseShape {
    int upper = 0;
    int lower = 0;
    int digits = 0;
};
CaseShape case_shape(std::string_view text);

}  // namespace replycheck
