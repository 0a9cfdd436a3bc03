#pragma once
// Splitting a reply that is too long for its channel into a numbered thread ("... 1/3").
#include <string>
#include <string_view>
#include <vector>

#include "channel/channel_spec.h"

namespace replycheck {

// Parts that each fit spec's limit (measured with measure_length), numbered " k/n" at the end.
// Cuts fall between sentences (ICU sentence breaks); a sentence too long for one part is cut
// between words (ICU line-break opportunities), and a word too long between characters.
// `handle` (with or without '@') starts the first part, and every part when
// spec.mention_on_every_part; a leading mention of it already in the draft is not repeated.
// A draft that already fits comes back as its single part, unnumbered; an empty one as none.
std::vector<std::string> split_thread(std::string_view draft, const ChannelSpec& spec, std::string_view handle);

}  // namespace replycheck
