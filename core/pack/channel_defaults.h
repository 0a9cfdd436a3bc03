#pragma once
// The built-in channel a pack's "channels" entry starts from (core/channel/channels.h when the
// channel layer provides it).
#include <string_view>

#include "channel/channel_spec.h"

namespace replycheck {

const ChannelSpec* builtin_channel(std::string_view id);

}  // namespace replycheck
