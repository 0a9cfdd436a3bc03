#pragma once
// The built-in channel table and the one length measure every caller uses (the channel.too_long
// check, the CLI and the UI), whatever the channel's counting rule.
#include <cstdint>
#include <string_view>
#include <vector>

#include "channel/channel_spec.h"

namespace replycheck {

// Built-in defaults, in a stable order: x, x_dm, facebook, facebook_dm, instagram, instagram_dm,
// linkedin, threads. Packs may override them (Pack::channels).
const std::vector<ChannelSpec>& default_channels();
// nullptr for an unknown id.
const ChannelSpec* default_channel(std::string_view id);

struct LengthReport {
    std::uint32_t count = 0;  // in the channel's unit (see LengthCounting)
    std::uint32_t limit = 0;
    bool fits = true;         // count <= limit
    // Where the text stops fitting: the start of the first character (emoji, URL) that takes the
    // count over the limit. Equal to the text's length in that unit when it fits.
    std::uint32_t overflow_utf8 = 0;
    std::uint32_t overflow_utf16 = 0;
};

// `utf8` must be valid UTF-8 (see find_utf8_error).
LengthReport measure_length(std::string_view utf8, const ChannelSpec& spec);

// Whether `utf8` counts one per byte under `counting`, and so does every piece of it and every
// join of such pieces with spaces: ASCII with no URL, no emoji (X) and no CR LF pair (graphemes).
// For such text a length is a sum of sizes, which lets thread splitting try hundreds of candidate
// parts without measuring each one.
bool counts_one_per_byte(std::string_view utf8, LengthCounting counting);

}  // namespace replycheck
