#pragma once
// Who the customer is and how a reply may address them, shared by personal.no_name and
// personal.wrong_name.
#include <set>
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

// Word lists of templates/locales/<locale>/names.json, folded; multi-word entries are joined with
// single spaces. Loaded once per locale.
struct NameCues {
    using Words = std::set<std::string, std::less<>>;
    Words greetings;          // words that open a salutation: "hi", "dear"
    Words role_nouns;         // what a form letter calls a reader: "customer", "account holder"
    Words opener_adjectives;  // "valued", "loyal": the slot between greeting and role noun
    Words form_openers;       // whole salutations: "to whom it may concern"
    Words not_names;          // capitalised words after a greeting that are no one's name
    Words placeholder_words;  // what template variables are called: "first name", "link"
    Words code_context;       // words of a reply that explains template or code syntax
    Words interjections;      // "Ugh,", "Actually,": sentence openers that stand like a vocative
    Words titles;             // "Mr", "Dr": before a surname
    Words sign_offs;          // "Thanks", "Cheers": before the agent's name at the end of a reply
    Words casual_greetings;   // "Hi", "Hey": may run on into the sentence without a comma
    Words swear_suffixes;     // endings a listed swear word takes ("-ing", "-ed"), for masked spellings
};
const NameCues& name_cues(std::string_view locale);

// The longest entry of `words` spelled by the folded word tokens starting at `first` (up to
// `max_words` of them, punctuation "/" kept as a word); 0 when none matches.
std::size_t match_words(const AnalysedText& text, std::size_t first, const NameCues::Words& words,
                        std::size_t max_words = 4);

}  // namespace replycheck::checks
