#pragma once
// Emoji as twemoji-parser 11.0.2's regex finds them (the parser twitter-text 3.1.0 uses): each
// match weighs as one unit in the X count. Internal to the X count.
#include <cstddef>
#include <string_view>
#include <vector>

namespace replycheck::x_emoji {

struct EmojiEntity {
    std::size_t start = 0;   // UTF-16 offsets in the text searched
    std::size_t length = 0;
};

// Matches in text order, found as the regex's global exec loop finds them.
std::vector<EmojiEntity> find_emoji(std::u16string_view text);

// Whether text in ASCII alone can hold an emoji (no sequence in the data is spelt in ASCII alone).
bool ascii_can_hold_emoji();

}  // namespace replycheck::x_emoji
