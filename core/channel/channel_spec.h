#pragma once
// How one channel counts and limits a reply, and who sees it by default. The defaults live in
// core/channel/channels.cpp; packs may override them (Pack::channels).
#include <cstdint>
#include <string>

#include "base/enums.h"

namespace replycheck {

enum class LengthCounting : std::uint8_t {
    x_weighted,  // twitter-text v3 weighted length (see core/channel/x_length.h)
    utf16,       // JavaScript string length, as Meta's and LinkedIn's text boxes count
    graphemes,   // user-perceived characters
};

struct ChannelSpec {
    std::string id;            // "x", "x_dm", "facebook", ...
    std::string display_name;  // "X", "X DM", ...
    std::uint32_t limit = 0;
    LengthCounting counting = LengthCounting::utf16;
    Visibility default_visibility = Visibility::public_reply;
    bool mention_on_every_part = false;  // threads repeat the @handle on each numbered part
};

}  // namespace replycheck
