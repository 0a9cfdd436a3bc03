#pragma once
// Canonical forms of folded tokens, applied to phrases and drafts alike so that one pack entry
// covers the common variants: "we’re" = "we're" = "we are", "apologise" = "apologize",
// "can't" = "cannot" = "can not". The tables are English; other locales pass through unchanged.
#include <string>
#include <string_view>
#include <vector>

namespace replycheck {

struct NormalisedToken {
    std::string parts[2];
    std::size_t count = 1;
};

// Normalises one NFKC_Casefolded token. Returns false (and leaves `out` alone) when the token is
// already canonical, which is the common case and costs no allocation.
bool normalise_token(std::string_view folded, NormalisedToken& out);

// An English contraction written with an apostrophe and the two words it stands for.
struct Contraction {
    std::string_view contracted;  // straight apostrophe: "we're"
    std::string_view first;       // "we"
    std::string_view second;      // "are"
};

// The contraction `folded` is ("we're" or "we’re"), or nullptr. "let's" is left out: "let us"
// ("allow us") is not always the same request.
const Contraction* find_contraction(std::string_view folded);

// The contraction of the folded pair `first` `second` ("we", "are" -> "we're"), or nullptr. Each
// pair has one: "'s" is read as "is" and "'d" as "would".
const Contraction* contraction_of(std::string_view first, std::string_view second);

// Every token normalise_token rewrites, other than those it only straightens (typographic
// apostrophes), so that a caller can resolve them once ahead of time.
std::vector<std::string_view> rewritten_tokens();

}  // namespace replycheck
