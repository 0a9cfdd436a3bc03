#pragma once
// Key terms of a customer's post: the folded nouns that name their issue ("refund", "router",
// "parcel"), used by personal.not_specific and template ranking.
#include <string>
#include <string_view>
#include <vector>

#include "text/analysed_text.h"

namespace replycheck {

// Words, codes and ideographs of `post` that name the issue, folded: first the nouns and names
// (words that templates/locales/<locale>/word_classes.json, from UD English EWT, does not list
// as usually something else), then verbs and adjectives ("charged", "cracked"), each in order of
// first appearance. Never function words, contractions or generic words (key_terms.json), one
// letter, an @handle or a sentiment word (those say how the customer feels, not about what). A
// number is a term from three digits on (order and flight numbers). At most `max_terms`.
std::vector<std::string> extract_key_terms(const AnalysedText& post, std::string_view locale,
                                           std::size_t max_terms = 16);

}  // namespace replycheck
