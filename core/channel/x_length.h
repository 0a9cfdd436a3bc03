#pragma once
// X's weighted length, exactly as twitter-text 3.1.0's parseTweet computes it (config v3): the
// text is NFC-normalised; each URL weighs 23 characters, each emoji sequence twemoji-parser
// matches weighs 2, code points in the "light" ranges (U+0000-U+10FF, U+2000-U+200D,
// U+2010-U+201F, U+2032-U+2037) weigh 1 and everything else weighs 2.
#include <cstdint>
#include <string_view>

namespace replycheck {

inline constexpr std::uint32_t x_max_weighted_length = 280;

struct XLength {
    std::uint32_t weighted = 0;  // parseTweet's weightedLength
    // parseTweet's `valid` measured against `max_weighted`: not empty, within the limit and free of
    // U+FFFE, U+FEFF and U+FFFF.
    bool valid = false;
    // Where the first character, emoji or URL that takes the count over `max_weighted` starts in
    // the original text (before normalisation); the text's length when nothing does.
    std::uint32_t overflow_utf8 = 0;
    std::uint32_t overflow_utf16 = 0;
};

// Whether X counts `utf8` one per byte: ASCII (all in the light range, already NFC) with no URL
// and no emoji spelt in ASCII. Such text needs no UTF-16 copy to be measured.
bool x_counts_one_per_byte(std::string_view utf8);

// `utf8` must be valid UTF-8 (see find_utf8_error).
XLength x_weighted_length(std::string_view utf8, std::uint32_t max_weighted = x_max_weighted_length);

}  // namespace replycheck
