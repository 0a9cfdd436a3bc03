#pragma once
// URLs as twitter-text 3.1.0's extractUrlsWithIndices finds them (with and without a scheme,
// only known TLDs), which is what X charges 23 characters for. Internal to the X count.
#include <cstddef>
#include <string_view>
#include <vector>

namespace replycheck::x_url {

struct UrlEntity {
    std::size_t start = 0;   // UTF-16 offset in the text searched
    std::size_t length = 0;  // UTF-16 units parseTweet skips for this URL (its `url.length`)
};

// Entities in text order. `text` is UTF-16, already NFC-normalised as parseTweet does.
// On pathological input (thousands of dot-separated labels in a row, where twitter-text's regex
// backtracks for seconds or throws) the search stops once its work budget is spent and the rest
// of the text is treated as having no URLs (see js_regex::Budget).
std::vector<UrlEntity> extract_urls(std::u16string_view text);

// False when all-ASCII `ascii` certainly holds no URL (no dot is followed by a domain character),
// so that the X count can skip the search.
bool ascii_may_contain_url(std::string_view ascii);

// Length of the ASCII form of one domain label as punycode.toASCII (Node's bundled punycode
// 2.1) produces it, or -1 where that would throw. Exposed for tests.
long punycode_ascii_length(std::u16string_view label);

}  // namespace replycheck::x_url
