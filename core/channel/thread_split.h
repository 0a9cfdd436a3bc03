#pragma once
// Splitting a reply that is too long for its channel into a numbered thread ("... 1/3").
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "channel/channel_spec.h"
#include "channel/channels.h"

namespace replycheck {

// Parts that each fit spec's limit (measured with measure_length), numbered " k/n" at the end.
// Cuts fall between sentences (ICU sentence breaks); a sentence too long for one part is cut
// between words (ICU line-break opportunities), and a word too long between characters.
// `handle` (with or without '@') starts the first part, and every part when
// spec.mention_on_every_part; a leading mention of it already in the draft is not repeated.
// A draft that already fits comes back as its single part, unnumbered; an empty one as none.
std::vector<std::string> split_thread(std::string_view draft, const ChannelSpec& spec, std::string_view handle);

// The same split as the texts the agent writes, one per post: without the mention and numbering
// the channel adds (thread_post puts them back). Splitting the texts joined one blank line apart
// gives the same texts again.
std::vector<std::string> split_thread_texts(std::string_view draft, const ChannelSpec& spec, std::string_view handle);

// Post `part` (1-based) of `total` as it is posted: `text` trimmed, after the mention of `handle`
// on the first post (on every post when spec.mention_on_every_part), and " part/total" at the end.
std::string thread_post(std::string_view text, std::size_t part, std::size_t total, const ChannelSpec& spec,
                        std::string_view handle);

// A thread's posts measured one by one. `starts` says where each post begins in `draft`
// (ascending, the first 0); post k is draft[starts[k], starts[k+1]) as thread_post makes it.
struct ThreadLength {
    std::vector<LengthReport> posts;
    // For the thread as a whole: the first post over the limit, with its overflow offsets
    // pointing into `draft` (where its text stops fitting); the longest post when all fit.
    LengthReport worst;
};
ThreadLength measure_thread(std::string_view draft, std::span<const std::uint32_t> starts, const ChannelSpec& spec,
                            std::string_view handle);

}  // namespace replycheck
