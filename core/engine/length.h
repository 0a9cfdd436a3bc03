#pragma once
// A reply's length as the channel counts it.
#include <cstddef>
#include <string_view>

#include "channel/channel_spec.h"

namespace replycheck {

std::size_t channel_length(std::string_view text, const ChannelSpec& channel, const char* locale);

}  // namespace replycheck
