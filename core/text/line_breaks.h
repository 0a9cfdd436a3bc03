#pragma once
// Where text may wrap onto a new line: the line-break opportunities of UAX #14, from ICU's line
// break iterator. The editor's word wrap reads these, so rows break where a browser's would.
#include <cstdint>
#include <string_view>
#include <vector>

namespace replycheck {

// UTF-8 byte offsets where a new line may start, in order: after spaces, between ideographs,
// after a hyphen, after each '\n' (a mandatory break) and at text.size(). Never 0 (UAX #14 rule
// LB2), so empty text has none. `locale` picks ICU's tailoring (Japanese, for instance, has its
// own rules for small kana); the text need not be valid UTF-8, ICU reads a bad byte as U+FFFD.
std::vector<std::uint32_t> line_breaks(std::string_view text, const char* locale);

}  // namespace replycheck
