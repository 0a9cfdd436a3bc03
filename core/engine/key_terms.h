#pragma once
// Key terms of a customer's post: the folded content words that name their issue ("refund",
// "router", "parcel"), used by personal.not_specific and template ranking.
#include <string>
#include <vector>

#include "text/analysed_text.h"

namespace replycheck {

// Words, numbers and ideographs of `post`, folded, in order of first appearance, without
// English stopwords, one-letter words, @handles, #hashtags' '#' and sentiment words (they say
// how the customer feels, not what about). At most `max_terms`.
std::vector<std::string> extract_key_terms(const AnalysedText& post, std::size_t max_terms = 16);

bool is_stopword(std::string_view folded);

}  // namespace replycheck
