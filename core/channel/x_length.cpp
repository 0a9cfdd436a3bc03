#include "channel/x_length.h"

#include <unicode/utf16.h>

#include <algorithm>
#include <string>
#include <vector>

#include "channel/x_emoji.h"
#include "channel/x_url.h"
#include "text/nfc.h"
#include "text/utf8.h"

namespace replycheck {
namespace {

// twitter-text's config v3, in its own units (weights are scaled by 100).
constexpr std::int64_t scale = 100;
constexpr std::int64_t default_weight = 200;
constexpr std::int64_t light_weight = 100;
constexpr std::int64_t url_weight = 23 * scale;
constexpr std::int64_t emoji_weight = default_weight;

struct LightRange {
    char16_t first, last;
};
constexpr LightRange light_ranges[] = {{0, 4351}, {8192, 8205}, {8208, 8223}, {8242, 8247}};

// getCharacterWeight looks at one UTF-16 unit (for a surrogate pair, the low surrogate).
std::int64_t unit_weight(char16_t unit) {
    for (const auto& r : light_ranges)
        if (unit >= r.first && unit <= r.last) return light_weight;
    return default_weight;
}

bool is_invalid_unit(char16_t unit) { return unit == 0xFFFE || unit == 0xFEFF || unit == 0xFFFF; }

}  // namespace

bool x_counts_one_per_byte(std::string_view utf8) {
    return is_ascii(utf8) && !x_url::ascii_may_contain_url(utf8) && !x_emoji::ascii_can_hold_emoji();
}

XLength x_weighted_length(std::string_view utf8, std::uint32_t max_weighted) {
    // Most replies, and every part of a thread cut from one: no invalid unit, the count is the size.
    if (x_counts_one_per_byte(utf8)) {
        XLength result;
        result.weighted = static_cast<std::uint32_t>(utf8.size());
        result.valid = !utf8.empty() && utf8.size() <= max_weighted;
        const std::size_t overflow = result.valid || utf8.empty() ? utf8.size() : max_weighted;
        result.overflow_utf16 = result.overflow_utf8 = static_cast<std::uint32_t>(overflow);
        return result;
    }
    std::u16string original = to_utf16(utf8);
    const std::size_t original_utf16_size = original.size();
    const NfcText normalised = to_nfc(std::move(original));
    const std::u16string& text = normalised.text;

    const auto urls = x_url::extract_urls(text);
    const auto emoji = x_emoji::find_emoji(text);
    const std::int64_t limit = static_cast<std::int64_t>(max_weighted) * scale;

    std::int64_t weighted = 0;
    bool valid = true;
    std::size_t overflow = text.size();
    bool overflowed = false;
    std::size_t next_url = 0, next_emoji = 0;
    // Plain ASCII without URLs or emoji (most replies): every unit weighs light_weight and none is
    // invalid, so the walk below reduces to a count.
    const bool plain = urls.empty() && emoji.empty() &&
                       std::all_of(text.begin(), text.end(), [](char16_t u) { return u < 0x80; });
    if (plain) {
        weighted = static_cast<std::int64_t>(text.size()) * light_weight;
        if (weighted > limit) {
            overflowed = true;
            overflow = static_cast<std::size_t>(limit / light_weight);  // the first unit past the limit
        }
    }
    // The same walk as parseTweet: URLs first, then emoji, then single characters.
    for (std::size_t i = 0; i < text.size() && !plain; ++i) {
        const std::size_t unit_start = i;
        while (next_url < urls.size() && urls[next_url].start < i) ++next_url;
        while (next_emoji < emoji.size() && emoji[next_emoji].start < i) ++next_emoji;
        if (next_url < urls.size() && urls[next_url].start == i) {
            weighted += url_weight;
            i += urls[next_url].length - 1;
        } else if (next_emoji < emoji.size() && emoji[next_emoji].start == i) {
            weighted += emoji_weight;
            i += emoji[next_emoji].length - 1;
        } else {
            if (U16_IS_LEAD(text[i]) && i + 1 < text.size() && U16_IS_TRAIL(text[i + 1])) ++i;
            weighted += unit_weight(text[i]);
        }
        // parseTweet tests only the last unit of what it just counted.
        if (valid && is_invalid_unit(text[i])) valid = false;
        if (!overflowed && weighted > limit) {
            overflowed = true;
            overflow = unit_start;
        }
    }

    XLength result;
    result.weighted = static_cast<std::uint32_t>(weighted / scale);
    result.valid = valid && weighted > 0 && weighted <= limit;
    const std::size_t overflow_utf16 = overflowed ? normalised.to_original(overflow) : original_utf16_size;
    result.overflow_utf16 = static_cast<std::uint32_t>(overflow_utf16);
    result.overflow_utf8 = overflowed ? static_cast<std::uint32_t>(Utf16OffsetMap(utf8).to_utf8(overflow_utf16))
                                      : static_cast<std::uint32_t>(utf8.size());
    return result;
}

}  // namespace replycheck
