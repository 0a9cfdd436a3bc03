#include "engine/length.h"

#include "channel/channels.h"

namespace replycheck {

// core/channel owns the counting rules (twitter-text weighting, UTF-16, graphemes); the locale is
// not needed by any of them today but stays in the signature for grapheme rules that may be.
std::size_t channel_length(std::string_view text, const ChannelSpec& channel, const char* /*locale*/) {
    return measure_length(text, channel).count;
}

}  // namespace replycheck
